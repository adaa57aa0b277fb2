// Measures the booking analytics on this machine against a real (embedded) PostgreSQL:
// 100,000 bookings of one workspace over a year (plus 100,000 of another workspace, so the
// queries must find the workspace's rows among others), then the analytics of a year by week
// and by month, of a month by day, and of a year for one host: median and p95 of 20 runs.
// On a busy machine wall times mostly measure the wait for a core, so it also prints the CPU
// time PostgreSQL spent per request (its backends' user + system time, from /proc on Linux).
// Run: pnpm bench:analytics
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ensureDatabase, migrate, openOrm } from '../src/db/database.ts';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import { eventTypeInput } from '../src/http/schemas/event-type.ts';
import { bookingAnalytics, type AnalyticsRequest } from '../src/services/analytics/booking-analytics.ts';
import { createEventType } from '../src/services/event-types.ts';
import { createHost } from '../src/services/hosts.ts';
import { createWorkspace } from '../src/services/workspaces.ts';

const BOOKINGS = 100_000;
const RUNS = 20;
const TARGET_MS = 300;
const dataDir = resolve(import.meta.dirname, '../../.test-data/bench-analytics');
rmSync(dataDir, { recursive: true, force: true });
const pg = await startEmbeddedPostgres(dataDir, { durable: false });
await ensureDatabase(pg.url(), 'bench');
const orm = await openOrm(pg.url('bench'), 4);
await migrate(orm);

/** A workspace with 8 hosts (two zones) and 4 event types, and `count` bookings over 2026. */
async function seedWorkspace(em: EntityManager, slug: string, count: number) {
  const { workspace } = await createWorkspace(em, { slug, name: slug, ownerEmail: `owner@${slug}.test`, timezone: 'Europe/Berlin' });
  const hosts = [];
  for (let i = 0; i < 8; i++) {
    hosts.push(await createHost(em, workspace.id, { name: `Host ${i}`, timezone: i < 6 ? 'Europe/Berlin' : 'America/New_York', email: null, scheduleId: null }));
  }
  const types = [];
  for (const [i, [title, duration]] of ([['Intro call', 30], ['Deep dive', 60], ['Workshop', 90], ['Follow-up', 15]] as const).entries()) {
    types.push(await createEventType(em, workspace.id, eventTypeInput.parse({
      slug: title.toLowerCase().replace(/\W+/g, '-'), title, durations: [duration], hostIds: hosts.slice(i % 2, i % 2 + 6).map((h) => h.id),
    })));
  }
  // One statement: each row's traits come from hashes of its number, so every run seeds the same data.
  // Starts: weekdays-ish 08:00-17:30 UTC on half hours; hosts and types skewed (some busier);
  // statuses ~ 55% confirmed, 20% completed, 12% cancelled, 5% no-show, 5% pending confirmation,
  // 3% pending payment; lead times from minutes to ~30 days, mostly short.
  await em.execute(
    `with n as (
       select i, abs(hashtext('d' || i)) % 365 as day, abs(hashtext('t' || i)) % 20 as half_hour,
              abs(hashtext('s' || i)) % 100 as s, abs(hashtext('h' || i)) % 36 as h, abs(hashtext('e' || i)) % 10 as e,
              (abs(hashtext('l' || i)) % 1000) / 1000.0 as l
         from generate_series(1, ?::int) as i
     ), hosts as (select ?::uuid[] as ids), types as (select ?::uuid[] as ids), rows as (
       select n.*, timestamptz '2026-01-01 08:00Z' + make_interval(days => n.day::int, mins => (n.half_hour * 30)::int) as start_at,
              (select ids[1 + least(7, floor(sqrt(n.h * 1.8))::int)] from hosts) as host_id,
              (select ids[case when n.e < 5 then 1 when n.e < 8 then 2 when n.e < 9 then 3 else 4 end] from types) as event_type_id
         from n
     )
     insert into booking (id, uid, workspace_id, event_type_id, host_id, status, start_at, end_at, timezone, locale, attendee_name, attendee_email,
                          seats, guests, answers, metadata, location, manage_token_hash, sequence, created_at, updated_at)
     select gen_random_uuid(), ? || lpad(i::text, 20, '0'), ?, event_type_id, host_id,
            case when s < 55 then 'confirmed' when s < 75 then 'completed' when s < 87 then 'cancelled' when s < 92 then 'no_show'
                 when s < 97 then 'pending_confirmation' else 'pending_payment' end,
            start_at, start_at + interval '30 minutes', 'Europe/Berlin', null, 'Bench ' || i, 'b' || i || '@bench.test',
            1, '[]', '{}', '{}', '{"kind":"video"}', md5(i::text) || md5(i::text), 0,
            start_at - make_interval(mins => (5 + power(l, 3) * 43200)::int), start_at - make_interval(mins => (5 + power(l, 3) * 43200)::int)
       from rows`,
    [count, `{${hosts.map((h) => h.id).join(',')}}`, `{${types.map((t) => t.id).join(',')}}`, `bk_${slug.slice(0, 6)}`, workspace.id],
  );
  return { workspace, hosts, types };
}

