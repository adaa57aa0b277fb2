import type { EntityManager } from '@mikro-orm/postgresql';
import { Member, Workspace } from '../db/entities/index.ts';
import { AppError } from '../errors.ts';
import { createApiKey } from './api-keys.ts';

/** Creates a workspace with its owner and the owner's first API key. */
export async function createWorkspace(em: EntityManager, input: { slug: string; name: string; ownerEmail: string; timezone?: string }) {
  return em.transactional(async (tx) => {
    if (await tx.count(Workspace, { slug: input.slug })) {
      throw AppError.validation([{ path: 'slug', message: 'a workspace with this slug exists' }]);
    }
    const workspace = tx.create(Workspace, {
      slug: input.slug, name: input.name, timezone: input.timezone ?? 'UTC', allowedOrigins: [], branding: {},
    });
    tx.create(Member, { workspace, email: input.ownerEmail, name: input.ownerEmail.split('@')[0] ?? 'Owner', role: 'owner' });
    await tx.flush();
    const { secret } = await createApiKey(tx, workspace.id, 'Owner key', 'owner');
    return { workspace, apiKey: secret };
  });
}

/** A workspace by slug, or 404. */
export async function workspaceBySlug(em: EntityManager, slug: string) {
  const workspace = await em.findOne(Workspace, { slug });
  if (!workspace) throw AppError.notFound('Workspace');
  return workspace;
}

/** A workspace by id, or 404. */
export async function workspaceById(em: EntityManager, id: string) {
  const workspace = await em.findOne(Workspace, { id });
  if (!workspace) throw AppError.notFound('Workspace');
  return workspace;
}
