import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningWorker } from '../src/jobs/worker.ts';
import { startFakeResend, type FakeResend, type ReceivedEmail } from './fixtures/fake-resend.ts';
import { eventually, queueDrained, startTestWorker } from './fixtures/jobs.ts';
import { bookingBody, seedWorkspace, startTestServer, type TestServer } from './harness.ts';

/**
 * Emails with iTIP invites, through the real `resend` SDK against a local fake of Resend's
 * API, sent by a real job worker: what customers and hosts receive after each booking change.
 */
let server: TestServer;
let resend: FakeResend;
let worker: RunningWorker;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer({ env: { RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: resend.url, PUBLIC_URL: 'https://book.example.com' } });
  worker = await startTestWorker(server);
  ws = await seedWorkspace(server, { eventType: { location: { kind: 'video', value: 'https://meet.example.com/ada' } } });
});
afterAll(async () => {
  await worker.stop();
  await server.close();
  await resend.close();
});

const to = (email: ReceivedEmail) => (Array.isArray(email.to) ? email.to[0] : email.to);
const emailsFor = (recipient: string) => resend.emails.filter((e) => to(e) === recipient);

/** The invite attached to an email, parsed with ical.js. */
function invite(email: ReceivedEmail) {
  const attachment = email.attachments?.find((a) => a.filename === 'invite.ics');
  if (!attachment) return null;
  const text = Buffer.from(attachment.content, 'base64').toString('utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent('vevent')!;
  return {
    contentType: attachment.content_type,
    method: calendar.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: event.getFirstPropertyValue('sequence'),
    status: event.getFirstPropertyValue('status'),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    end: (event.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString(),
    organizer: event.getFirstPropertyValue('organizer'),
    attendees: event.getAllProperties('attendee').map((p) => ({ value: p.getFirstValue(), cn: p.getParameter('cn'), partstat: p.getParameter('partstat') })),
  };
}

async function book(start: string, overrides: Record<string, unknown> = {}) {
  const response = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody(start, overrides) });
  expect(response.status).toBe(201);
  return response.body as { booking: { uid: string }; manageToken: string; manageUrl: string };
}