const t0 = performance.now();
const measured = await seedWorkspace(orm.em.fork(), 'bench', BOOKINGS);
await seedWorkspace(orm.em.fork(), 'other', BOOKINGS);
await orm.em.fork().execute('vacuum analyze booking');
console.log(`Slotkit analytics benchmark (embedded PostgreSQL 18, this machine)`);
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} cores`);
console.log(`seeded ${BOOKINGS.toLocaleString('en')} bookings in the measured workspace (+ ${BOOKINGS.toLocaleString('en')} in another) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);

/** CPU milliseconds the database's client backends have used so far (null where /proc is missing). */
async function backendCpuMs(): Promise<number | null> {
  const rows = await orm.em.fork().execute<{ pid: number }[]>(`select pid from pg_stat_activity where datname = 'bench' and backend_type = 'client backend'`);
  let ticks = 0;
  for (const { pid } of rows) {
    const file = `/proc/${pid}/stat`;
    if (!existsSync(file)) return null;
    // Fields after the parenthesised command: utime and stime are the 12th and 13th.
    const fields = readFileSync(file, 'utf8').split(') ')[1]!.split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

const cases: [string, AnalyticsRequest][] = [
  ['year by week', { from: '2026-01-01', to: '2026-12-31', groupBy: 'week' }],
  ['year by month', { from: '2026-01-01', to: '2026-12-31', groupBy: 'month' }],
  ['month by day', { from: '2026-06-01', to: '2026-06-30', groupBy: 'day' }],
  ['year by week, one host', { from: '2026-01-01', to: '2026-12-31', groupBy: 'week', host: measured.hosts[0]!.id }],
  ['year by week, staff of 2 hosts', { from: '2026-01-01', to: '2026-12-31', groupBy: 'week' }],
];
let slowest = 0;
for (const [name, request] of cases) {
  const hostIds = name.startsWith('year by week, staff') ? measured.hosts.slice(2, 4).map((h) => h.id) : null;
  const times: number[] = [];
  let bookings = 0;
  let cpuBefore: number | null = null;
  for (let run = 0; run < RUNS + 2; run++) {
    if (run === 2) cpuBefore = await backendCpuMs(); // the first two runs warm the caches
    const start = performance.now();
    const result = await bookingAnalytics(orm.em.fork(), measured.workspace.id, request, hostIds);
    if (run >= 2) times.push(performance.now() - start);
    bookings = result.totals.bookings;
  }
  const cpuAfter = await backendCpuMs();
  const cpu = cpuBefore === null || cpuAfter === null ? 'n/a' : `${((cpuAfter - cpuBefore) / RUNS).toFixed(0)} ms`;
  const p95 = percentile(times, 95);
  slowest = Math.max(slowest, p95);
  console.log(`${name.padEnd(32)} ${String(bookings).padStart(6)} bookings  median ${percentile(times, 50).toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms  database CPU ${cpu}/request`);
}
console.log(`\nslowest p95 ${slowest.toFixed(1)} ms (target: under ${TARGET_MS} ms) ${slowest < TARGET_MS ? 'OK' : 'OVER TARGET'}`);

await orm.close(true);
await pg.stop();
rmSync(dataDir, { recursive: true, force: true });
process.exit(slowest < TARGET_MS ? 0 : 1);
