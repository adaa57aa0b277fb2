import type { EntityManager } from '@mikro-orm/postgresql';
import { MemberToken, type MemberTokenPurpose } from '../../db/entities/index.ts';
import { AppError } from '../../errors.ts';
import { randomToken, sha256 } from '../secrets.ts';

/** How long each kind of emailed link works. */
export const TOKEN_LIFETIME_MS: Record<MemberTokenPurpose, number> = {
  invite: 7 * 86_400_000,
  password_reset: 3_600_000,
};

/** Issues a single-use token for a member; only its hash is stored, the token goes into an email. */
export async function issueToken(em: EntityManager, member: { id: string; workspaceId: string }, purpose: MemberTokenPurpose, now: Date) {
  const token = randomToken(32);
  const row = em.create(MemberToken, {
    workspace: member.workspaceId, member: member.id, purpose, tokenHash: sha256(token), usedAt: null,
    expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
  });
  await em.flush();
  return { token, id: row.id };
}

/**
 * Uses up a token in one statement (so two tabs racing cannot both use it) and returns its
 * member's id; a wrong, used or expired token is 422 on `token`.
 */
export async function consumeToken(em: EntityManager, token: string, purpose: MemberTokenPurpose, now: Date): Promise<{ memberId: string; workspaceId: string }> {
  const [row] = await em.execute<{ member_id: string; workspace_id: string }[]>(
    `update member_token set used_at = ? where token_hash = ? and purpose = ? and used_at is null and expires_at > ?
      returning member_id, workspace_id`,
    [now, sha256(token), purpose, now],
  );
  if (!row) throw AppError.validation([{ path: 'token', message: 'the link is invalid, used or expired' }]);
  return { memberId: row.member_id, workspaceId: row.workspace_id };
}

/** Voids a member's unused tokens of one purpose (a new password makes older reset links useless). */
export async function voidTokens(em: EntityManager, memberId: string, purpose: MemberTokenPurpose, now: Date): Promise<void> {
  await em.execute('update member_token set used_at = ? where member_id = ? and purpose = ? and used_at is null', [now, memberId, purpose]);
}