describe('a booking through its life', () => {
  let created: Awaited<ReturnType<typeof book>>;

  it('sends the customer a confirmation with a REQUEST invite and the host a new-booking email', async () => {
    created = await book('2026-12-01T09:00:00Z', { attendee: { name: 'Grace, "Amazing" Hopper', email: 'grace@example.com' }, guests: ['bob@example.com'] });
    const [customer] = await eventually(() => emailsFor('grace@example.com').length === 1 && emailsFor('grace@example.com'), 15_000, 'the confirmation');
    const [host] = await eventually(() => emailsFor('ada@example.com').length === 1 && emailsFor('ada@example.com'));
    expect(customer!.subject).toBe('Confirmed: Intro call with Ada Lovelace on Dec 1, 2026, 10:00 AM GMT+1');
    expect(customer!.from).toBe(server.config.emailFrom);
    expect(customer!.text).toContain('Your booking is confirmed.');
    expect(customer!.text).toContain('https://meet.example.com/ada');
    expect(customer!.html).toContain('Reschedule or cancel');
    // The manage link in the email opens the booking with its token.
    const link = new URL(/https:\/\/book\.example\.com\/manage\/\S+/.exec(customer!.text)![0]);
    expect(link.pathname).toBe(`/manage/${created.booking.uid}`);
    expect(link.searchParams.get('token')).toBe(created.manageToken);
    const managed = await server.request('GET', `/v1/public/bookings/${created.booking.uid}?token=${encodeURIComponent(link.searchParams.get('token')!)}`);
    expect(managed.status).toBe(200);

    const ics = invite(customer!)!;
    expect(ics.contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
    expect(ics).toMatchObject({ method: 'REQUEST', uid: `${created.booking.uid}@slotkit`, sequence: 0, status: 'CONFIRMED', start: '2026-12-01T09:00:00.000Z', end: '2026-12-01T09:30:00.000Z' });
    expect(ics.organizer).toBe('mailto:ada@example.com');
    expect(ics.attendees).toEqual([
      { value: 'mailto:grace@example.com', cn: 'Grace, Amazing Hopper', partstat: 'ACCEPTED' },
      { value: 'mailto:bob@example.com', cn: undefined, partstat: 'NEEDS-ACTION' },
    ]);
    expect(host!.subject).toBe('New booking: Intro call with Grace, "Amazing" Hopper on Dec 1, 2026, 10:00 AM GMT+1');
    expect(host!.text).not.toContain('/manage/'); // a host email never carries the customer's manage link
    expect(invite(host!)?.method).toBe('REQUEST');
    // Each email went out once, with our message id as Resend's idempotency key.
    expect(new Set(resend.emails.map((e) => e.idempotencyKey)).size).toBe(resend.emails.length);
    expect(resend.emails.every((e) => e.idempotencyKey?.startsWith('slotkit-email-'))).toBe(true);
  });

  it('announces a reschedule with the same UID, a raised SEQUENCE and the new time', async () => {
    const moved = await server.request('POST', `/v1/public/bookings/${created.booking.uid}/reschedule`, {
      body: { start: '2026-12-02T13:00:00Z' }, headers: { 'x-manage-token': created.manageToken } });
    expect(moved.status).toBe(200);
    const emails = await eventually(() => emailsFor('grace@example.com').length === 2 && emailsFor('grace@example.com'));
    const email = emails[1]!;
    expect(email.subject).toBe('New time: Intro call with Ada Lovelace on Dec 2, 2026, 2:00 PM GMT+1');
    expect(email.text).toMatch(/Previously: Dec 1, 2026, 10:00 AM GMT\+1/);
    expect(invite(email)).toMatchObject({ method: 'REQUEST', uid: `${created.booking.uid}@slotkit`, sequence: 1, start: '2026-12-02T13:00:00.000Z' });
    const hostEmails = await eventually(() => emailsFor('ada@example.com').length === 2 && emailsFor('ada@example.com'));
    expect(hostEmails[1]!.subject).toBe('Moved: Intro call with Grace, "Amazing" Hopper to Dec 2, 2026, 2:00 PM GMT+1');
  });

  it('announces a cancellation with a CANCEL invite, the reason, and a higher SEQUENCE', async () => {
    const cancelled = await server.request('POST', `/v1/public/bookings/${created.booking.uid}/cancel`, {
      body: { reason: 'Something came up' }, headers: { 'x-manage-token': created.manageToken } });
    expect(cancelled.status).toBe(200);
    const emails = await eventually(() => emailsFor('grace@example.com').length === 3 && emailsFor('grace@example.com'));
    const email = emails[2]!;
    expect(email.subject).toMatch(/^Cancelled: Intro call/);
    expect(email.text).toContain('Reason: Something came up');
    const ics = invite(email)!;
    expect(ics.contentType).toBe('text/calendar; charset=utf-8; method=CANCEL');
    expect(ics).toMatchObject({ method: 'CANCEL', uid: `${created.booking.uid}@slotkit`, sequence: 2, status: 'CANCELLED' });
    const host = await eventually(() => emailsFor('ada@example.com').length === 3 && emailsFor('ada@example.com'));
    expect(invite(host[2]!)?.method).toBe('CANCEL');
  });
});

it('brands emails with the workspace name and accent colour', async () => {
  expect((await ws.admin('PATCH', '/v1/workspace', { name: 'Lovelace Analytics', branding: { accentColor: '#0a7d55' } })).status).toBe(200);
  await book('2026-12-08T09:00:00Z', { attendee: { name: 'Mary Somerville', email: 'mary@example.com' } });
  const [email] = await eventually(() => emailsFor('mary@example.com').length && emailsFor('mary@example.com'));
  expect(email!.html).toContain('border-top:4px solid #0a7d55');
  expect(email!.html).toContain('>Lovelace Analytics</p>');
  expect(email!.text).toContain('Sent by Lovelace Analytics with Slotkit.');
});

it('writes to the attendee in their language where we have the words, in their time zone', async () => {
  await book('2026-12-03T09:00:00Z', { attendee: { name: 'Lise Meitner', email: 'lise@example.com' }, locale: 'de-AT', timezone: 'America/New_York' });
  await book('2026-12-03T10:00:00Z', { attendee: { name: 'Santos Dumont', email: 'santos@example.com' }, locale: 'pt-BR' });
  const [de] = await eventually(() => emailsFor('lise@example.com').length && emailsFor('lise@example.com'));
  // 09:00Z is 04:00 in New York (GMT-5); German words, Austrian date format.
  expect(de!.subject).toBe('Bestätigt: Intro call mit Ada Lovelace am 3. Dez. 2026, 04:00 GMT-5');
  expect(de!.text).toContain('Ihre Buchung ist bestätigt.');
  const [pt] = await eventually(() => emailsFor('santos@example.com').length && emailsFor('santos@example.com'));
  // No Portuguese words yet: English, with a Brazilian-formatted date.
  expect(pt!.subject).toMatch(/^Confirmed: Intro call with Ada Lovelace on 3 de dez\. de 2026/);
});

it('a booking needing confirmation gets a pending notice, then a confirmation once approved', async () => {
  const other = await seedWorkspace(server, { eventType: { requiresConfirmation: true } });
  const response = await server.request('POST', `/v1/public/${other.slug}/bookings`, {
    body: bookingBody('2026-12-04T09:00:00Z', { attendee: { name: 'Emmy Noether', email: 'emmy@example.com' } }) });
  expect(response.status).toBe(201);
  const [pending] = await eventually(() => emailsFor('emmy@example.com').length === 1 && emailsFor('emmy@example.com'));
  expect(pending!.subject).toMatch(/^Requested: /);
  expect(invite(pending!)).toBeNull();
  const confirm = await other.admin('POST', `/v1/bookings/${response.body.booking.uid}/confirm`, {});
  expect(confirm.status).toBe(200);
  const emails = await eventually(() => emailsFor('emmy@example.com').length === 2 && emailsFor('emmy@example.com'));
  expect(emails[1]!.subject).toMatch(/^Confirmed: /);
  expect(invite(emails[1]!)).toMatchObject({ method: 'REQUEST', sequence: 1, status: 'CONFIRMED' });
  // The host heard of the request without an invite; the confirmed event now reaches their calendar.
  const hostEmails = await eventually(async () => {
    const list = await other.admin('GET', `/v1/outbox?booking=${response.body.booking.uid}`);
    return list.body.data.filter((m: { recipientRole: string }) => m.recipientRole === 'host').length === 2 && list.body.data;
  });
  // Both were made at the same (test clock) instant: compare them in a fixed order.
  expect(hostEmails.filter((m: { recipientRole: string }) => m.recipientRole === 'host').map((m: { kind: string; inviteMethod: string | null }) => [m.kind, m.inviteMethod]).sort())
    .toEqual([['host_booking_new', 'REQUEST'], ['host_booking_pending', null]]);
});

it('a refused booking sends nothing, and an idempotent replay sends nothing twice', async () => {
  await queueDrained(server);
  const before = resend.emails.length;
  const taken = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody('2026-12-03T09:00:00Z') });
  expect(taken.status).toBe(409);
  const headers = { 'idempotency-key': 'replay-1' };
  const body = bookingBody('2026-12-07T09:00:00Z', { attendee: { name: 'Alan Turing', email: 'alan@example.com' } });
  expect((await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body, headers })).status).toBe(201);
  expect((await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body, headers })).status).toBe(201);
  await queueDrained(server);
  expect(resend.emails.length - before).toBe(2); // alan's confirmation and the host's email, once each
  expect(emailsFor('alan@example.com')).toHaveLength(1);
});

it('keeps every email in the outbox, with its bodies and invite, for admins', async () => {
  await queueDrained(server);
  const list = await ws.admin('GET', '/v1/outbox?limit=100');
  expect(list.status).toBe(200);
  const confirmation = list.body.data.find((m: { recipient: string; kind: string }) => m.recipient === 'alan@example.com');
  expect(confirmation).toMatchObject({ kind: 'booking_confirmed', status: 'sent', provider: 'resend', recipientRole: 'customer', inviteMethod: 'REQUEST' });
  const one = await ws.admin('GET', `/v1/outbox/${confirmation.id}`);
  expect(one.body.html).toContain('<!doctype html>');
  expect(one.body.text).toContain('Your booking is confirmed.');
  expect(one.body.ics).toContain('METHOD:REQUEST');
  const other = await seedWorkspace(server);
  expect((await other.admin('GET', `/v1/outbox/${confirmation.id}`)).status).toBe(404);
});
