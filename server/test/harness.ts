import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig, type Config } from '../src/config.ts';
import { openOrm } from '../src/db/database.ts';
import { createApp } from '../src/http/app.ts';
import { createLogger } from '../src/logger.ts';
import { createWorkspace } from '../src/services/workspaces.ts';

const TEMPLATE_DB = 'slotkit_template';

/** A controllable clock: tests move time explicitly. */
export class TestClock {
  #now: number;
  constructor(start: string | number) {
    this.#now = typeof start === 'string' ? Date.parse(start) : start;
  }
  now = (): Date => new Date(this.#now);
  set(at: string): void { this.#now = Date.parse(at); }
  advance(ms: number): void { this.#now += ms; }
}

/** A fresh copy of the migrated template database; returns its URL. */
export async function cloneDatabase(): Promise<string> {
  const base = inject('pgUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(`create database ${name} template ${TEMPLATE_DB}`);
  } finally {
    await client.end();
  }
  return base.replace(/\/[^/]*$/, `/${name}`);
}

/** What a test server gives a test. */
export interface TestServer {
  url: string;
  dbUrl: string;
  orm: MikroORM;
  clock: TestClock;
  config: Config;
  /** JSON request helper: returns status, headers and parsed body. */
  request: (method: string, path: string, options?: { body?: unknown; headers?: Record<string, string>; raw?: string }) => Promise<{ status: number; headers: Headers; body: any; text: string }>;
  close: () => Promise<void>;
}

/** Starts the real app on a cloned database, on a loopback port. */
export async function startTestServer(options: { now?: string; env?: Record<string, string>; dbUrl?: string } = {}): Promise<TestServer> {
  const dbUrl = options.dbUrl ?? await cloneDatabase();
  const orm = await openOrm(dbUrl, 30);
  const clock = new TestClock(options.now ?? '2026-11-30T06:00:00Z');
  const config = loadConfig({ LOG_LEVEL: 'silent', SLOTKIT_BOOKING_RATE_LIMIT: '100000', ...options.env });
  const app = createApp({ orm, config, logger: createLogger('silent'), clock: clock.now });
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const request: TestServer['request'] = async (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    let body: string | undefined = opts.raw;
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(url + path, { method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await response.text();
    let parsed: unknown = undefined;
    try { parsed = text ? JSON.parse(text) : undefined; } catch { parsed = undefined; }
    return { status: response.status, headers: response.headers, body: parsed, text };
  };
  return {
    url, dbUrl, orm, clock, config, request,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await orm.close(true);
    },
  };
}

/** A workspace with an owner key, one host on a Mon–Fri 09:00–17:00 schedule, made through the API. */
export async function seedWorkspace(server: TestServer, options: { slug?: string; timezone?: string; eventType?: Record<string, unknown> } = {}) {
  const slug = options.slug ?? `ws-${randomBytes(3).toString('hex')}`;
  const { apiKey } = await createWorkspace(server.orm.em.fork(), { slug, name: `Workspace ${slug}`, ownerEmail: `owner@${slug}.test` });
  const auth = { authorization: `Bearer ${apiKey}` };
  const admin = (method: string, path: string, body?: unknown) => server.request(method, path, { headers: auth, ...(body !== undefined ? { body } : {}) });
  const timezone = options.timezone ?? 'Europe/Berlin';
  const schedule = await admin('POST', '/v1/schedules', {
    name: 'Office hours', timezone,
    weekly: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, start: '09:00', end: '17:00' })),
  });
  const host = await admin('POST', '/v1/hosts', { name: 'Ada Lovelace', email: 'ada@example.com', timezone, scheduleId: schedule.body.id });
  const eventType = await admin('POST', '/v1/event-types', { slug: 'intro-call', title: 'Intro call', durations: [30], hostIds: [host.body.id], ...options.eventType });
  if (eventType.status !== 201) throw new Error(`seed failed: ${eventType.text}`);
  return { slug, apiKey, auth, admin, scheduleId: schedule.body.id as string, hostId: host.body.id as string, eventTypeId: eventType.body.id as string };
}

/** A valid public booking body for `start`. */
export function bookingBody(start: string, overrides: Record<string, unknown> = {}) {
  return { eventType: 'intro-call', start, timezone: 'Europe/Berlin', attendee: { name: 'Grace Hopper', email: 'grace@example.com' }, ...overrides };
}
