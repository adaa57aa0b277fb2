import type { EntityManager } from '@mikro-orm/postgresql';
import { Member, MemberToken } from '../../db/entities/index.ts';
import { passwordResetUrl, queueAccountEmail } from './account-emails.ts';
import { clearFailures, throttleScopes } from './login-throttle.ts';
import { consumeToken, issueToken, voidTokens } from './one-time-tokens.ts';
import { hashPassword } from './passwords.ts';
import { endAllSessions } from './sessions.ts';
import { memberByEmail } from './sign-in.ts';

/** At most this many reset emails per member per hour, so the form cannot flood an inbox. */
const MAX_RESETS_PER_HOUR = 3;

/**
 * Emails a password-reset link when an active member has this email; does nothing otherwise,
 * and the caller answers the same either way (202), so it tells no one who is a member.
 */
export async function requestPasswordReset(em: EntityManager, input: { workspace: string; email: string }, deps: { publicUrl: string; now: Date }): Promise<void> {
  await em.transactional(async (tx) => {
    const member = await memberByEmail(tx, input.workspace, input.email);
    if (!member || member.status !== 'active') return;
    const recent = await tx.count(MemberToken, { member: member.id, purpose: 'password_reset', createdAt: { $gt: new Date(deps.now.getTime() - 3_600_000) } });
    if (recent >= MAX_RESETS_PER_HOUR) return;
    const { token, id } = await issueToken(tx, { id: member.id, workspaceId: member.workspace.id }, 'password_reset', deps.now);
    await queueAccountEmail(tx, member, 'password_reset', { url: passwordResetUrl(deps.publicUrl, token), tokenId: id }, deps.now);
  });
}

/** Sets a new password with a reset token; ends every session of the member and voids other reset links. */
export async function confirmPasswordReset(em: EntityManager, input: { token: string; password: string }, now: Date): Promise<void> {
  const hash = await hashPassword(input.password);
  await em.transactional(async (tx) => {
    const { memberId } = await consumeToken(tx, input.token, 'password_reset', now);
    const member = await tx.findOneOrFail(Member, { id: memberId }, { populate: ['workspace'] });
    member.passwordHash = hash;
    await tx.flush();
    await voidTokens(tx, member.id, 'password_reset', now);
    await endAllSessions(tx, member.id);
    await clearFailures(tx, throttleScopes(member.workspace.slug, member.email, '').account);
  });
}
