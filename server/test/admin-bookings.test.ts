import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteAndSignIn } from './fixtures/sessions.ts';
import { bookingBody, seedWorkspace, startTestServer, type TestServer } from './harness.ts';

// Clock: Monday 2026-11-30 06:00Z. Seeded host Ada works Mon–Fri 09:00–17:00 Berlin (08:00Z–16:00Z).
const NOW = '2026-11-30T06:00:00Z';
let server: TestServer;
type Workspace = Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
});
afterAll(() => server.close());

interface BookingJson { uid: string; status: string; start: string; attendee: { name: string; email: string } }

async function book(ws: Workspace, start: string, name: string, email: string, overrides: Record<string, unknown> = {}): Promise<BookingJson> {
  const res = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody(start, { attendee: { name, email }, ...overrides }) });
  expect(res.status, res.text).toBe(201);
  return res.body.booking;
}

async function slotStarts(ws: Workspace, date: string, slug = 'intro-call'): Promise<string[]> {
  const res = await server.request('GET', `/v1/public/${ws.slug}/event-types/${slug}/slots?from=${date}&to=${date}&timezone=UTC`);
  expect(res.status).toBe(200);
  return res.body.days.flatMap((d: { slots: { start: string }[] }) => d.slots.map((s) => s.start));
}

/** The id of the workspace's owner key (the one `seedWorkspace` authenticates with). */
async function ownerKeyId(ws: Workspace): Promise<string> {
  const keys = await ws.admin('GET', '/v1/api-keys');
  const owner = keys.body.data.find((k: { name: string }) => k.name === 'Owner key');
  return owner.id;
}

/** An API key of `role`, as a request helper. */
async function keyWithRole(ws: Workspace, role: string) {
  const created = await ws.admin('POST', '/v1/api-keys', { name: `${role} key`, role });
  expect(created.status, created.text).toBe(201);
  const headers = { authorization: `Bearer ${created.body.secret}` };
  return (method: string, path: string, body?: unknown) => server.request(method, path, { headers, ...(body !== undefined ? { body } : {}) });
}

