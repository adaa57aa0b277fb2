import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkspace, startTestServer, type TestServer } from '../../server/test/harness.ts';
import { ForbiddenError, NotFoundError, Slotkit, SlotUnavailableError, ValidationError } from '../src/index.ts';

// Monday 2026-11-30 06:00Z; the seeded host works Mon–Fri 09:00–17:00 Europe/Berlin.
// A real HTTP server plays the external calendar (an ICS feed).
const FEED = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN',
  'BEGIN:VEVENT', 'UID:dentist@example.com', 'DTSTAMP:20261101T000000Z',
  'DTSTART:20261201T090000Z', 'DTEND:20261201T100000Z', 'SUMMARY:Dentist', 'END:VEVENT',
  'END:VCALENDAR', '',
].join('\r\n');

let server: TestServer;
let slotkit: Slotkit;
let seed: Awaited<ReturnType<typeof seedWorkspace>>;
let feeds: Server;
let feedUrl: string;
let broken = false;

beforeAll(async () => {
  feeds = createServer((_req, res) => {
    if (broken) { res.statusCode = 503; res.end(); return; }
    res.setHeader('content-type', 'text/calendar');
    res.end(FEED);
  });
  await new Promise<void>((resolve) => feeds.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(feeds.address() as AddressInfo).port}/secret-7f3a/basic.ics`;
  server = await startTestServer();
  seed = await seedWorkspace(server);
  slotkit = new Slotkit({ baseUrl: server.url, apiKey: seed.apiKey, maxRetries: 0 });
});
afterAll(async () => {
  await server?.close();
  feeds.closeAllConnections();
  await new Promise((resolve) => feeds.close(resolve));
});

const attendee = { name: 'Grace Hopper', email: 'grace@example.com' };

describe('calendars', () => {
  it('runs the lifecycle of an external calendar, whose busy time blocks booking', async () => {
    const calendar = await slotkit.calendars.create({ hostId: seed.hostId, name: 'Dentist feed', url: feedUrl });
    expect(calendar).toMatchObject({ status: 'ok', busyCount: 1, url: expect.stringContaining('/…/basic.ics') });
    expect(calendar.url).not.toContain('secret-7f3a');
    await expect(slotkit.public(seed.slug).bookings.create({ eventType: 'intro-call', start: '2026-12-01T09:00:00Z', timezone: 'Europe/Berlin', attendee }))
      .rejects.toBeInstanceOf(SlotUnavailableError);

    expect((await slotkit.calendars.get(calendar.id)).name).toBe('Dentist feed');
    expect((await slotkit.calendars.update(calendar.id, { name: 'Dentist' })).name).toBe('Dentist');
    const second = await slotkit.calendars.create({ hostId: seed.hostId, name: 'Second', url: feedUrl });
    const page = await slotkit.calendars.list({ limit: 1 });
    expect(page.data).toHaveLength(1);
    const all = [];
    for await (const c of slotkit.calendars.listAll({ limit: 1 })) all.push(c.id);
    expect(all).toEqual([calendar.id, second.id]);

    broken = true;
    const failed = await slotkit.calendars.refresh(calendar.id);
    expect(failed).toMatchObject({ status: 'error', lastError: expect.stringContaining('HTTP 503'), busyCount: 1 });
    broken = false;
    expect((await slotkit.calendars.refresh(calendar.id)).status).toBe('ok');

    expect(await slotkit.calendars.delete(calendar.id)).toEqual({ result: 'deleted' });
    expect(await slotkit.calendars.delete(second.id)).toEqual({ result: 'deleted' });
    await expect(slotkit.calendars.get(calendar.id)).rejects.toBeInstanceOf(NotFoundError);
    const booked = await slotkit.public(seed.slug).bookings.create({ eventType: 'intro-call', start: '2026-12-01T09:00:00Z', timezone: 'Europe/Berlin', attendee });
    expect(booked.booking.status).toBe('confirmed');
  });

  it('maps a bad address to a ValidationError with the field', async () => {
    const error = await slotkit.calendars.create({ hostId: seed.hostId, name: 'Bad', url: 'ftp://example.com/x.ics' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors.map((e) => e.path)).toEqual(['url']);
  });
});

describe('host feeds', () => {
  it('gets and rotates a host\'s feed address; only the current one serves iCalendar', async () => {
    const { url } = await slotkit.hostFeeds.get(seed.hostId);
    const path = (u: string) => new URL(u).pathname;
    const first = await fetch(server.url + path(url));
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('UID:');
    const rotated = await slotkit.hostFeeds.rotate(seed.hostId);
    expect(rotated.url).not.toBe(url);
    expect((await fetch(server.url + path(url))).status).toBe(404);
    expect((await fetch(server.url + path(rotated.url))).status).toBe(200);
    const key = await slotkit.apiKeys.create({ name: 'viewer', role: 'viewer' });
    const viewer = new Slotkit({ baseUrl: server.url, apiKey: key.secret, maxRetries: 0 });
    await expect(viewer.hostFeeds.get(seed.hostId)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
