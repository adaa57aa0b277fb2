// Measures the booking API on this machine against a real (embedded) PostgreSQL:
//   1. slots for a 31-day range at 50 connections, beside a bare Koa route (same run);
//   2. 500 concurrent bookings racing for one slot;
//   3. bookings per second on distinct slots.
// Run: pnpm bench:api
import { rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { ensureDatabase, migrate, openOrm } from '../src/db/database.ts';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import { createWorkspace } from '../src/services/workspaces.ts';

const NOW = new Date('2026-11-30T06:00:00Z');
const dataDir = resolve(import.meta.dirname, '../../.test-data/bench-api');
rmSync(dataDir, { recursive: true, force: true });
const pg = await startEmbeddedPostgres(dataDir, { durable: false });
await ensureDatabase(pg.url(), 'bench');
const orm = await openOrm(pg.url('bench'), 2);
await migrate(orm);

// The servers run in a child process; this one only generates load.
const child = spawn(process.execPath, [resolve(import.meta.dirname, 'bench-servers.ts')], {
  env: { ...process.env, DATABASE_URL: pg.url('bench'), BENCH_NOW: NOW.toISOString() }, stdio: ['ignore', 'pipe', 'inherit'],
});
const ports = await new Promise<{ port: number; barePort: number }>((resolvePorts) => {
  createInterface({ input: child.stdout! }).once('line', (line) => resolvePorts(JSON.parse(line)));
});
const base = `http://127.0.0.1:${ports.port}`;
const bareUrl = `http://127.0.0.1:${ports.barePort}/`;

const { apiKey } = await createWorkspace(orm.em.fork(), { slug: 'bench', name: 'Bench', ownerEmail: 'o@bench.test' });
const admin = async (path: string, body: unknown) => {
  const res = await fetch(base + path, { method: 'POST', headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<{ id: string }>;
};
const weekly = ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, start: '09:00', end: '17:00' }));
const schedule = await admin('/v1/schedules', { name: 'Hours', timezone: 'Europe/Berlin', weekly });
const hosts = [];
for (let i = 0; i < 8; i++) hosts.push(await admin('/v1/hosts', { name: `Host ${i}`, timezone: 'Europe/Berlin', scheduleId: schedule.id }));
await admin('/v1/event-types', { slug: 'call', title: 'Call', durations: [30], slotStep: 15, hostIds: [hosts[0]!.id], maxAdvanceDays: 365 });
await admin('/v1/event-types', { slug: 'race', title: 'Race', durations: [30], hostIds: [hosts[1]!.id], maxAdvanceDays: 365 });
await admin('/v1/event-types', { slug: 'spread', title: 'Spread', durations: [30], hostIds: hosts.slice(2).map((h) => h.id), maxAdvanceDays: 365 });

// Some existing bookings so the slot query has busy time to subtract.
const book = (eventType: string, start: string) => fetch(`${base}/v1/public/bench/bookings`, {
  method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ eventType, start, timezone: 'Europe/Berlin', attendee: { name: 'Bench', email: 'b@bench.test' } }),
});
for (let d = 1; d <= 20; d++) await book('call', `2026-12-${String(d).padStart(2, '0')}T10:00:00Z`);

function run(url: string, connections: number, duration: number) {
  return new Promise<autocannon.Result>((resolveRun, reject) => {
    autocannon({ url, connections, duration, pipelining: 1 }, (error, result) => (error ? reject(error) : resolveRun(result)));
  });
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

console.log('Slotkit API benchmark (embedded PostgreSQL 18, loopback, this machine)\n');

const slotsUrl = `${base}/v1/public/bench/event-types/call/slots?from=2026-12-01&to=2026-12-31&timezone=Europe/Berlin`;
await run(slotsUrl, 10, 2); // warm-up
const slots = await run(slotsUrl, 50, 10);
await run(bareUrl, 10, 1);
const bareResult = await run(bareUrl, 50, 10);
console.log('1. Slots, 31-day range, 50 connections, 10 s');
console.log(`   slots:     ${slots.requests.average.toFixed(0)} req/s  p50 ${slots.latency.p50} ms  p99 ${slots.latency.p99} ms  (errors ${slots.errors + slots.non2xx})`);
console.log(`   bare Koa:  ${bareResult.requests.average.toFixed(0)} req/s  p50 ${bareResult.latency.p50} ms  p99 ${bareResult.latency.p99} ms`);
console.log(`   ratio:     slots at ${((slots.requests.average / bareResult.requests.average) * 100).toFixed(1)}% of a bare Koa route\n`);

const raceStart = '2026-12-02T09:00:00Z';
const raceLatencies: number[] = [];
const statuses = await Promise.all(Array.from({ length: 500 }, async () => {
  const t = performance.now();
  const res = await book('race', raceStart);
  await res.arrayBuffer();
  raceLatencies.push(performance.now() - t);
  return res.status;
}));
const count = (s: number) => statuses.filter((x) => x === s).length;
console.log('2. 500 concurrent bookings of one slot');
console.log(`   201: ${count(201)}  409: ${count(409)}  other: ${statuses.length - count(201) - count(409)}  p50 ${percentile(raceLatencies, 50).toFixed(0)} ms  p99 ${percentile(raceLatencies, 99).toFixed(0)} ms\n`);

// Distinct slots: 6 hosts x 16 half-hours x 30 weekdays, booked 20 at a time.
const starts: string[] = [];
for (let day = 0; starts.length < 2000 && day < 120; day++) {
  const date = new Date(Date.UTC(2026, 11, 1 + day));
  if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
  for (let m = 0; m < 16 * 30; m += 30) starts.push(new Date(date.getTime() + 8 * 3600_000 + m * 60_000).toISOString());
}
const jobs = starts.flatMap((start) => Array.from({ length: 6 }, () => start)).slice(0, 3000);
let next = 0;
let ok = 0;
const t0 = performance.now();
await Promise.all(Array.from({ length: 20 }, async () => {
  while (next < jobs.length) {
    const res = await book('spread', jobs[next++]!);
    await res.arrayBuffer();
    if (res.status === 201) ok++;
  }
}));
const seconds = (performance.now() - t0) / 1000;
console.log('3. Bookings on distinct slots (6 hosts, 20 concurrent clients)');
console.log(`   ${ok} of ${jobs.length} booked in ${seconds.toFixed(1)} s: ${(ok / seconds).toFixed(0)} bookings/s`);

child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
await orm.close(true);
await pg.stop();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
