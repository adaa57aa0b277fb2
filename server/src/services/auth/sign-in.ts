import type { EntityManager } from '@mikro-orm/postgresql';
import { Member, Workspace, type IMember } from '../../db/entities/index.ts';
import { AppError } from '../../errors.ts';
import { authenticateApiKey } from '../api-keys.ts';
import { assertNotThrottled, clearFailures, recordFailure, throttleScopes } from './login-throttle.ts';
import { activateMember } from './invitations.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

const WRONG = 'The workspace, email or password is wrong.';

/** The member of a workspace (by slug) with this email, case-insensitively, with hosts loaded. */
export async function memberByEmail(em: EntityManager, workspace: string, email: string): Promise<IMember | null> {
  const ws = await em.findOne(Workspace, { slug: workspace });
  if (!ws) return null;
  const escaped = email.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
  return em.findOne(Member, { workspace: ws.id, email: { $ilike: escaped } }, { populate: ['hosts', 'workspace'] });
}

/**
 * Checks a sign-in. An unknown workspace or email, an invited member and a wrong password
 * all answer the same 401 after the same work; too many failures answer 429.
 */
export async function signIn(em: EntityManager, input: { workspace: string; email: string; password: string }, address: string, now: Date): Promise<IMember> {
  const scopes = throttleScopes(input.workspace, input.email.trim(), address);
  await assertNotThrottled(em, scopes, now);
  const member = await memberByEmail(em, input.workspace, input.email);
  const ok = await verifyPassword(input.password, member?.status === 'active' ? member.passwordHash : null);
  if (!member || !ok) {
    await recordFailure(em, scopes, now);
    throw AppError.unauthorized(WRONG);
  }
  await clearFailures(em, scopes.account);
  member.lastSignInAt = now;
  await em.flush();
  return member;
}

/** Whether the workspace still needs its first-run setup (no owner has a password); 404 for an unknown one. */
export async function setupNeeded(em: EntityManager, workspace: string): Promise<boolean> {
  const ws = await em.findOne(Workspace, { slug: workspace });
  if (!ws) throw AppError.notFound('Workspace');
  return !await em.count(Member, { workspace: ws.id, role: 'owner', passwordHash: { $ne: null } });
}

/**
 * First-run: an owner API key of the workspace sets the password of its first owner. 401 for
 * any other key; 409 `setup_done` once an owner has a password.
 */
export async function completeSetup(
  em: EntityManager, input: { workspace: string; apiKey: string; password: string; name?: string | undefined }, now: Date,
): Promise<IMember> {
  const hash = await hashPassword(input.password);
  return em.transactional(async (tx) => {
    const ws = await tx.findOne(Workspace, { slug: input.workspace });
    const key = await authenticateApiKey(tx, input.apiKey, now);
    if (!ws || !key || key.workspaceId !== ws.id || key.role !== 'owner') throw AppError.unauthorized('Send an owner API key of this workspace as apiKey.');
    // The row locks make two setups racing set one password, not two.
    const owners = await tx.execute<{ id: string; password_hash: string | null }[]>(
      `select id, password_hash from member where workspace_id = ? and role = 'owner' order by created_at, id for update`, [ws.id]);
    if (owners.some((o) => o.password_hash !== null)) throw AppError.setupDone();
    const first = owners[0];
    if (!first) throw AppError.notFound('Owner');
    return activateMember(tx, first.id, hash, input.name, now);
  });
}
