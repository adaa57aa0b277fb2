import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedWorkspace, startTestServer, type TestServer } from '../../server/test/harness.ts';
import { NotFoundError, Slotkit, ValidationError } from '../src/index.ts';

// Analytics, bulk actions, notes and archive/restore through the SDK, against a real server.
let server: TestServer;
let slotkit: Slotkit;
let seed: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-30T06:00:00Z' });
  seed = await seedWorkspace(server);
  slotkit = new Slotkit({ baseUrl: server.url, apiKey: seed.apiKey, maxRetries: 0 });
});
afterAll(() => server?.close());

const book = (start: string) => slotkit.public(seed.slug).bookings.create({
  eventType: 'intro-call', start, timezone: 'Europe/Berlin', attendee: { name: 'Grace Hopper', email: 'grace@example.com' },
});

it('reads analytics, acts in bulk and keeps internal notes', async () => {
  const first = await book('2026-12-01T09:00:00Z');
  const second = await book('2026-12-02T09:00:00Z');

  const bulk = await slotkit.bookings.bulk({ action: 'cancel', uids: [first.booking.uid, 'bk_unknown'], reason: 'Closed' });
  expect(bulk.results).toEqual([
    expect.objectContaining({ uid: first.booking.uid, ok: true, booking: expect.objectContaining({ status: 'cancelled', cancelReason: 'Closed' }) }),
    { uid: 'bk_unknown', ok: false, error: { status: 404, code: 'not_found', detail: 'Booking was not found.' } },
  ]);

  const note = await slotkit.bookings.addNote(second.booking.uid, 'VIP customer');
  expect(note).toMatchObject({ type: 'note', data: { text: 'VIP customer' } });
  expect((await slotkit.bookings.get(second.booking.uid)).history.at(-1)).toEqual(note);
  await expect(slotkit.bookings.addNote(second.booking.uid, '')).rejects.toBeInstanceOf(ValidationError);

  const stats = await slotkit.analytics.bookings({ from: '2026-12-01', to: '2026-12-06', groupBy: 'week', timezone: 'Europe/Berlin' });
  expect(stats.totals).toMatchObject({ bookings: 2, byStatus: { confirmed: 1, cancelled: 1 }, cancellationRate: 0.5, revenue: [] });
  expect(stats.series).toEqual([{ period: '2026-11-30', bookings: 2, byStatus: expect.objectContaining({ confirmed: 1, cancelled: 1 }), revenue: [] }]);
  expect(stats.weekdayHour).toEqual([{ weekday: 2, hour: 10, bookings: 1 }, { weekday: 3, hour: 10, bookings: 1 }]);
  await expect(slotkit.analytics.bookings({ from: '2026-12-01', to: '2026-12-07', host: '00000000-0000-4000-8000-000000000000' })).rejects.toBeInstanceOf(NotFoundError);
});

it('lists archived hosts and event types and restores them', async () => {
  expect(await slotkit.hosts.delete(seed.hostId)).toEqual({ result: 'archived' });
  expect((await slotkit.hosts.list({ archived: true })).data.map((h) => h.id)).toEqual([seed.hostId]);
  expect((await slotkit.hosts.list()).data).toEqual([]);
  expect(await slotkit.hosts.restore(seed.hostId)).toMatchObject({ id: seed.hostId, archived: false });

  expect(await slotkit.eventTypes.delete(seed.eventTypeId)).toEqual({ result: 'archived' });
  expect((await slotkit.eventTypes.list({ archived: true })).data.map((e) => e.id)).toEqual([seed.eventTypeId]);
  const taken = await slotkit.eventTypes.create({ slug: 'intro-call', title: 'Newer', hostIds: [seed.hostId] });
  await expect(slotkit.eventTypes.restore(seed.eventTypeId)).rejects.toMatchObject({ status: 409, code: 'slug_taken' });
  await slotkit.eventTypes.update(taken.id, { slug: 'newer' });
  expect(await slotkit.eventTypes.restore(seed.eventTypeId)).toMatchObject({ slug: 'intro-call', archived: false });
});
