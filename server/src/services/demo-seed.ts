import { createHmac } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKey, EventType, Member, Workspace } from '../db/entities/index.ts';
import { hashPassword } from './auth/passwords.ts';
import { createEventType } from './event-types.ts';
import { createHost } from './hosts.ts';
import { createSchedule } from './schedules.ts';
import { sha256 } from './secrets.ts';
import { createWorkspace } from './workspaces.ts';

/** The demo workspace's slug. */
export const DEMO_SLUG = 'demo';

/** The demo owner's dashboard sign-in; only the seeded demo workspace gets a known password. */
export const DEMO_OWNER = { email: 'owner@demo.test', password: 'slotkit-demo' } as const;

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
 * (10:00–16:00, 2 seats). With `paid` (Stripe keys are set) it also has two paid event types.
 * Running it again changes nothing but ensures the demo key (and the paid types when asked).
 */
export async function seedDemo(em: EntityManager, secretKey: string, options: { paid?: boolean } = {}): Promise<{ created: boolean; apiKey: string }> {
  const apiKey = demoApiKey(secretKey);
  let workspace = await em.findOne(Workspace, { slug: DEMO_SLUG });
  const created = !workspace;
  if (!workspace) {
    ({ workspace } = await createWorkspace(em, { slug: DEMO_SLUG, name: 'Slotkit Demo', ownerEmail: DEMO_OWNER.email, timezone: 'Europe/Berlin' }));
    const ws = workspace.id;
    const berlin = await createSchedule(em, ws, { name: 'Berlin office hours', timezone: 'Europe/Berlin', weekly: weekdays('09:00', '17:00'), overrides: [], blackouts: [] });
    const newYork = await createSchedule(em, ws, { name: 'New York office hours', timezone: 'America/New_York', weekly: weekdays('09:00', '17:00'), overrides: [], blackouts: [] });
    const workshopHours = await createSchedule(em, ws, { name: 'Workshop hours', timezone: 'Europe/Berlin', weekly: weekdays('10:00', '16:00'), overrides: [], blackouts: [] });
    const ada = await createHost(em, ws, { name: 'Ada Lovelace', email: 'ada@demo.test', timezone: 'Europe/Berlin', scheduleId: berlin.id });
    const grace = await createHost(em, ws, { name: 'Grace Hopper', email: 'grace@demo.test', timezone: 'America/New_York', scheduleId: newYork.id });
    const common = {
      description: '', bufferBefore: 0, bufferAfter: 0, minNotice: 0, maxAdvanceDays: 60, maxPerDay: null, seats: 1, price: null,
      location: { kind: 'video' as const }, questions: [], requiresConfirmation: false, reminders: [1440, 60], visibility: 'public' as const,
      active: true, scheduleId: null, pricing: { roles: [], seatTiers: [] }, cancellationPolicy: null,
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
  if (options.paid) await seedPaidEventTypes(em, workspace.id);
  const hash = sha256(apiKey);
  if (!await em.count(ApiKey, { hash })) {
    em.create(ApiKey, { workspace: workspace.id, name: 'Demo key', role: 'owner', prefix: apiKey.slice(0, 10), hash, lastUsedAt: null, revokedAt: null });
    await em.flush();
  }
  // The demo owner can sign in to the dashboard; a password changed since is kept.
  const owner = await em.findOne(Member, { workspace: workspace.id, email: DEMO_OWNER.email });
  if (owner && !owner.passwordHash) {
    owner.passwordHash = await hashPassword(DEMO_OWNER.password);
    owner.status = 'active';
    await em.flush();
  }
  return { created, apiKey };
}

/**
 * Paid demo event types (only with Stripe keys: without them booking one answers 409): a paid
 * consultation with a cancellation policy, and a class priced by role and by seats.
 */
async function seedPaidEventTypes(em: EntityManager, workspaceId: string): Promise<void> {
  if (await em.count(EventType, { workspace: workspaceId, slug: { $in: ['paid-consultation', 'paid-class'] } })) return;
  const intro = await em.findOne(EventType, { workspace: workspaceId, slug: 'intro-call', archivedAt: null }, { populate: ['hosts'] });
  const hostIds = intro?.hosts.getItems().map((h) => h.id) ?? [];
  if (!hostIds.length) return;
  const common = {
    description: '', bufferBefore: 0, bufferAfter: 0, minNotice: 60, maxAdvanceDays: 60, maxPerDay: null, location: { kind: 'video' as const },
    questions: [], requiresConfirmation: false, reminders: [1440, 60], visibility: 'public' as const, active: true, scheduleId: null,
  };
  await createEventType(em, workspaceId, {
    ...common, slug: 'paid-consultation', title: 'Paid consultation', description: 'An hour of advice, paid when booking. Full refund up to 48 hours before, half up to 24 hours before.',
    durations: [60], seats: 1, price: { amount: 9000, currency: 'eur' }, pricing: { roles: [], seatTiers: [] },
    cancellationPolicy: { fullRefundHours: 48, partialRefundHours: 24, partialRefundPercent: 50 }, hostIds: [hostIds[0]!],
  });
  await createEventType(em, workspaceId, {
    ...common, slug: 'paid-class', title: 'Paid class', description: 'A group class: cheaper per seat from 3 seats, and for members (code MEMBER).',
    durations: [60], slotStep: 60, seats: 6, price: { amount: 2500, currency: 'eur' },
    pricing: { roles: [{ role: 'member', label: 'Member', amount: 1500, accessCode: 'MEMBER' }, { role: 'student', label: 'Student', amount: 2000 }], seatTiers: [{ minSeats: 3, amount: 2000 }] },
    cancellationPolicy: null, hostIds: [hostIds[0]!],
  });
}
