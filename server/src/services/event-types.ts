import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import { Booking, EventType, Host } from '../db/entities/index.ts';
import { AppError } from '../errors.ts';
import type { eventTypeInput } from '../http/schemas/event-type.ts';
import { deleteOrArchive } from './archive.ts';
import { getSchedule } from './schedules.ts';

type EventTypeInput = z.output<typeof eventTypeInput>;

/** An event type of the workspace with its hosts (archived too), or 404. */
export async function getEventType(em: EntityManager, workspaceId: string, id: string) {
  const eventType = await em.findOne(EventType, { id, workspace: workspaceId }, { populate: ['hosts'] });
  if (!eventType) throw AppError.notFound('Event type');
  return eventType;
}

/** A live, active event type by slug or id (what customers may book), with its hosts and schedules, or 404. */
export async function bookableEventType(em: EntityManager, workspaceId: string, which: { slug: string } | { id: string }) {
  const eventType = await em.findOne(
    EventType,
    { ...which, workspace: workspaceId, archivedAt: null, active: true },
    { populate: ['hosts', 'schedule', 'hosts.schedule'], strategy: 'joined' },
  );
  if (!eventType) throw AppError.notFound('Event type');
  return eventType;
}

/** Event types of the workspace; archived ones only when asked. */
export async function listEventTypes(em: EntityManager, workspaceId: string, { archived = false, publicOnly = false } = {}) {
  return em.find(EventType, {
    workspace: workspaceId,
    archivedAt: archived ? { $ne: null } : null,
    ...(publicOnly ? { active: true, visibility: 'public' as const } : {}),
  }, { populate: ['hosts'], orderBy: { title: 'asc', id: 'asc' } });
}

/** Checks cross-field rules and references; returns the resolved fields. */
async function resolve(em: EntityManager, workspaceId: string, input: EventTypeInput, checkHosts = true) {
  const errors: { path: string; message: string }[] = [];
  const defaultDuration = input.defaultDuration ?? input.durations[0]!;
  if (!input.durations.includes(defaultDuration)) errors.push({ path: 'defaultDuration', message: 'must be one of durations' });
  if (new Set(input.durations).size !== input.durations.length) errors.push({ path: 'durations', message: 'must not repeat' });
  const keys = input.questions.map((q) => q.key);
  if (new Set(keys).size !== keys.length) errors.push({ path: 'questions', message: 'question keys must be unique' });
  // Role and tier amounts are in the base price's currency, so they need one.
  if (!input.price && (input.pricing.roles.length || input.pricing.seatTiers.length)) errors.push({ path: 'pricing', message: 'roles and seat tiers need a base price' });
  // Hosts named anew must be live; a kept list may hold hosts archived since (they just stop offering slots).
  const hosts = await em.find(Host, { id: { $in: input.hostIds }, workspace: workspaceId, ...(checkHosts ? { archivedAt: null } : {}) });
  if (hosts.length !== new Set(input.hostIds).size) errors.push({ path: 'hostIds', message: 'every host must exist in this workspace' });
  if (input.scheduleId) {
    await getSchedule(em, workspaceId, input.scheduleId).catch(() => errors.push({ path: 'scheduleId', message: 'no such schedule in this workspace' }));
  }
  const slugTaken = await em.count(EventType, { workspace: workspaceId, slug: input.slug, archivedAt: null });
  if (errors.length) throw AppError.validation(errors);
  const ordered = input.hostIds.map((id) => hosts.find((h) => h.id === id)!);
  const { hostIds: _hostIds, scheduleId, ...fields } = input;
  return { fields: { ...fields, defaultDuration, slotStep: input.slotStep ?? Math.min(...input.durations) }, hosts: ordered, scheduleId, slugTaken };
}

/** Creates an event type. */
export async function createEventType(em: EntityManager, workspaceId: string, input: EventTypeInput) {
  const { fields, hosts, scheduleId, slugTaken } = await resolve(em, workspaceId, input);
  if (slugTaken) throw AppError.validation([{ path: 'slug', message: 'an event type with this slug exists' }]);
  const eventType = em.create(EventType, { workspace: workspaceId, ...fields, schedule: scheduleId, archivedAt: null });
  eventType.hosts.set(hosts);
  await em.flush();
  return eventType;
}

/** Changes the given fields of an event type (merged with its current values, then re-checked). */
export async function updateEventType(em: EntityManager, workspaceId: string, id: string, patch: Partial<EventTypeInput>) {
  const eventType = await getEventType(em, workspaceId, id);
  const merged: EventTypeInput = {
    ...presentEventTypeInput(eventType),
    ...patch,
  };
  const { fields, hosts, scheduleId, slugTaken } = await resolve(em, workspaceId, merged, patch.hostIds !== undefined);
  if (patch.slug && patch.slug !== eventType.slug && slugTaken) throw AppError.validation([{ path: 'slug', message: 'an event type with this slug exists' }]);
  em.assign(eventType, { ...fields, schedule: scheduleId });
  eventType.hosts.set(hosts);
  await em.flush();
  return eventType;
}

function presentEventTypeInput(e: Awaited<ReturnType<typeof getEventType>>): EventTypeInput {
  return {
    slug: e.slug, title: e.title, description: e.description, durations: e.durations, defaultDuration: e.defaultDuration,
    slotStep: e.slotStep, bufferBefore: e.bufferBefore, bufferAfter: e.bufferAfter, minNotice: e.minNotice,
    maxAdvanceDays: e.maxAdvanceDays, maxPerDay: e.maxPerDay ?? null, seats: e.seats, price: e.price ?? null,
    pricing: e.pricing, cancellationPolicy: e.cancellationPolicy ?? null, location: e.location,
    questions: e.questions.map((q) => ({ ...q })), requiresConfirmation: e.requiresConfirmation, reminders: e.reminders,
    visibility: e.visibility, active: e.active, hostIds: e.hosts.getItems().map((h) => h.id), scheduleId: e.schedule?.id ?? null,
  };
}

/** Deletes an event type, or archives it when it has bookings. */
export async function deleteEventType(em: EntityManager, workspaceId: string, id: string, now: Date) {
  const eventType = await getEventType(em, workspaceId, id);
  return deleteOrArchive(em, eventType, (await em.count(Booking, { eventType: id })) > 0, now);
}

/** Brings an archived event type back, unless a live one took its slug meanwhile. */
export async function restoreEventType(em: EntityManager, workspaceId: string, id: string) {
  const eventType = await getEventType(em, workspaceId, id);
  if (eventType.archivedAt && await em.count(EventType, { workspace: workspaceId, slug: eventType.slug, archivedAt: null })) {
    throw AppError.slugTaken(eventType.slug);
  }
  eventType.archivedAt = null;
  await em.flush();
  return eventType;
}
