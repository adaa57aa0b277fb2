import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingBody, seedWorkspace, startTestServer, type TestServer } from './harness.ts';

// The test clock stands at Monday 2026-11-30 06:00Z (07:00 in Berlin); the seeded host works
// Mon–Fri 09:00–17:00 Berlin, i.e. 08:00Z–16:00Z in winter.
let server: TestServer;
type Workspace = Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-30T06:00:00Z' });
});
afterAll(() => server.close());

const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path);

/** Slot starts per viewer date, as a map `date -> [start]`. */
async function offered(ws: Workspace, slug: string, from: string, to: string, extra = '') {
  const res = await server.request('GET', `/v1/public/${ws.slug}/event-types/${slug}/slots?from=${from}&to=${to}&timezone=Europe/Berlin${extra}`);
  expect(res.status, res.text).toBe(200);
  return Object.fromEntries((res.body.days as { date: string; slots: { start: string }[] }[]).map((d) => [d.date, d.slots.map((s) => s.start)])) as Record<string, string[]>;
}

function book(ws: Workspace, start: string, overrides: Record<string, unknown> = {}) {
  return server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody(start, overrides) });
}

async function newHost(ws: Workspace, name: string, scheduleId: string | null = ws.scheduleId) {
  const res = await ws.admin('POST', '/v1/hosts', { name, email: `${name.toLowerCase().replace(/\W/g, '')}@example.com`, timezone: 'Europe/Berlin', scheduleId });
  expect(res.status, res.text).toBe(201);
  return res.body.id as string;
}

