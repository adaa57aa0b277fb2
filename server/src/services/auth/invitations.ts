import type { EntityManager } from '@mikro-orm/postgresql';
import { Member, type IMember } from '../../db/entities/index.ts';
import { consumeToken } from './one-time-tokens.ts';
import { hashPassword } from './passwords.ts';

/** Accepts an invitation: sets the password (and name), activates the member. */
export async function acceptInvite(em: EntityManager, input: { token: string; password: string; name?: string | undefined }, now: Date): Promise<IMember> {
  const hash = await hashPassword(input.password);
  return em.transactional(async (tx) => {
    const { memberId } = await consumeToken(tx, input.token, 'invite', now);
    return activateMember(tx, memberId, hash, input.name, now);
  });
}

/**
 * Gives a member their first password (an accepted invitation, or the first owner's setup)
 * and signs them in: active from now, with the name they chose if any.
 */
export async function activateMember(tx: EntityManager, memberId: string, passwordHash: string, name: string | undefined, now: Date): Promise<IMember> {
  const member = await tx.findOneOrFail(Member, { id: memberId }, { populate: ['hosts', 'workspace'] });
  member.passwordHash = passwordHash;
  member.status = 'active';
  member.lastSignInAt = now;
  if (name) member.name = name;
  await tx.flush();
  return member;
}
