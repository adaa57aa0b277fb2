import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKey, roleAtLeast, type Role } from '../db/entities/index.ts';
import { AppError } from '../errors.ts';
import { newApiKeySecret, sha256 } from './secrets.ts';

/** Creates a key; the secret is returned this once and stored only as a hash. */
export async function createApiKey(em: EntityManager, workspaceId: string, name: string, role: Role) {
  const secret = newApiKeySecret();
  const key = em.create(ApiKey, { workspace: workspaceId, name, role, prefix: secret.slice(0, 10), hash: sha256(secret), lastUsedAt: null, revokedAt: null });
  await em.flush();
  return { key, secret };
}

/** Live keys of a workspace, newest first. */
export async function listApiKeys(em: EntityManager, workspaceId: string) {
  return em.find(ApiKey, { workspace: workspaceId, revokedAt: null }, { orderBy: { createdAt: 'desc' } });
}

/** Revokes a key of the workspace (404 for any other); a key never revokes a more powerful one. */
export async function revokeApiKey(em: EntityManager, workspaceId: string, id: string, now: Date, callerRole: Role): Promise<void> {
  const key = await em.findOne(ApiKey, { id, workspace: workspaceId, revokedAt: null });
  if (!key) throw AppError.notFound('API key');
  if (!roleAtLeast(callerRole, key.role)) throw AppError.forbidden('A key cannot revoke a key with more power than itself.');
  key.revokedAt = now;
  await em.flush();
}

/** The live key behind a presented secret, or null. Records use at most once a minute. */
export async function authenticateApiKey(em: EntityManager, secret: string, now: Date) {
  if (!secret.startsWith('sk_') || secret.length > 200) return null;
  const key = await em.findOne(ApiKey, { hash: sha256(secret), revokedAt: null });
  if (!key) return null;
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) {
    await em.nativeUpdate(ApiKey, { id: key.id }, { lastUsedAt: now });
  }
  return { id: key.id, workspaceId: key.workspace.id, role: key.role };
}
