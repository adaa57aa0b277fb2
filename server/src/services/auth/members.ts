import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import { Host, Member, roleAtLeast, type IMember, type Role } from '../../db/entities/index.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from '../../http/route.ts';
import type { memberInviteInput, memberPatch } from '../../http/schemas/member.ts';
import { decodeKeysetCursor, keysetPage } from '../keyset-cursor.ts';
import { inviteUrl, queueAccountEmail } from './account-emails.ts';
import { issueToken } from './one-time-tokens.ts';
import { endAllSessions } from './sessions.ts';

/** One page of a workspace's members, oldest first. */
export async function listMembers(em: EntityManager, workspaceId: string, page: { limit: number; cursor?: string | undefined }) {
  const after = page.cursor ? decodeKeysetCursor(page.cursor) : undefined;
  const rows = await em.find(Member, {
    workspace: workspaceId,
    ...(after ? { $or: [{ createdAt: { $gt: after[0] } }, { createdAt: after[0], id: { $gt: after[1] } }] } : {}),
  }, { populate: ['hosts'], orderBy: { createdAt: 'asc', id: 'asc' }, limit: page.limit + 1 });
  return keysetPage(rows, page.limit, (m) => [m.createdAt, m.id]);
}

/** A member of the workspace with its hosts, or 404. */
export async function getMember(em: EntityManager, workspaceId: string, id: string): Promise<IMember> {
  const member = await em.findOne(Member, { id, workspace: workspaceId }, { populate: ['hosts'] });
  if (!member) throw AppError.notFound('Member');
  return member;
}

/** The workspace's live hosts with these ids, or 422 on `hostIds`. */
async function hostsOf(em: EntityManager, workspaceId: string, hostIds: string[]) {
  const unique = [...new Set(hostIds)];
  const hosts = unique.length ? await em.find(Host, { id: { $in: unique }, workspace: workspaceId, archivedAt: null }) : [];
  if (hosts.length !== unique.length) throw AppError.validation([{ path: 'hostIds', message: 'every host must exist in this workspace' }]);
  return hosts;
}

/** Only an owner may make owners; others may give only roles up to their own. */
function assertMayGrant(caller: Caller, role: Role): void {
  if (!roleAtLeast(caller.role, role)) throw AppError.forbidden(role === 'owner' ? 'Only an owner may make owners.' : 'You cannot give more power than you have.');
}

/** Only an owner may change or remove an owner; others act only on members with roles up to their own. */
function assertMayChange(caller: Caller, member: IMember): void {
  if (!roleAtLeast(caller.role, member.role)) {
    throw AppError.forbidden(member.role === 'owner' ? 'Only an owner may change or remove an owner.' : 'You cannot change a member with more power than you have.');
  }
}

/**
 * Locks the workspace's owner rows and throws 409 `last_owner` when `memberId` is the only
 * one: two admins demoting the last two owners at once are ordered by the lock.
 */
async function assertNotLastOwner(em: EntityManager, workspaceId: string, memberId: string): Promise<void> {
  const owners = await em.execute<{ id: string }[]>(
    `select id from member where workspace_id = ? and role = 'owner' and status = 'active' order by id for update`, [workspaceId]);
  if (owners.every((o) => o.id === memberId)) throw AppError.lastOwner();
}

/**
 * Invites a member: the row (status `invited`), a 7-day single-use link and its email, in
 * one transaction. Returns the member and the link. An email already taken, in any case, is
 * 409 `member_exists`: the unique index on (workspace, lower(email)) decides, so of two
 * invitations racing exactly one succeeds.
 */
export async function inviteMember(
  em: EntityManager, caller: Caller, input: z.output<typeof memberInviteInput>, deps: { publicUrl: string; now: Date },
) {
  assertMayGrant(caller, input.role);
  return em.transactional(async (tx) => {
    const email = input.email.trim();
    const hosts = await hostsOf(tx, caller.workspaceId, input.hostIds);
    const member = tx.create(Member, {
      workspace: caller.workspaceId, email, name: input.name ?? email.split('@')[0] ?? email, role: input.role,
      status: 'invited', passwordHash: null, lastSignInAt: null,
    });
    member.hosts.set(hosts);
    try {
      await tx.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw AppError.memberExists();
      throw error;
    }
    const { token, id } = await issueToken(tx, { id: member.id, workspaceId: caller.workspaceId }, 'invite', deps.now);
    const url = inviteUrl(deps.publicUrl, token);
    await queueAccountEmail(tx, member, 'member_invite', { url, tokenId: id }, deps.now);
    return { member, inviteUrl: url };
  });
}

/** Changes a member's name, role or hosts; the last owner keeps the owner role. */
export async function updateMember(em: EntityManager, caller: Caller, id: string, patch: z.output<typeof memberPatch>) {
  return em.transactional(async (tx) => {
    const member = await getMember(tx, caller.workspaceId, id);
    // Any change, a new name included, needs power over the member as they are now.
    assertMayChange(caller, member);
    if (patch.role) assertMayGrant(caller, patch.role);
    if (member.role === 'owner' && patch.role && patch.role !== 'owner') await assertNotLastOwner(tx, caller.workspaceId, member.id);
    if (patch.hostIds) member.hosts.set(await hostsOf(tx, caller.workspaceId, patch.hostIds));
    if (patch.name !== undefined) member.name = patch.name;
    if (patch.role !== undefined) member.role = patch.role;
    await tx.flush();
    return member;
  });
}

/** Removes a member and ends their sessions; the last owner cannot be removed. */
export async function removeMember(em: EntityManager, caller: Caller, id: string): Promise<void> {
  await em.transactional(async (tx) => {
    const member = await getMember(tx, caller.workspaceId, id);
    assertMayChange(caller, member);
    if (member.role === 'owner') await assertNotLastOwner(tx, caller.workspaceId, member.id);
    await endAllSessions(tx, member.id);
    await tx.nativeDelete(Member, { id: member.id });
  });
}