describe('hosts', () => {
  let ws: Workspace;
  beforeAll(async () => { ws = await seedWorkspace(server); });

  it('creates, reads, lists and patches only the given fields', async () => {
    const created = await ws.admin('POST', '/v1/hosts', { name: 'Grace', email: 'grace@example.com', timezone: 'America/New_York', scheduleId: ws.scheduleId });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Grace', email: 'grace@example.com', timezone: 'America/New_York', scheduleId: ws.scheduleId, archived: false });
    const { id } = created.body;
    expect((await ws.admin('GET', `/v1/hosts/${id}`)).body).toEqual(created.body);
    const list = await ws.admin('GET', '/v1/hosts');
    expect(list.body.nextCursor).toBeNull();
    expect(list.body.data.map((h: { id: string }) => h.id).sort()).toEqual([id, ws.hostId].sort());

    const renamed = await ws.admin('PATCH', `/v1/hosts/${id}`, { name: 'Grace Hopper' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toEqual({ ...created.body, name: 'Grace Hopper' });
    expect((await ws.admin('GET', `/v1/hosts/${id}`)).body.name).toBe('Grace Hopper');

    const unscheduled = await ws.admin('PATCH', `/v1/hosts/${id}`, { scheduleId: null });
    expect(unscheduled.body).toMatchObject({ name: 'Grace Hopper', scheduleId: null, timezone: 'America/New_York' });
  });

  it('rejects invalid hosts with per-field paths', async () => {
    const bad = await ws.admin('POST', '/v1/hosts', { name: '', email: 'nope', timezone: 'Mars/Olympus' });
    expect(bad.status).toBe(422);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.code).toBe('validation_failed');
    expect(paths(bad.body).sort()).toEqual(['email', 'name', 'timezone']);
    const ghostSchedule = await ws.admin('POST', '/v1/hosts', { name: 'X', timezone: 'UTC', scheduleId: '00000000-0000-4000-8000-000000000000' });
    expect(ghostSchedule.status).toBe(422);
    expect(paths(ghostSchedule.body)).toEqual(['scheduleId']);
    const badPatch = await ws.admin('PATCH', `/v1/hosts/${ws.hostId}`, { timezone: 'Europe/Nowhere' });
    expect(paths(badPatch.body)).toEqual(['timezone']);
    expect((await ws.admin('GET', `/v1/hosts/${ws.hostId}`)).body.timezone).toBe('Europe/Berlin');
    expect((await ws.admin('GET', '/v1/hosts/not-a-uuid')).status).toBe(422);
    expect((await ws.admin('GET', '/v1/hosts/00000000-0000-4000-8000-000000000000')).body.code).toBe('not_found');
  });

  it('deletes a host without bookings, archives one with bookings and restores it', async () => {
    const spare = await newHost(ws, 'Spare');
    expect((await ws.admin('DELETE', `/v1/hosts/${spare}`)).body).toEqual({ result: 'deleted' });
    const gone = await ws.admin('GET', `/v1/hosts/${spare}`);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe('not_found');

    const busy = await newHost(ws, 'Busy Bee');
    const type = await ws.admin('POST', '/v1/event-types', { slug: 'bee-call', title: 'Bee call', hostIds: [busy] });
    expect(type.status).toBe(201);
    const booked = await book(ws, '2026-12-01T10:00:00Z', { eventType: 'bee-call' });
    expect(booked.status, booked.text).toBe(201);
    expect((await ws.admin('DELETE', `/v1/hosts/${busy}`)).body).toEqual({ result: 'archived' });
    expect((await ws.admin('GET', '/v1/hosts')).body.data.map((h: { id: string }) => h.id)).not.toContain(busy);
    const archived = await ws.admin('GET', '/v1/hosts?archived=true');
    expect(archived.body.data).toEqual([expect.objectContaining({ id: busy, archived: true })]);
    // The booking keeps its host; an archived host offers nothing.
    const detail = await ws.admin('GET', `/v1/bookings/${booked.body.booking.uid}`);
    expect(detail.body.host).toEqual({ id: busy, name: 'Busy Bee' });
    expect(await offered(ws, 'bee-call', '2026-12-01', '2026-12-04')).toEqual({});
    expect((await book(ws, '2026-12-02T10:00:00Z', { eventType: 'bee-call' })).body.code).toBe('slot_unavailable');

    const restored = await ws.admin('POST', `/v1/hosts/${busy}/restore`);
    expect(restored.body).toMatchObject({ id: busy, archived: false });
    expect((await offered(ws, 'bee-call', '2026-12-02', '2026-12-02'))['2026-12-02']).toContain('2026-12-02T10:00:00Z');
  });
});

describe('schedules', () => {
  let ws: Workspace;
  beforeAll(async () => { ws = await seedWorkspace(server); });

  it('creates, reads, lists and patches only the given fields', async () => {
    const body = {
      name: 'Split shift', timezone: 'Europe/Berlin',
      weekly: [{ day: 'mon', start: '08:00', end: '12:00' }, { day: 'mon', start: '13:00', end: '17:00' }],
      overrides: [{ date: '2026-12-24', intervals: [] }],
      blackouts: [{ start: '2026-12-28T00:00:00Z', end: '2027-01-02T00:00:00Z' }],
    };
    const created = await ws.admin('POST', '/v1/schedules', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...body, archived: false });
    const { id } = created.body;
    expect((await ws.admin('GET', `/v1/schedules/${id}`)).body).toEqual(created.body);
    expect((await ws.admin('GET', '/v1/schedules')).body.data.map((s: { id: string }) => s.id).sort()).toEqual([id, ws.scheduleId].sort());
    const renamed = await ws.admin('PATCH', `/v1/schedules/${id}`, { name: 'Split' });
    expect(renamed.body).toEqual({ ...created.body, name: 'Split' });
    const minimal = await ws.admin('POST', '/v1/schedules', { name: 'Empty', timezone: 'UTC' });
    expect(minimal.body).toMatchObject({ weekly: [], overrides: [], blackouts: [] });
  });

  it('rejects bad zones, reversed intervals and impossible dates with per-field paths', async () => {
    const bad = await ws.admin('POST', '/v1/schedules', {
      name: 'Bad', timezone: 'Berlin',
      weekly: [{ day: 'mon', start: '09:00', end: '17:00' }, { day: 'tue', start: '17:00', end: '09:00' }, { day: 'funday', start: '09:00', end: '10:00' }],
      overrides: [{ date: '2026-02-30', intervals: [] }, { date: '2026-12-24', intervals: [{ start: '12:00', end: '11:00' }] }, { date: '24.12.2026', intervals: [] }],
      blackouts: [{ start: '2026-12-24T00:00:00Z', end: '2026-12-23T00:00:00Z' }, { start: 'soon', end: '2026-12-23T00:00:00Z' }],
    });
    expect(bad.status).toBe(422);
    // (An unparseable blackout start may also flag its end; every real problem must be named.)
    expect(paths(bad.body)).toEqual(expect.arrayContaining([
      'blackouts.0.end', 'blackouts.1.start', 'overrides.0.date', 'overrides.1.intervals.0.end', 'overrides.2.date',
      'timezone', 'weekly.1.end', 'weekly.2.day',
    ]));
    expect(paths(bad.body).filter((p) => p.startsWith('weekly.0') || p.startsWith('overrides.1.date'))).toEqual([]);
    const badTime = await ws.admin('PATCH', `/v1/schedules/${ws.scheduleId}`, { weekly: [{ day: 'mon', start: '9:00', end: '25:00' }] });
    expect([...new Set(paths(badTime.body))].sort()).toEqual(['weekly.0.end', 'weekly.0.start']);
    expect((await ws.admin('GET', `/v1/schedules/${ws.scheduleId}`)).body.weekly).toHaveLength(5);
  });

  it('reflects overrides and blackouts in the public slots at once', async () => {
    const before = await offered(ws, 'intro-call', '2026-12-01', '2026-12-03');
    expect(Object.keys(before)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);

    const patched = await ws.admin('PATCH', `/v1/schedules/${ws.scheduleId}`, {
      overrides: [{ date: '2026-12-01', intervals: [] }, { date: '2026-12-03', intervals: [{ start: '10:00', end: '11:00' }] }],
      blackouts: [{ start: '2026-12-02T00:00:00Z', end: '2026-12-02T12:00:00Z' }],
    });
    expect(patched.status).toBe(200);
    expect(patched.body.weekly).toHaveLength(5); // untouched
    const after = await offered(ws, 'intro-call', '2026-12-01', '2026-12-03');
    expect(after['2026-12-01']).toBeUndefined();
    expect(after['2026-12-02']![0]).toBe('2026-12-02T12:00:00Z');
    expect(after['2026-12-03']).toEqual(['2026-12-03T09:00:00Z', '2026-12-03T09:30:00Z']);
    expect((await book(ws, '2026-12-01T10:00:00Z')).body.code).toBe('slot_unavailable');
    expect((await book(ws, '2026-12-02T09:00:00Z')).body.code).toBe('slot_unavailable');

    await ws.admin('PATCH', `/v1/schedules/${ws.scheduleId}`, { overrides: [], blackouts: [] });
    expect(await offered(ws, 'intro-call', '2026-12-01', '2026-12-03')).toEqual(before);
  });

  it('deletes an unused schedule and archives one a host uses', async () => {
    const unused = await ws.admin('POST', '/v1/schedules', { name: 'Unused', timezone: 'UTC' });
    expect((await ws.admin('DELETE', `/v1/schedules/${unused.body.id}`)).body).toEqual({ result: 'deleted' });
    expect((await ws.admin('GET', `/v1/schedules/${unused.body.id}`)).status).toBe(404);
    const used = await ws.admin('POST', '/v1/schedules', { name: 'Used', timezone: 'UTC', weekly: [{ day: 'sat', start: '10:00', end: '12:00' }] });
    await newHost(ws, 'Weekend', used.body.id);
    expect((await ws.admin('DELETE', `/v1/schedules/${used.body.id}`)).body).toEqual({ result: 'archived' });
    expect((await ws.admin('GET', '/v1/schedules')).body.data.map((s: { id: string }) => s.id)).not.toContain(used.body.id);
    expect((await ws.admin('GET', '/v1/schedules?archived=true')).body.data.map((s: { id: string }) => s.id)).toEqual([used.body.id]);
    expect((await ws.admin('POST', `/v1/schedules/${used.body.id}/restore`)).body.archived).toBe(false);
  });
});

