import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkspace, startTestServer, type TestServer } from '../../server/test/harness.ts';
import {
  BookingNotModifiableError, NotFoundError, Slotkit, SlotUnavailableError, UnauthorizedError, ValidationError,
} from '../src/index.ts';

// Monday 2026-11-30 06:00Z; the seeded host works Mon–Fri 09:00–17:00 Europe/Berlin.
let server: TestServer;
let slotkit: Slotkit;
let workspace: string;
let seed: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  server = await startTestServer();
  seed = await seedWorkspace(server);
  workspace = seed.slug;
  slotkit = new Slotkit({ baseUrl: server.url, apiKey: seed.apiKey, maxRetries: 0 });
});
afterAll(async () => { await server?.close(); });

const attendee = { name: 'Grace Hopper', email: 'grace@example.com' };

describe('public routes', () => {
  it('lists and gets event types, and lists slots', async () => {
    const site = slotkit.public(workspace);
    const { data } = await site.eventTypes.list();
    expect(data.map((t) => t.slug)).toEqual(['intro-call']);
    expect((await site.eventTypes.get('intro-call')).durations).toEqual([30]);
    const slots = await site.slots.list({ eventType: 'intro-call', from: '2026-12-01', to: '2026-12-01', timezone: 'Europe/Berlin' });
    expect(slots.days[0]?.slots[0]).toEqual({ start: '2026-12-01T08:00:00Z', end: '2026-12-01T08:30:00Z', seatsLeft: 1 });
    await expect(site.eventTypes.get('missing')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('books, refuses the same slot with SlotUnavailableError, and reports field errors', async () => {
    const site = slotkit.public(workspace);
    const created = await site.bookings.create({ eventType: 'intro-call', start: '2026-12-01T09:00:00Z', timezone: 'Europe/Berlin', attendee });
    expect(created.booking).toMatchObject({ status: 'confirmed', start: '2026-12-01T09:00:00Z' });
    await expect(site.bookings.create({ eventType: 'intro-call', start: '2026-12-01T09:00:00Z', timezone: 'Europe/Berlin', attendee }))
      .rejects.toBeInstanceOf(SlotUnavailableError);
    const invalid = await site.bookings.create({ eventType: 'intro-call', start: '2026-12-01T10:00:00Z', timezone: 'Europe/Berlin', attendee: { name: 'X', email: 'nope' } })
      .catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(ValidationError);
    expect((invalid as ValidationError).errors.map((e) => e.path)).toContain('attendee.email');
    expect((invalid as ValidationError).requestId).toBeTruthy();
  });

  it('replays a booking sent twice with the same idempotency key', async () => {
    const site = slotkit.public(workspace);
    const body = { eventType: 'intro-call', start: '2026-12-01T11:00:00Z', timezone: 'Europe/Berlin', attendee };
    const first = await site.bookings.create(body, { idempotencyKey: 'retry-me' });
    const again = await site.bookings.create(body, { idempotencyKey: 'retry-me' });
    expect(again.booking.uid).toBe(first.booking.uid);
  });

  it('manages a booking by its token: get, reschedule, calendar, cancel', async () => {
    const { booking, manageToken } = await slotkit.public(workspace).bookings.create({ eventType: 'intro-call', start: '2026-12-02T08:00:00Z', timezone: 'Europe/Berlin', attendee });
    const managed = slotkit.manage(booking.uid, manageToken);
    expect((await managed.get()).uid).toBe(booking.uid);
    expect((await managed.reschedule({ start: '2026-12-02T09:00:00Z' })).start).toBe('2026-12-02T09:00:00Z');
    expect(await managed.calendar()).toContain('METHOD:REQUEST');
    const ics = await fetch(managed.calendarUrl());
    expect(ics.status).toBe(200);
    expect((await managed.cancel({ reason: 'conflict' })).status).toBe('cancelled');
    await expect(managed.cancel()).rejects.toBeInstanceOf(BookingNotModifiableError);
    await expect(slotkit.manage(booking.uid, 'wrong').get()).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('admin resources', () => {
  it('reads and updates the workspace', async () => {
    expect((await slotkit.workspace.get()).slug).toBe(workspace);
    expect((await slotkit.workspace.update({ name: 'Renamed' })).name).toBe('Renamed');
  });

  it('runs the whole lifecycle of hosts, schedules and event types', async () => {
    const schedule = await slotkit.schedules.create({ name: 'Weekends', timezone: 'UTC', weekly: [{ day: 'sat', start: '10:00', end: '12:00' }] });
    expect((await slotkit.schedules.get(schedule.id)).weekly).toHaveLength(1);
    expect((await slotkit.schedules.update(schedule.id, { name: 'Saturdays' })).name).toBe('Saturdays');
    const host = await slotkit.hosts.create({ name: 'Linus', email: 'linus@example.com', timezone: 'UTC', scheduleId: schedule.id });
    expect((await slotkit.hosts.get(host.id)).scheduleId).toBe(schedule.id);
    expect((await slotkit.hosts.update(host.id, { name: 'Linus T.' })).name).toBe('Linus T.');
    const eventType = await slotkit.eventTypes.create({ slug: 'deep-dive', title: 'Deep dive', durations: [60], hostIds: [host.id] });
    expect((await slotkit.eventTypes.get(eventType.id)).slug).toBe('deep-dive');
    expect((await slotkit.eventTypes.update(eventType.id, { title: 'Deeper dive' })).title).toBe('Deeper dive');
    expect((await slotkit.eventTypes.list()).data.map((t) => t.slug)).toContain('deep-dive');
    expect((await slotkit.hosts.list()).data.map((h) => h.id)).toContain(host.id);
    expect((await slotkit.schedules.list()).data.map((s) => s.id)).toContain(schedule.id);

    expect(await slotkit.eventTypes.delete(eventType.id)).toEqual({ result: 'deleted' });
    expect(await slotkit.hosts.delete(host.id)).toEqual({ result: 'deleted' });
    expect(await slotkit.schedules.delete(schedule.id)).toEqual({ result: 'deleted' });
    await expect(slotkit.hosts.get(host.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('archives a referenced event type on delete and restores it', async () => {
    await slotkit.public(workspace).bookings.create({ eventType: 'intro-call', start: '2026-12-03T08:00:00Z', timezone: 'Europe/Berlin', attendee });
    expect(await slotkit.eventTypes.delete(seed.eventTypeId)).toEqual({ result: 'archived' });
    expect((await slotkit.eventTypes.list({ archived: 'true' })).data.map((t) => t.id)).toContain(seed.eventTypeId);
    expect((await slotkit.eventTypes.restore(seed.eventTypeId)).archived).toBe(false);
  });

  it('creates, lists and revokes API keys', async () => {
    const key = await slotkit.apiKeys.create({ name: 'ci', role: 'viewer' });
    expect(key.secret).toMatch(/^sk_/);
    const viewer = new Slotkit({ baseUrl: server.url, apiKey: key.secret, maxRetries: 0 });
    expect((await viewer.workspace.get()).slug).toBe(workspace);
    expect((await slotkit.apiKeys.list()).data.map((k) => k.id)).toContain(key.id);
    expect(await slotkit.apiKeys.revoke(key.id)).toBeUndefined();
    await expect(viewer.workspace.get()).rejects.toBeInstanceOf(UnauthorizedError);
  });
});

describe('admin bookings', () => {
  it('creates, reads, reschedules and cancels bookings, and pages through them', async () => {
    const starts = ['2026-12-07T08:00:00Z', '2026-12-07T09:00:00Z', '2026-12-07T10:00:00Z'];
    const created = [];
    for (const start of starts) created.push(await slotkit.bookings.create({ eventType: 'intro-call', start, timezone: 'Europe/Berlin', attendee }));
    const uid = created[0]!.booking.uid;
    const detail = await slotkit.bookings.get(uid);
    expect(detail.history.length).toBeGreaterThan(0);
    expect((await slotkit.bookings.reschedule(uid, { start: '2026-12-07T11:00:00Z' })).start).toBe('2026-12-07T11:00:00Z');

    const page = await slotkit.bookings.list({ from: '2026-12-07T00:00:00Z', to: '2026-12-08T00:00:00Z', limit: 2 });
    expect(page.data).toHaveLength(2);
    expect(page.nextCursor).toEqual(expect.any(String));
    const all = [];
    for await (const b of slotkit.bookings.listAll({ from: '2026-12-07T00:00:00Z', to: '2026-12-08T00:00:00Z', limit: 2 })) all.push(b.uid);
    expect(all.sort()).toEqual(created.map((c) => c.booking.uid).sort());

    expect((await slotkit.bookings.cancel(created[1]!.booking.uid, { reason: 'host ill' })).cancelReason).toBe('host ill');
    await expect(slotkit.bookings.cancel(created[1]!.booking.uid)).rejects.toBeInstanceOf(BookingNotModifiableError);
  });

  it('confirms and declines bookings that need confirmation, and marks past ones complete or no-show', async () => {
    await slotkit.eventTypes.update(seed.eventTypeId, { requiresConfirmation: true });
    const pending = await slotkit.bookings.create({ eventType: 'intro-call', start: '2026-12-08T08:00:00Z', timezone: 'Europe/Berlin', attendee });
    const declined = await slotkit.bookings.create({ eventType: 'intro-call', start: '2026-12-08T09:00:00Z', timezone: 'Europe/Berlin', attendee });
    expect(pending.booking.status).toBe('pending_confirmation');
    expect((await slotkit.bookings.confirm(pending.booking.uid)).status).toBe('confirmed');
    expect((await slotkit.bookings.decline(declined.booking.uid, { reason: 'full' })).status).toBe('cancelled');
    await slotkit.eventTypes.update(seed.eventTypeId, { requiresConfirmation: false });

    const done = await slotkit.bookings.create({ eventType: 'intro-call', start: '2026-12-09T08:00:00Z', timezone: 'Europe/Berlin', attendee });
    const missed = await slotkit.bookings.create({ eventType: 'intro-call', start: '2026-12-09T09:00:00Z', timezone: 'Europe/Berlin', attendee });
    await expect(slotkit.bookings.complete(done.booking.uid)).rejects.toBeInstanceOf(BookingNotModifiableError);
    server.clock.set('2026-12-09T12:00:00Z');
    expect((await slotkit.bookings.complete(done.booking.uid)).status).toBe('completed');
    expect((await slotkit.bookings.noShow(missed.booking.uid)).status).toBe('no_show');
  });
});
