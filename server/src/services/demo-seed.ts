import { createHmac } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKey, Workspace } from '../db/entities/index.ts';
import { createEventType } from './event-types.ts';
import { createHost } from './hosts.ts';
import { createSchedule } from './schedules.ts';
import { sha256 } from './secrets.ts';
import { createWorkspace } from './workspaces.ts';

/** The demo workspace's slug. */
export const DEMO_SLUG = 'demo';

const weekdays = (start: string, end: string) => (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, start, end }));

/**
 * The demo key is derived from SECRET_KEY, so seeding again can print it again while
 * only its hash is stored.
 */
export function demoApiKey(secretKey: string): string {
  return `sk_demo_${createHmac('sha256', secretKey).update('slotkit demo api key').digest('base64url')}`;
}

/**
 * Creates the `demo` workspace once: two hosts in different zones, a 30-minute call, a
 * 60-minute session with 15-minute buffers and 2-hour notice, and a 1-hour workshop
 * (10:00–16:00, 2 seats). Running it again changes nothing but ensures the demo key.
 */
export async function seedDemo(em: EntityManager, secretKey: string): Promise<{ created: boolean; apiKey: string }> {
  const apiKey = demoApiKey(secretKey);
  let workspace = await em.findOne(Workspace, { slug: DEMO_SLUG });
  const created = !workspace;
  if (!workspace) {
    ({ workspace } = await createWorkspace(em, { slug: DEMO_SLUG, name: 'Slotkit Demo', ownerEmail: 'owner@demo.test', timezone: 'Europe/Berlin' }));
    const ws = workspace.id;
    const berlin = await createSchedule(em, ws, { name: 'Berlin office hours', timezone: 'Europe/Berlin', weekly: weekdays('09:00', '17:00'), overrides: [], blackouts: [] });
    const newYork = await createSchedule(em, ws, { name: 'New York office hours', timezone: 'America/New_York', weekly: weekdays('09:00', '17:00'), overrides: [], blackouts: [] });
    const workshopHours = await createSchedule(em, ws, { name: 'Workshop hours', timezone: 'Europe/Berlin', weekly: weekdays('10:00', '16:00'), overrides: [], blackouts: [] });
    const ada = await createHost(em, ws, { name: 'Ada Lovelace', email: 'ada@demo.test', timezone: 'Europe/Berlin', scheduleId: berlin.id });
    const grace = await createHost(em, ws, { name: 'Grace Hopper', email: 'grace@demo.test', timezone: 'America/New_York', scheduleId: newYork.id });
    const common = {
      description: '', bufferBefore: 0, bufferAfter: 0, minNotice: 0, maxAdvanceDays: 60, maxPerDay: null, seats: 1, price: null,
      location: { kind: 'video' as const }, questions: [], requiresConfirmation: false, reminders: [1440, 60], visibility: 'public' as const,
      active: true, scheduleId: null,
    };
    await createEventType(em, ws, {
      ...common, slug: 'intro-call', title: 'Intro call', description: 'A 30-minute first conversation.', durations: [30], hostIds: [ada.id, grace.id],
      questions: [{ key: 'topic', label: 'What would you like to talk about?', type: 'textarea', required: false }],
    });
    await createEventType(em, ws, {
      ...common, slug: 'deep-dive', title: 'Deep-dive session', description: 'An hour of focused work, booked at least 2 hours ahead.',
      durations: [60], bufferBefore: 15, bufferAfter: 15, minNotice: 120, hostIds: [grace.id],
    });
    await createEventType(em, ws, {
      ...common, slug: 'workshop', title: 'Group workshop', description: 'A hands-on hour for up to two people.',
      durations: [60], slotStep: 60, seats: 2, hostIds: [ada.id], scheduleId: workshopHours.id, location: { kind: 'in_person', value: 'Slotkit studio' },
    });
  }
  const hash = sha256(apiKey);
  if (!await em.count(ApiKey, { hash })) {
    em.create(ApiKey, { workspace: workspace.id, name: 'Demo key', role: 'owner', prefix: apiKey.slice(0, 10), hash, lastUsedAt: null, revokedAt: null });
    await em.flush();
  }
  return { created, apiKey };
}