describe('event types', () => {
  const full = {
    slug: 'deep-dive', title: 'Deep dive', description: 'An hour on your setup', durations: [30, 60], defaultDuration: 60,
    bufferBefore: 10, bufferAfter: 5, minNotice: 120, maxAdvanceDays: 30, maxPerDay: 3, seats: 1,
    location: { kind: 'phone', value: '+49 30 1234567' }, requiresConfirmation: false, reminders: [30],
    visibility: 'hidden', active: true,
    questions: [{ key: 'topic', label: 'Topic', type: 'text', required: true }],
  };

  it('creates with defaults, reads, lists, and a PATCH of the title keeps every other field', async () => {
    const ws = await seedWorkspace(server);
    const seeded = await ws.admin('GET', `/v1/event-types/${ws.eventTypeId}`);
    expect(seeded.body).toMatchObject({
      slug: 'intro-call', title: 'Intro call', description: '', durations: [30], defaultDuration: 30, slotStep: 30,
      bufferBefore: 0, bufferAfter: 0, minNotice: 0, maxAdvanceDays: 60, maxPerDay: null, seats: 1, price: null,
      location: { kind: 'video' }, questions: [], requiresConfirmation: false, reminders: [1440, 60],
      visibility: 'public', active: true, hostIds: [ws.hostId], scheduleId: null, archived: false,
    });

    const created = await ws.admin('POST', '/v1/event-types', { ...full, hostIds: [ws.hostId] });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ ...full, questions: [{ key: 'topic', label: 'Topic', type: 'text', required: true }], slotStep: 30 });
    const { id } = created.body;
    expect((await ws.admin('GET', `/v1/event-types/${id}`)).body).toEqual(created.body);
    const list = await ws.admin('GET', '/v1/event-types');
    expect(list.body.data.map((e: { slug: string }) => e.slug)).toEqual(['deep-dive', 'intro-call']);

    const renamed = await ws.admin('PATCH', `/v1/event-types/${id}`, { title: 'Deeper dive' });
    expect(renamed.status, renamed.text).toBe(200);
    expect(renamed.body).toEqual({ ...created.body, title: 'Deeper dive' });
    expect((await ws.admin('GET', `/v1/event-types/${id}`)).body).toEqual({ ...created.body, title: 'Deeper dive' });

    // Fields set earlier survive a PATCH of another field, defaults included.
    await ws.admin('PATCH', `/v1/event-types/${ws.eventTypeId}`, { reminders: [15], bufferBefore: 15 });
    const retitled = await ws.admin('PATCH', `/v1/event-types/${ws.eventTypeId}`, { title: 'Intro' });
    expect(retitled.body).toEqual({ ...seeded.body, title: 'Intro', reminders: [15], bufferBefore: 15 });
    // The public view follows.
    const pub = await server.request('GET', `/v1/public/${ws.slug}/event-types/intro-call`);
    expect(pub.body.title).toBe('Intro');
    // A hidden type is bookable by link but not listed.
    expect((await server.request('GET', `/v1/public/${ws.slug}/event-types`)).body.data.map((e: { slug: string }) => e.slug)).toEqual(['intro-call']);
    expect((await server.request('GET', `/v1/public/${ws.slug}/event-types/deep-dive`)).status).toBe(200);
  });

  it('rejects invalid event types with per-field paths', async () => {
    const ws = await seedWorkspace(server);
    const bad = await ws.admin('POST', '/v1/event-types', {
      slug: 'Bad Slug', title: '', durations: [30, 45], defaultDuration: 60, hostIds: [],
    });
    expect(bad.status).toBe(422);
    expect(paths(bad.body).sort()).toEqual(['hostIds', 'slug', 'title']);
    const notIn = await ws.admin('POST', '/v1/event-types', { slug: 'x', title: 'X', durations: [30, 45], defaultDuration: 60, hostIds: [ws.hostId] });
    expect(notIn.body.errors).toEqual([{ path: 'defaultDuration', message: expect.any(String) }]);
    const ghostHost = await ws.admin('POST', '/v1/event-types', { slug: 'x', title: 'X', hostIds: [ws.hostId, '00000000-0000-4000-8000-000000000000'] });
    expect(ghostHost.status).toBe(422);
    expect(paths(ghostHost.body)).toEqual(['hostIds']);
    const duplicate = await ws.admin('POST', '/v1/event-types', { slug: 'intro-call', title: 'Again', hostIds: [ws.hostId] });
    expect(duplicate.status).toBe(422);
    expect(duplicate.body.code).toBe('validation_failed');
    expect(paths(duplicate.body)).toEqual(['slug']);
    const selectWithout = await ws.admin('POST', '/v1/event-types', { slug: 'x', title: 'X', hostIds: [ws.hostId], questions: [{ key: 'plan', label: 'Plan', type: 'select' }] });
    expect(paths(selectWithout.body)).toEqual(['questions.0.options']);
    const unknownField = await ws.admin('POST', '/v1/event-types', { slug: 'x', title: 'X', hostIds: [ws.hostId], colour: 'red' });
    expect(unknownField.status).toBe(422);

    // PATCH validates the merged result: shrinking durations below the default fails.
    const shrink = await ws.admin('PATCH', `/v1/event-types/${ws.eventTypeId}`, { defaultDuration: 45 });
    expect(paths(shrink.body)).toEqual(['defaultDuration']);
    const other = await ws.admin('POST', '/v1/event-types', { slug: 'other', title: 'Other', hostIds: [ws.hostId] });
    const steal = await ws.admin('PATCH', `/v1/event-types/${other.body.id}`, { slug: 'intro-call' });
    expect(paths(steal.body)).toEqual(['slug']);
    expect((await ws.admin('GET', `/v1/event-types/${other.body.id}`)).body.slug).toBe('other');
  });

  it('deletes a type without bookings; archives one with bookings, which stops public booking until restored', async () => {
    const ws = await seedWorkspace(server);
    const spare = await ws.admin('POST', '/v1/event-types', { slug: 'spare', title: 'Spare', hostIds: [ws.hostId] });
    expect((await ws.admin('DELETE', `/v1/event-types/${spare.body.id}`)).body).toEqual({ result: 'deleted' });
    expect((await ws.admin('GET', `/v1/event-types/${spare.body.id}`)).status).toBe(404);
    expect((await ws.admin('DELETE', `/v1/event-types/${spare.body.id}`)).status).toBe(404);

    const booked = await book(ws, '2026-12-01T09:00:00Z');
    expect(booked.status).toBe(201);
    expect((await ws.admin('DELETE', `/v1/event-types/${ws.eventTypeId}`)).body).toEqual({ result: 'archived' });
    expect((await ws.admin('GET', '/v1/event-types')).body.data).toEqual([]);
    const archived = await ws.admin('GET', '/v1/event-types?archived=true');
    expect(archived.body.data).toEqual([expect.objectContaining({ id: ws.eventTypeId, archived: true })]);
    expect((await ws.admin('GET', `/v1/event-types/${ws.eventTypeId}`)).body.archived).toBe(true);

    const detail = await ws.admin('GET', `/v1/bookings/${booked.body.booking.uid}`);
    expect(detail.body).toMatchObject({ status: 'confirmed', eventType: { slug: 'intro-call', title: 'Intro call' }, host: { id: ws.hostId, name: 'Ada Lovelace' } });
    const managed = await server.request('GET', `/v1/public/bookings/${booked.body.booking.uid}?token=${booked.body.manageToken}`);
    expect(managed.body.eventType).toEqual({ slug: 'intro-call', title: 'Intro call' });

    expect((await server.request('GET', `/v1/public/${ws.slug}/event-types`)).body.data).toEqual([]);
    expect((await server.request('GET', `/v1/public/${ws.slug}/event-types/intro-call`)).status).toBe(404);
    const slots = await server.request('GET', `/v1/public/${ws.slug}/event-types/intro-call/slots?from=2026-12-01&to=2026-12-02&timezone=UTC`);
    expect(slots.status).toBe(404);
    expect(slots.body.code).toBe('not_found');
    const refused = await book(ws, '2026-12-02T09:00:00Z');
    expect([404, 422]).toContain(refused.status);
    expect(refused.body.code).not.toBe('internal');

    const restored = await ws.admin('POST', `/v1/event-types/${ws.eventTypeId}/restore`);
    expect(restored.body).toMatchObject({ id: ws.eventTypeId, archived: false, title: 'Intro call' });
    expect((await book(ws, '2026-12-02T09:00:00Z')).status).toBe(201);
    // The earlier booking still holds its slot.
    expect((await offered(ws, 'intro-call', '2026-12-01', '2026-12-01'))['2026-12-01']).not.toContain('2026-12-01T09:00:00Z');
  });

  it('frees the slug of an archived type for reuse; restoring the old one then fails', async () => {
    const ws = await seedWorkspace(server);
    expect((await book(ws, '2026-12-01T09:00:00Z')).status).toBe(201);
    expect((await ws.admin('DELETE', `/v1/event-types/${ws.eventTypeId}`)).body.result).toBe('archived');
    const reused = await ws.admin('POST', '/v1/event-types', { slug: 'intro-call', title: 'New intro', durations: [45], hostIds: [ws.hostId] });
    expect(reused.status, reused.text).toBe(201);
    expect((await server.request('GET', `/v1/public/${ws.slug}/event-types/intro-call`)).body).toMatchObject({ title: 'New intro', durations: [45] });
    const restore = await ws.admin('POST', `/v1/event-types/${ws.eventTypeId}/restore`);
    expect(restore.status).toBe(409);
    expect(restore.body.code).toBe('slug_taken');
    expect((await ws.admin('GET', `/v1/event-types/${ws.eventTypeId}`)).body.archived).toBe(true);
    // Renaming the archived one (PATCH) makes it restorable.
    const renamed = await ws.admin('PATCH', `/v1/event-types/${ws.eventTypeId}`, { slug: 'old-intro' });
    expect(renamed.status, renamed.text).toBe(200);
    expect((await ws.admin('POST', `/v1/event-types/${ws.eventTypeId}/restore`)).body).toMatchObject({ slug: 'old-intro', archived: false });
  });

  it('uses the event type\'s own schedule instead of the host\'s', async () => {
    const ws = await seedWorkspace(server);
    const saturday = await ws.admin('POST', '/v1/schedules', { name: 'Saturday', timezone: 'Europe/Berlin', weekly: [{ day: 'sat', start: '10:00', end: '11:00' }] });
    const type = await ws.admin('POST', '/v1/event-types', { slug: 'weekend', title: 'Weekend', hostIds: [ws.hostId], scheduleId: saturday.body.id });
    expect(type.body.scheduleId).toBe(saturday.body.id);
    expect(await offered(ws, 'weekend', '2026-11-30', '2026-12-06')).toEqual({ '2026-12-05': ['2026-12-05T09:00:00Z', '2026-12-05T09:30:00Z'] });
    expect((await book(ws, '2026-12-01T09:00:00Z', { eventType: 'weekend' })).body.code).toBe('slot_unavailable');
    expect((await book(ws, '2026-12-05T09:30:00Z', { eventType: 'weekend' })).status).toBe(201);
    // Clearing it falls back to the host's weekdays.
    await ws.admin('PATCH', `/v1/event-types/${type.body.id}`, { scheduleId: null });
    expect(Object.keys(await offered(ws, 'weekend', '2026-11-30', '2026-12-06'))).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']);
    const foreign = await ws.admin('PATCH', `/v1/event-types/${type.body.id}`, { scheduleId: '00000000-0000-4000-8000-000000000000' });
    expect(paths(foreign.body)).toEqual(['scheduleId']);
  });

  it('offers a slot while any of several hosts is free and books the free one', async () => {
    const ws = await seedWorkspace(server);
    const second = await newHost(ws, 'Brian Kernighan');
    const type = await ws.admin('PATCH', `/v1/event-types/${ws.eventTypeId}`, { hostIds: [ws.hostId, second] });
    expect(type.body.hostIds).toEqual([ws.hostId, second]);
    // Ada is busy at 10:00 with another event type of hers.
    await ws.admin('POST', '/v1/event-types', { slug: 'ada-only', title: 'Ada only', hostIds: [ws.hostId] });
    const adaBusy = await book(ws, '2026-12-01T10:00:00Z', { eventType: 'ada-only' });
    expect(adaBusy.body.booking.host.id).toBe(ws.hostId);

    expect((await offered(ws, 'intro-call', '2026-12-01', '2026-12-01'))['2026-12-01']).toContain('2026-12-01T10:00:00Z');
    const booked = await book(ws, '2026-12-01T10:00:00Z');
    expect(booked.status).toBe(201);
    expect(booked.body.booking.host).toEqual({ id: second, name: 'Brian Kernighan' });
    // Now both are busy then.
    expect((await offered(ws, 'intro-call', '2026-12-01', '2026-12-01'))['2026-12-01']).not.toContain('2026-12-01T10:00:00Z');
    expect((await book(ws, '2026-12-01T10:00:00Z')).status).toBe(409);
    // `host=` narrows the offer to one host.
    const onlyAda = (await offered(ws, 'intro-call', '2026-12-01', '2026-12-01', `&host=${ws.hostId}`))['2026-12-01']!;
    expect(onlyAda).not.toContain('2026-12-01T10:00:00Z');
    expect(onlyAda).toContain('2026-12-01T10:30:00Z');
    const pinned = await book(ws, '2026-12-01T10:30:00Z', { host: second });
    expect(pinned.status).toBe(201);
    expect(pinned.body.booking.host.id).toBe(second);
  });

  it('stops offering a day once maxPerDay bookings are made', async () => {
    const ws = await seedWorkspace(server, { eventType: { maxPerDay: 1 } });
    expect((await offered(ws, 'intro-call', '2026-12-01', '2026-12-01'))['2026-12-01']).toHaveLength(16);
    expect((await book(ws, '2026-12-01T09:00:00Z')).status).toBe(201);
    const after = await offered(ws, 'intro-call', '2026-12-01', '2026-12-02');
    expect(after['2026-12-01']).toBeUndefined();
    expect(after['2026-12-02']).toHaveLength(16);
    const second = await book(ws, '2026-12-01T13:00:00Z');
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('slot_unavailable');
  });

  it('respects minimum notice and the booking window', async () => {
    const ws = await seedWorkspace(server, { eventType: { minNotice: 180, maxAdvanceDays: 2 } });
    // now = 06:00Z: earliest start 09:00Z; latest start before 2026-12-02T06:00Z.
    const slots = await offered(ws, 'intro-call', '2026-11-30', '2026-12-04');
    expect(Object.keys(slots)).toEqual(['2026-11-30', '2026-12-01']);
    expect(slots['2026-11-30']![0]).toBe('2026-11-30T09:00:00Z');
    expect((await book(ws, '2026-11-30T08:30:00Z')).body.code).toBe('slot_unavailable');
    expect((await book(ws, '2026-12-02T08:00:00Z')).body.code).toBe('slot_unavailable');
    expect((await book(ws, '2026-11-30T09:00:00Z')).status).toBe(201);
    expect((await book(ws, '2026-12-01T15:30:00Z')).status).toBe(201);
  });

  it('leaves bookings pending when the type requires confirmation', async () => {
    const ws = await seedWorkspace(server, { eventType: { requiresConfirmation: true } });
    expect((await server.request('GET', `/v1/public/${ws.slug}/event-types/intro-call`)).body.requiresConfirmation).toBe(true);
    const booked = await book(ws, '2026-12-01T09:00:00Z');
    expect(booked.status).toBe(201);
    expect(booked.body.booking.status).toBe('pending_confirmation');
    // A pending booking holds its slot.
    expect((await offered(ws, 'intro-call', '2026-12-01', '2026-12-01'))['2026-12-01']).not.toContain('2026-12-01T09:00:00Z');
  });

  it('checks answers against the questions', async () => {
    const ws = await seedWorkspace(server, {
      eventType: {
        questions: [
          { key: 'topic', label: 'Topic', type: 'text', required: true },
          { key: 'plan', label: 'Plan', type: 'select', options: ['basic', 'pro'] },
          { key: 'consent', label: 'I agree', type: 'checkbox', required: true },
        ],
      },
    });
    const missing = await book(ws, '2026-12-01T09:00:00Z', { answers: { consent: true } });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([{ path: 'answers.topic', message: expect.any(String) }]);
    const notAnOption = await book(ws, '2026-12-01T09:00:00Z', { answers: { topic: 'Pricing', plan: 'enterprise', consent: true } });
    expect(notAnOption.status).toBe(422);
    expect(paths(notAnOption.body)).toEqual(['answers.plan']);
    const unknown = await book(ws, '2026-12-01T09:00:00Z', { answers: { topic: 'Pricing', consent: true, colour: 'red' } });
    expect(unknown.status).toBe(422);
    expect(paths(unknown.body)).toEqual(['answers.colour']);
    const unchecked = await book(ws, '2026-12-01T09:00:00Z', { answers: { topic: 'Pricing', consent: false } });
    expect(paths(unchecked.body)).toEqual(['answers.consent']);
    const wrongType = await book(ws, '2026-12-01T09:00:00Z', { answers: { topic: true, consent: true } });
    expect(paths(wrongType.body)).toEqual(['answers.topic']);
    // Nothing was booked by the refused attempts.
    expect((await offered(ws, 'intro-call', '2026-12-01', '2026-12-01'))['2026-12-01']).toContain('2026-12-01T09:00:00Z');
    const ok = await book(ws, '2026-12-01T09:00:00Z', { answers: { topic: 'Pricing', plan: 'pro', consent: true } });
    expect(ok.status).toBe(201);
    expect(ok.body.booking.answers).toEqual({ topic: 'Pricing', plan: 'pro', consent: true });
  });
});

