import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import { Booking, Host } from '../db/entities/index.ts';
import { AppError } from '../errors.ts';
import type { hostInput } from '../http/schemas/host.ts';
import { deleteOrArchive } from './archive.ts';
import { getSchedule } from './schedules.ts';

type HostInput = z.output<typeof hostInput>;

/** A host of the workspace (archived too), or 404. */
export async function getHost(em: EntityManager, workspaceId: string, id: string) {
  const host = await em.findOne(Host, { id, workspace: workspaceId });
  if (!host) throw AppError.notFound('Host');
  return host;
}

/** Hosts of the workspace by name; archived ones only when asked. */
export async function listHosts(em: EntityManager, workspaceId: string, archived: boolean) {
  return em.find(Host, { workspace: workspaceId, archivedAt: archived ? { $ne: null } : null }, { orderBy: { name: 'asc', id: 'asc' } });
}

async function checkSchedule(em: EntityManager, workspaceId: string, scheduleId: string | null | undefined) {
  if (!scheduleId) return;
  try {
    await getSchedule(em, workspaceId, scheduleId);
  } catch {
    throw AppError.validation([{ path: 'scheduleId', message: 'no such schedule in this workspace' }]);
  }
}

/** Creates a host. */
export async function createHost(em: EntityManager, workspaceId: string, input: HostInput) {
  await checkSchedule(em, workspaceId, input.scheduleId);
  const host = em.create(Host, {
    workspace: workspaceId, name: input.name, email: input.email ?? null, timezone: input.timezone,
    schedule: input.scheduleId ?? null, archivedAt: null,
  });
  await em.flush();
  return host;
}

/** Changes the given fields of a host. */
export async function updateHost(em: EntityManager, workspaceId: string, id: string, patch: Partial<HostInput>) {
  const host = await getHost(em, workspaceId, id);
  await checkSchedule(em, workspaceId, patch.scheduleId);
  const { scheduleId, ...rest } = patch;
  em.assign(host, { ...rest, ...(scheduleId !== undefined ? { schedule: scheduleId } : {}) });
  await em.flush();
  return host;
}

/** Deletes a host, or archives it when it has bookings. */
export async function deleteHost(em: EntityManager, workspaceId: string, id: string, now: Date) {
  const host = await getHost(em, workspaceId, id);
  return deleteOrArchive(em, host, (await em.count(Booking, { host: id })) > 0, now);
}

/** Brings an archived host back. */
export async function restoreHost(em: EntityManager, workspaceId: string, id: string) {
  const host = await getHost(em, workspaceId, id);
  host.archivedAt = null;
  await em.flush();
  return host;
}
