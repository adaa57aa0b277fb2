import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import { EventType, Host, Schedule } from '../db/entities/index.ts';
import { AppError } from '../errors.ts';
import type { scheduleInput } from '../http/schemas/schedule.ts';
import { deleteOrArchive } from './archive.ts';

type ScheduleInput = z.output<typeof scheduleInput>;

/** A schedule of the workspace (archived too), or 404. */
export async function getSchedule(em: EntityManager, workspaceId: string, id: string) {
  const schedule = await em.findOne(Schedule, { id, workspace: workspaceId });
  if (!schedule) throw AppError.notFound('Schedule');
  return schedule;
}

/** Schedules of the workspace by name; archived ones only when asked. */
export async function listSchedules(em: EntityManager, workspaceId: string, archived: boolean) {
  return em.find(Schedule, { workspace: workspaceId, archivedAt: archived ? { $ne: null } : null }, { orderBy: { name: 'asc', id: 'asc' } });
}

/** Creates a schedule. */
export async function createSchedule(em: EntityManager, workspaceId: string, input: ScheduleInput) {
  const schedule = em.create(Schedule, { workspace: workspaceId, ...input, archivedAt: null });
  await em.flush();
  return schedule;
}

/** Changes the given fields of a schedule. */
export async function updateSchedule(em: EntityManager, workspaceId: string, id: string, patch: Partial<ScheduleInput>) {
  const schedule = await getSchedule(em, workspaceId, id);
  em.assign(schedule, patch);
  await em.flush();
  return schedule;
}

/** Deletes a schedule, or archives it while hosts or event types use it. */
export async function deleteSchedule(em: EntityManager, workspaceId: string, id: string, now: Date) {
  const schedule = await getSchedule(em, workspaceId, id);
  const used = (await em.count(Host, { schedule: id })) + (await em.count(EventType, { schedule: id }));
  return deleteOrArchive(em, schedule, used > 0, now);
}

/** Brings an archived schedule back. */
export async function restoreSchedule(em: EntityManager, workspaceId: string, id: string) {
  const schedule = await getSchedule(em, workspaceId, id);
  schedule.archivedAt = null;
  await em.flush();
  return schedule;
}