describe('workspace settings', () => {
  it('reads and patches name, zone, allowed origins and branding, validating each', async () => {
    const ws = await seedWorkspace(server);
    const initial = await ws.admin('GET', '/v1/workspace');
    expect(initial.status).toBe(200);
    expect(initial.body).toMatchObject({ slug: ws.slug, name: `Workspace ${ws.slug}`, timezone: 'UTC', allowedOrigins: [], branding: {} });

    const patched = await ws.admin('PATCH', '/v1/workspace', {
      name: 'Acme Studio', timezone: 'Europe/Berlin', allowedOrigins: ['https://acme.test'], branding: { accentColor: '#4f46e5' },
    });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.body).toEqual({ ...initial.body, name: 'Acme Studio', timezone: 'Europe/Berlin', allowedOrigins: ['https://acme.test'], branding: { accentColor: '#4f46e5' } });
    const renamed = await ws.admin('PATCH', '/v1/workspace', { name: 'Acme' });
    expect(renamed.body).toEqual({ ...patched.body, name: 'Acme' });
    expect((await ws.admin('GET', '/v1/workspace')).body).toEqual(renamed.body);

    const bad = await ws.admin('PATCH', '/v1/workspace', { name: '', timezone: 'Atlantis', allowedOrigins: ['not a url'], branding: { accentColor: 'red' } });
    expect(bad.status).toBe(422);
    expect(paths(bad.body).sort()).toEqual(['allowedOrigins.0', 'branding.accentColor', 'name', 'timezone']);
    const shortHex = await ws.admin('PATCH', '/v1/workspace', { branding: { accentColor: '#fff' } });
    expect(paths(shortHex.body)).toEqual(['branding.accentColor']);
    const slug = await ws.admin('PATCH', '/v1/workspace', { slug: 'taken' });
    expect(slug.status).toBe(422);
    expect((await ws.admin('GET', '/v1/workspace')).body).toEqual(renamed.body);
  });
});