/** Minimal RFC 4180 reader: records of fields, quotes and CRLF handled. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      record.push(field); field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field); records.push(record); record = []; field = ''; i++;
    } else {
      field += c;
    }
  }
  if (field !== '' || record.length) { record.push(field); records.push(record); }
  return records;
}

describe('listing bookings', () => {
  let ws: Workspace;
  let brian: string;
  let reviewId: string;
  const b: Record<string, BookingJson> = {};
  const list = async (query: string) => {
    const res = await ws.admin('GET', `/v1/bookings${query}`);
    expect(res.status, res.text).toBe(200);
    return res.body as { data: BookingJson[]; nextCursor: string | null };
  };
  const names = async (query: string) => (await list(query)).data.map((x) => x.attendee.name);

  beforeAll(async () => {
    ws = await seedWorkspace(server);
    const host = await ws.admin('POST', '/v1/hosts', { name: 'Brian', timezone: 'Europe/Berlin', scheduleId: ws.scheduleId });
    brian = host.body.id;
    const review = await ws.admin('POST', '/v1/event-types', { slug: 'review', title: 'Review', hostIds: [brian], requiresConfirmation: true });
    reviewId = review.body.id;
    b.grace = await book(ws, '2026-12-01T09:00:00Z', 'Grace Hopper', 'grace@example.com');
    b.alan = await book(ws, '2026-12-01T10:00:00Z', 'Alan Turing', 'alan@turing.test');
    b.barbara = await book(ws, '2026-12-02T09:00:00Z', 'Barbara Liskov', 'barbara@example.com');
    b.edsger = await book(ws, '2026-12-02T09:00:00Z', 'Edsger Dijkstra', 'edsger@example.com', { eventType: 'review' });
    b.murray = await book(ws, '2026-12-03T13:00:00Z', 'Grace Murray', 'murray@navy.test', { eventType: 'review' });
    b.ken = await book(ws, '2026-12-03T09:00:00Z', 'Ken Thompson', 'ken@bell.test');
    b.dennis = await book(ws, '2026-12-04T09:00:00Z', 'Dennis Ritchie', 'dennis@bell.test');
    const cancelled = await ws.admin('POST', `/v1/bookings/${b.ken.uid}/cancel`, { reason: 'No longer needed' });
    expect(cancelled.body.status).toBe('cancelled');
  });

  it('lists every booking by start time', async () => {
    const all = await list('');
    expect(all.nextCursor).toBeNull();
    expect(all.data).toHaveLength(7);
    const starts = all.data.map((x) => x.start);
    expect(starts).toEqual([...starts].sort());
    expect(all.data[0]).toMatchObject({ uid: b.grace!.uid, status: 'confirmed', eventType: { slug: 'intro-call', title: 'Intro call' }, host: { id: ws.hostId, name: 'Ada Lovelace' } });
  });

  it('filters by status (comma list), dates, event type, host and text', async () => {
    expect(await names('?status=pending_confirmation')).toEqual(['Edsger Dijkstra', 'Grace Murray']);
    expect(await names('?status=cancelled')).toEqual(['Ken Thompson']);
    expect((await names('?status=confirmed,cancelled')).sort()).toEqual(['Alan Turing', 'Barbara Liskov', 'Dennis Ritchie', 'Grace Hopper', 'Ken Thompson']);
    const badStatus = await ws.admin('GET', '/v1/bookings?status=confirmed,lost');
    expect(badStatus.status).toBe(422);
    expect(badStatus.body.errors[0].path).toBe('status');

    expect((await names('?from=2026-12-02&to=2026-12-03')).sort()).toEqual(['Barbara Liskov', 'Edsger Dijkstra', 'Grace Murray', 'Ken Thompson']);
    expect(await names('?from=2026-12-04')).toEqual(['Dennis Ritchie']);
    expect(await names('?to=2026-12-01')).toEqual(['Grace Hopper', 'Alan Turing']);
    expect(await names('?from=2026-12-03T12:00:00Z')).toEqual(['Grace Murray', 'Dennis Ritchie']);
    expect((await ws.admin('GET', '/v1/bookings?from=2026-02-30')).status).toBe(422);

    expect(await names('?eventType=review')).toEqual(['Edsger Dijkstra', 'Grace Murray']);
    expect(await names(`?eventType=${reviewId}`)).toEqual(['Edsger Dijkstra', 'Grace Murray']);
    expect(await names('?eventType=nothing-like-it')).toEqual([]);
    // Shaped like an id but not a UUID: no match, and no database error.
    expect(await names(`?eventType=${'-'.repeat(36)}`)).toEqual([]);
    expect(await names(`?eventType=${'0'.repeat(36)}`)).toEqual([]);
    expect(await names(`?host=${brian}`)).toEqual(['Edsger Dijkstra', 'Grace Murray']);
    expect((await names(`?host=${ws.hostId}`))).toHaveLength(5);
    expect((await ws.admin('GET', '/v1/bookings?host=brian')).status).toBe(422);

    expect(await names('?q=grace')).toEqual(['Grace Hopper', 'Grace Murray']);
    expect(await names('?q=BELL.TEST')).toEqual(['Ken Thompson', 'Dennis Ritchie']);
    expect(await names('?q=turing')).toEqual(['Alan Turing']);
    expect(await names('?q=%25')).toEqual([]); // a literal %, not a wildcard
    const nul = await ws.admin('GET', '/v1/bookings?q=a%00b'); // PostgreSQL cannot compare NUL: refused, not a 500
    expect(nul.status).toBe(422);
    expect(nul.body.errors[0].path).toBe('q');
    expect(await names(`?q=${b.alan!.uid}`)).toEqual(['Alan Turing']);
    expect(await names('?status=confirmed&q=bell')).toEqual(['Dennis Ritchie']);
  });

  it('pages with a cursor: no duplicates, no gaps, null cursor at the end', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { data: BookingJson[]; nextCursor: string | null } = await list(`?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      pages += 1;
      expect(page.data.length).toBe(pages < 3 ? 3 : 1);
      seen.push(...page.data.map((x) => x.uid));
      cursor = page.nextCursor;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(7);
    expect(seen).toEqual((await list('')).data.map((x) => x.uid));

    const filtered = await list('?limit=1&q=grace');
    expect(filtered.data.map((x) => x.attendee.name)).toEqual(['Grace Hopper']);
    const rest = await list(`?limit=1&q=grace&cursor=${filtered.nextCursor}`);
    expect(rest.data.map((x) => x.attendee.name)).toEqual(['Grace Murray']);
    expect(rest.nextCursor).toBeNull();
  });

  it('rejects bad cursors and limits with 422', async () => {
    const forged = [
      'garbage',
      Buffer.from('yesterday|00000000-0000-4000-8000-000000000000').toString('base64url'),
      Buffer.from('2026-12-01T00:00:00.000Z|not-an-id').toString('base64url'),
      // Shaped like a cursor, but the id is no UUID and the instant is out of range.
      Buffer.from('2026-12-01T00:00:00.000Z|000000000000000000000000000000000000').toString('base64url'),
      Buffer.from('2026-12-01T00:00:00.000Z|------------------------------------').toString('base64url'),
      Buffer.from('-271821-04-20T00:00:00.000Z|00000000-0000-4000-8000-000000000000').toString('base64url'),
      'x'.repeat(600),
    ];
    for (const cursor of forged) {
      const res = await ws.admin('GET', `/v1/bookings?cursor=${encodeURIComponent(cursor)}`);
      expect(res.status, `${cursor}: ${res.text}`).toBe(422);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.errors[0].path).toBe('cursor');
    }
    for (const limit of ['0', '101', 'ten', '2.5']) {
      const res = await ws.admin('GET', `/v1/bookings?limit=${limit}`);
      expect(res.status, limit).toBe(422);
      expect(res.body.errors[0].path).toBe('limit');
    }
  });

  it('answers Accept: text/csv with every match as CSV', async () => {
    const res = await server.request('GET', '/v1/bookings?status=confirmed,pending_confirmation', { headers: { ...ws.auth, accept: 'text/csv' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const records = parseCsv(res.text);
    const header = records[0]!;
    expect(header).toEqual(expect.arrayContaining(['uid', 'status', 'start', 'attendee_name', 'attendee_email']));
    expect(records).toHaveLength(1 + 6);
    const col = (name: string) => header.indexOf(name);
    const json = await list('?status=confirmed,pending_confirmation');
    expect(records.slice(1).map((r) => r[col('uid')])).toEqual(json.data.map((x) => x.uid));
    expect(records.slice(1).map((r) => r[col('attendee_name')])).toEqual(json.data.map((x) => x.attendee.name));
    expect(records[1]![col('start')]).toBe('2026-12-01T09:00:00Z');
    for (const record of records) expect(record).toHaveLength(header.length);
  });
});

describe('CSV escaping', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', async () => {
    const ws = await seedWorkspace(server);
    const tricky = await book(ws, '2026-12-01T09:00:00Z', 'Lovelace, "Ada"', 'ada@example.com');
    await book(ws, '2026-12-01T10:00:00Z', '=HYPERLINK("http://evil.test","x")', 'eve@example.com');
    await book(ws, '2026-12-01T11:00:00Z', '+1-2', 'plus@example.com');
    await book(ws, '2026-12-01T12:00:00Z', '@SUM(A1)', 'at@example.com');
    const plain = await book(ws, '2026-12-01T13:00:00Z', 'Plain Name', 'plain@example.com');
    await ws.admin('POST', `/v1/bookings/${plain.uid}/cancel`, { reason: 'line one\nline two, "quoted"' });

    const res = await server.request('GET', '/v1/bookings', { headers: { ...ws.auth, accept: 'text/csv' } });
    expect(res.status).toBe(200);
    const records = parseCsv(res.text);
    expect(records).toHaveLength(1 + 5);
    const header = records[0]!;
    for (const record of records) expect(record).toHaveLength(header.length);
    const names = records.slice(1).map((r) => r[header.indexOf('attendee_name')]);
    expect(names).toEqual(['Lovelace, "Ada"', '\'=HYPERLINK("http://evil.test","x")', '\'+1-2', '\'@SUM(A1)', 'Plain Name']);
    expect(res.text).toContain('"Lovelace, ""Ada"""');
    // No cell starts with a formula trigger.
    for (const record of records) for (const cell of record) expect(cell).not.toMatch(/^[=+@\t\r]/);
    expect(records[5]![header.indexOf('cancel_reason')]).toBe('line one\nline two, "quoted"');
    expect(records[1]![header.indexOf('uid')]).toBe(tricky.uid);
  });
});

describe('booking detail and admin actions', () => {
  let ws: Workspace;
  let keyId: string;
  beforeAll(async () => {
    ws = await seedWorkspace(server);
    keyId = await ownerKeyId(ws);
    await ws.admin('POST', '/v1/event-types', { slug: 'review', title: 'Review', hostIds: [ws.hostId], requiresConfirmation: true });
  });

  it('shows a booking with its history; 404 for unknown uids', async () => {
    const booked = await book(ws, '2026-12-07T09:00:00Z', 'Grace Hopper', 'grace@example.com');
    const detail = await ws.admin('GET', `/v1/bookings/${booked.uid}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ uid: booked.uid, status: 'confirmed', attendee: { name: 'Grace Hopper', email: 'grace@example.com' } });
    expect(detail.body.history).toEqual([{ at: NOW, type: 'created', actor: 'customer', data: expect.objectContaining({ status: 'confirmed', hostId: ws.hostId }) }]);
    expect((await ws.admin('GET', '/v1/bookings/bk_doesnotexist')).body.code).toBe('not_found');
    expect((await ws.admin('GET', '/v1/bookings/nonsense')).status).toBe(422);
  });

  it('books on behalf of a customer with the admin as actor', async () => {
    const created = await ws.admin('POST', '/v1/bookings', bookingBody('2026-12-07T10:00:00Z', { attendee: { name: 'Phone Caller', email: 'caller@example.com' } }));
    expect(created.status, created.text).toBe(201);
    expect(created.body.booking).toMatchObject({ status: 'confirmed', start: '2026-12-07T10:00:00Z', host: { id: ws.hostId } });
    expect(created.body.manageToken).toEqual(expect.any(String));
    const detail = await ws.admin('GET', `/v1/bookings/${created.body.booking.uid}`);
    expect(detail.body.history).toEqual([expect.objectContaining({ type: 'created', actor: `admin:${keyId}` })]);
    // Same rules as customers: a taken slot is refused.
    const again = await ws.admin('POST', '/v1/bookings', bookingBody('2026-12-07T10:00:00Z'));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('slot_unavailable');
    // Retrying with the same Idempotency-Key replays the first answer.
    const key = { ...ws.auth, 'idempotency-key': 'admin-create-1' };
    const first = await server.request('POST', '/v1/bookings', { headers: key, body: bookingBody('2026-12-07T11:00:00Z') });
    const replay = await server.request('POST', '/v1/bookings', { headers: key, body: bookingBody('2026-12-07T11:00:00Z') });
    expect(first.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(replay.body.booking.uid).toBe(first.body.booking.uid);
    const conflict = await server.request('POST', '/v1/bookings', { headers: key, body: bookingBody('2026-12-07T12:00:00Z') });
    expect(conflict.body.code).toBe('idempotency_conflict');
  });

  it('confirms and declines only bookings pending confirmation; declining frees the slot', async () => {
    const confirmed = await book(ws, '2026-12-08T09:00:00Z', 'Already Confirmed', 'c@example.com');
    for (const action of ['confirm', 'decline']) {
      const res = await ws.admin('POST', `/v1/bookings/${confirmed.uid}/${action}`, {});
      expect(res.status, action).toBe(409);
      expect(res.body.code).toBe('booking_not_modifiable');
    }
    const pendingA = await book(ws, '2026-12-08T10:00:00Z', 'Pending A', 'a@example.com', { eventType: 'review' });
    const pendingB = await book(ws, '2026-12-08T11:00:00Z', 'Pending B', 'b@example.com', { eventType: 'review' });
    expect(pendingA.status).toBe('pending_confirmation');

    const ok = await ws.admin('POST', `/v1/bookings/${pendingA.uid}/confirm`);
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.status).toBe('confirmed');
    expect((await ws.admin('POST', `/v1/bookings/${pendingA.uid}/confirm`)).body.code).toBe('booking_not_modifiable');

    expect(await slotStarts(ws, '2026-12-08', 'review')).not.toContain('2026-12-08T11:00:00Z');
    const declined = await ws.admin('POST', `/v1/bookings/${pendingB.uid}/decline`, { reason: 'Fully booked that week' });
    expect(declined.body).toMatchObject({ status: 'cancelled', cancelReason: 'Fully booked that week' });
    expect(await slotStarts(ws, '2026-12-08', 'review')).toContain('2026-12-08T11:00:00Z');
    expect((await ws.admin('POST', `/v1/bookings/${pendingB.uid}/decline`)).body.code).toBe('booking_not_modifiable');
    expect((await ws.admin('POST', `/v1/bookings/${pendingB.uid}/confirm`)).body.code).toBe('booking_not_modifiable');

    const history = (await ws.admin('GET', `/v1/bookings/${pendingB.uid}`)).body.history;
    expect(history.map((h: { type: string; actor: string }) => [h.type, h.actor])).toEqual([['created', 'customer'], ['declined', `admin:${keyId}`]]);
    // The freed slot can be booked again.
    await book(ws, '2026-12-08T11:00:00Z', 'Next In Line', 'n@example.com', { eventType: 'review' });
  });

  it('marks no-show or completed only once the booking has started, and only once', async () => {
    const first = await book(ws, '2026-12-09T09:00:00Z', 'No Show', 'ns@example.com');
    const second = await book(ws, '2026-12-09T10:00:00Z', 'Done Deal', 'dd@example.com');
    const pending = await book(ws, '2026-12-09T08:00:00Z', 'Still Pending', 'sp@example.com', { eventType: 'review' });
    for (const action of ['no-show', 'complete']) {
      const early = await ws.admin('POST', `/v1/bookings/${first.uid}/${action}`);
      expect(early.status, action).toBe(409);
      expect(early.body.code).toBe('booking_not_modifiable');
    }
    try {
      server.clock.set('2026-12-09T09:10:00Z');
      const noShow = await ws.admin('POST', `/v1/bookings/${first.uid}/no-show`);
      expect(noShow.status, noShow.text).toBe(200);
      expect(noShow.body.status).toBe('no_show');
      expect((await ws.admin('POST', `/v1/bookings/${first.uid}/no-show`)).body.code).toBe('booking_not_modifiable');
      expect((await ws.admin('POST', `/v1/bookings/${first.uid}/complete`)).body.code).toBe('booking_not_modifiable');
      expect((await ws.admin('POST', `/v1/bookings/${second.uid}/complete`)).body.code).toBe('booking_not_modifiable');
      expect((await ws.admin('POST', `/v1/bookings/${pending.uid}/complete`)).body.code).toBe('booking_not_modifiable');

      server.clock.set('2026-12-09T10:00:00Z'); // exactly at the start
      const done = await ws.admin('POST', `/v1/bookings/${second.uid}/complete`);
      expect(done.body.status).toBe('completed');
      expect((await ws.admin('POST', `/v1/bookings/${second.uid}/complete`)).body.code).toBe('booking_not_modifiable');
      expect((await ws.admin('POST', `/v1/bookings/${second.uid}/cancel`)).body.code).toBe('booking_not_modifiable');
      const history = (await ws.admin('GET', `/v1/bookings/${first.uid}`)).body.history;
      expect(history.map((h: { type: string }) => h.type)).toEqual(['created', 'no_show']);
      expect(history[1]).toMatchObject({ at: '2026-12-09T09:10:00Z', actor: `admin:${keyId}` });
    } finally {
      server.clock.set(NOW);
    }
  });

  it('cancels and reschedules as an admin; a move into a taken slot changes nothing', async () => {
    const a = await book(ws, '2026-12-10T09:00:00Z', 'Mover', 'm@example.com');
    const b = await book(ws, '2026-12-10T10:00:00Z', 'Blocker', 'bl@example.com');

    const clash = await ws.admin('POST', `/v1/bookings/${a.uid}/reschedule`, { start: '2026-12-10T10:00:00Z' });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('slot_unavailable');
    const kept = await ws.admin('GET', `/v1/bookings/${a.uid}`);
    expect(kept.body).toMatchObject({ start: '2026-12-10T09:00:00Z', end: '2026-12-10T09:30:00Z', status: 'confirmed', sequence: 0 });
    expect(kept.body.history.map((h: { type: string }) => h.type)).toEqual(['created']);
    const starts = await slotStarts(ws, '2026-12-10');
    expect(starts).not.toContain('2026-12-10T09:00:00Z'); // still held by the booking
    expect(starts).not.toContain('2026-12-10T10:00:00Z');

    const offHours = await ws.admin('POST', `/v1/bookings/${a.uid}/reschedule`, { start: '2026-12-10T20:00:00Z' });
    expect(offHours.body.code).toBe('slot_unavailable');
    const badBody = await ws.admin('POST', `/v1/bookings/${a.uid}/reschedule`, { start: 'later' });
    expect(badBody.status).toBe(422);

    const moved = await ws.admin('POST', `/v1/bookings/${a.uid}/reschedule`, { start: '2026-12-10T11:00:00Z' });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body).toMatchObject({ uid: a.uid, start: '2026-12-10T11:00:00Z', sequence: 1 });
    const after = await slotStarts(ws, '2026-12-10');
    expect(after).toContain('2026-12-10T09:00:00Z');
    expect(after).not.toContain('2026-12-10T11:00:00Z');

    const cancelled = await ws.admin('POST', `/v1/bookings/${b.uid}/cancel`, { reason: 'Host ill' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: 'Host ill' });
    expect(await slotStarts(ws, '2026-12-10')).toContain('2026-12-10T10:00:00Z');
    expect((await ws.admin('POST', `/v1/bookings/${b.uid}/reschedule`, { start: '2026-12-10T13:00:00Z' })).body.code).toBe('booking_not_modifiable');

    const history = (await ws.admin('GET', `/v1/bookings/${a.uid}`)).body.history;
    expect(history.map((h: { type: string; actor: string }) => [h.type, h.actor])).toEqual([['created', 'customer'], ['rescheduled', `admin:${keyId}`]]);
    const cancelHistory = (await ws.admin('GET', `/v1/bookings/${b.uid}`)).body.history;
    expect(cancelHistory[1]).toMatchObject({ type: 'cancelled', actor: `admin:${keyId}`, data: { reason: 'Host ill' } });
  });
});

describe('roles', () => {
  it('lets a viewer read but not act, and staff act on bookings but not manage resources', async () => {
    const ws = await seedWorkspace(server);
    const booked = await book(ws, '2026-12-01T09:00:00Z', 'Grace Hopper', 'grace@example.com');
    const viewer = await keyWithRole(ws, 'viewer');
    // Staff act through their member session on their hosts' bookings; a staff key belongs to no member, so it has no hosts.
    const staffKey = await keyWithRole(ws, 'staff');
    const staffMember = await inviteAndSignIn(server, ws, { email: 'staff@example.com', role: 'staff', hostIds: [ws.hostId] });
    const staff = (method: string, path: string, body?: unknown) => staffMember.request(method, path, body);
    expect((await staffKey('GET', `/v1/bookings/${booked.uid}`)).status).toBe(404);
    expect((await staffKey('GET', '/v1/bookings')).body.data).toEqual([]);

    expect((await viewer('GET', '/v1/bookings')).body.data).toHaveLength(1);
    expect((await viewer('GET', `/v1/bookings/${booked.uid}`)).status).toBe(200);
    expect((await viewer('GET', '/v1/hosts')).status).toBe(200);
    expect((await viewer('GET', '/v1/workspace')).status).toBe(200);
    const viewerWrites: [string, string, unknown][] = [
      ['POST', `/v1/bookings/${booked.uid}/cancel`, {}],
      ['POST', `/v1/bookings/${booked.uid}/reschedule`, { start: '2026-12-01T10:00:00Z' }],
      ['POST', `/v1/bookings/${booked.uid}/confirm`, {}],
      ['POST', `/v1/bookings/${booked.uid}/no-show`, {}],
      ['POST', '/v1/bookings', bookingBody('2026-12-01T11:00:00Z')],
      ['POST', '/v1/hosts', { name: 'X', timezone: 'UTC' }],
      ['PATCH', '/v1/workspace', { name: 'Hijacked' }],
      ['GET', '/v1/api-keys', undefined],
    ];
    for (const [method, path, body] of viewerWrites) {
      const res = await viewer(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.code).toBe('forbidden');
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await ws.admin('GET', `/v1/bookings/${booked.uid}`)).body.status).toBe('confirmed');

    const moved = await staff('POST', `/v1/bookings/${booked.uid}/reschedule`, { start: '2026-12-01T10:00:00Z' });
    expect(moved.status, moved.text).toBe(200);
    const onBehalf = await staff('POST', '/v1/bookings', bookingBody('2026-12-01T11:00:00Z'));
    expect(onBehalf.status).toBe(201);
    expect((await staff('POST', `/v1/bookings/${booked.uid}/cancel`, {})).body.status).toBe('cancelled');
    for (const [method, path, body] of [
      ['POST', '/v1/hosts', { name: 'X', timezone: 'UTC' }],
      ['PATCH', `/v1/event-types/${ws.eventTypeId}`, { title: 'Nope' }],
      ['DELETE', `/v1/hosts/${ws.hostId}`, undefined],
      ['POST', '/v1/api-keys', { name: 'more', role: 'staff' }],
    ] as [string, string, unknown][]) {
      const res = await staff(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.code).toBe('forbidden');
    }
    expect((await ws.admin('GET', '/v1/hosts')).body.data).toHaveLength(1);
    expect((await ws.admin('GET', `/v1/event-types/${ws.eventTypeId}`)).body.title).toBe('Intro call');
  });
});
