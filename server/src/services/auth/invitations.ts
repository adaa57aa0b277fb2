import type { EntityManager } from '@mikro-orm/postgresql';
import { Member, type IMember } from '../../db/entities/index.ts';
import { consumeToken } from './one-time-tokens.ts';
import { hashPassword } from './passwords.ts';

/** Accepts an invitation: sets the password (and name), activates the member. */
export async function acceptInvite(em: EntityManager, input: { token: string; password: string; name?: string | undefined }, now: Date): Promise<IMember> {
  const hash = await hashPassword(input.password);
  return em.transactional(async (tx) => {
    const { memberId } = await consumeToken(tx, input.token, 'invite', now);
    const member = await tx.findOneOrFail(Member, { id: memberId }, { populate: ['hosts', 'workspace'] });
    member.passwordHash = hash;
    member.status = 'active';
    member.lastSignInAt = now;
    if (input.name) member.name = input.name;
    await tx.flush();
    return member;
  });
}
