import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingBody, seedWorkspace, startTestServer, type TestServer } from './harness.ts';

// Hosts and event types still referenced by bookings are archived on delete, listed with
// ?archived=true, and restored by an admin; a restored event type must not clash on its slug.
let server: TestServer;
beforeAll(async () => { server = await startTestServer({ now: '2026-11-30T06:00:00Z' }); });
afterAll(() => server.close());

async function workspaceWithBooking() {
  const ws = await seedWorkspace(server);
  const booked = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody('2026-12-01T09:00:00Z') });
  expect(booked.status, booked.text).toBe(201);
  return ws;
}

const ids = (res: { body: { data: { id: string }[] } }) => res.body.data.map((x) => x.id);

describe('archive and restore', () => {
  it('lists archived hosts apart from live ones and restores them', async () => {
    const ws = await workspaceWithBooking();
    const spare = await ws.admin('POST', '/v1/hosts', { name: 'Spare', timezone: 'UTC' });
    expect((await ws.admin('DELETE', `/v1/hosts/${ws.hostId}`)).body).toEqual({ result: 'archived' });
    expect(ids(await ws.admin('GET', '/v1/hosts'))).toEqual([spare.body.id]);
    expect(ids(await ws.admin('GET', '/v1/hosts?archived=false'))).toEqual([spare.body.id]);
    const archived = await ws.admin('GET', '/v1/hosts?archived=true');
    expect(archived.body).toEqual({ data: [expect.objectContaining({ id: ws.hostId, name: 'Ada Lovelace', archived: true })], nextCursor: null });

    const restored = await ws.admin('POST', `/v1/hosts/${ws.hostId}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ id: ws.hostId, name: 'Ada Lovelace', archived: false });
    expect(ids(await ws.admin('GET', '/v1/hosts?archived=true'))).toEqual([]);
    expect(ids(await ws.admin('GET', '/v1/hosts')).sort()).toEqual([ws.hostId, spare.body.id].sort());
    // Restored, the host offers slots again.
    const slots = await server.request('GET', `/v1/public/${ws.slug}/event-types/intro-call/slots?from=2026-12-02&to=2026-12-02&timezone=UTC`);
    expect(slots.body.days[0].slots.length).toBeGreaterThan(0);
  });

  it('restores an archived event type, unless a live one took its slug (409 slug_taken)', async () => {
    const ws = await workspaceWithBooking();
    expect((await ws.admin('DELETE', `/v1/event-types/${ws.eventTypeId}`)).body).toEqual({ result: 'archived' });
    expect(ids(await ws.admin('GET', '/v1/event-types'))).toEqual([]);
    expect(ids(await ws.admin('GET', '/v1/event-types?archived=true'))).toEqual([ws.eventTypeId]);
    const reused = await ws.admin('POST', '/v1/event-types', { slug: 'intro-call', title: 'New intro', hostIds: [ws.hostId] });
    expect(reused.status).toBe(201);

    const clash = await ws.admin('POST', `/v1/event-types/${ws.eventTypeId}/restore`);
    expect(clash.status).toBe(409);
    expect(clash.headers.get('content-type')).toContain('application/problem+json');
    expect(clash.body).toMatchObject({ code: 'slug_taken', detail: 'A live event type now uses the slug "intro-call"; rename one of them first.' });
    expect((await ws.admin('GET', `/v1/event-types/${ws.eventTypeId}`)).body.archived).toBe(true);

    // Archiving the new one frees the slug again: the old one comes back as it was.
    await ws.admin('DELETE', `/v1/event-types/${reused.body.id}`);
    const restored = await ws.admin('POST', `/v1/event-types/${ws.eventTypeId}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ id: ws.eventTypeId, slug: 'intro-call', title: 'Intro call', archived: false });
    expect((await server.request('GET', `/v1/public/${ws.slug}/event-types/intro-call`)).body.title).toBe('Intro call');
  });

  it('needs an admin to restore, answers 404 for unknown ids and 422 for a bad filter', async () => {
    const ws = await workspaceWithBooking();
    await ws.admin('DELETE', `/v1/hosts/${ws.hostId}`);
    const staff = await ws.admin('POST', '/v1/api-keys', { name: 'Staff', role: 'staff' });
    const asStaff = await server.request('POST', `/v1/hosts/${ws.hostId}/restore`, { headers: { authorization: `Bearer ${staff.body.secret}` } });
    expect(asStaff.status).toBe(403);
    const viewer = await ws.admin('POST', '/v1/api-keys', { name: 'Viewer', role: 'viewer' });
    const listed = await server.request('GET', '/v1/hosts?archived=true', { headers: { authorization: `Bearer ${viewer.body.secret}` } });
    expect(ids(listed)).toEqual([ws.hostId]);
    expect((await ws.admin('POST', '/v1/hosts/00000000-0000-4000-8000-000000000000/restore')).status).toBe(404);
    expect((await ws.admin('POST', '/v1/event-types/00000000-0000-4000-8000-000000000000/restore')).status).toBe(404);
    const bad = await ws.admin('GET', '/v1/event-types?archived=yes');
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['archived']);
  });
});
