/**
 * Engine benchmark: `node packages/core/bench/engine.bench.ts`. Deterministic data (seeded
 * PRNG), warm-up, then median and p95 of many runs per case. Case A0 has no busy time (pure
 * slot generation); A and B are the 1x / 10x busy cases (so busy that few slots survive);
 * C repeats A with a cold zone cache by moving the queried month every run.
 */

import { computeSlots, addDays, zonedWallTimeToUtc } from '../src/index.ts';
import type { Interval, SlotQuery, Weekday } from '../src/index.ts';

const ZONE = 'Europe/Berlin';
const FROM = '2026-03-01';
const DAYS = 31;
const MINUTE = 60_000;

/** Mulberry32: tiny seeded PRNG so every run benchmarks identical data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function buildQuery(from: string, bookings: number, external: number, seed: number): SlotQuery {
  const random = prng(seed);
  const rangeStart = zonedWallTimeToUtc(from, '00:00', ZONE);
  const rangeEnd = zonedWallTimeToUtc(addDays(from, DAYS), '00:00', ZONE);
  const busy: Interval[] = [];
  const bookedStarts: number[] = [];
  for (let i = 0; i < bookings; i++) {
    // Bookings sit on the 15-minute grid inside working hours of a random day.
    const date = addDays(from, Math.floor(random() * DAYS));
    const start = zonedWallTimeToUtc(date, '09:00', ZONE) + Math.floor(random() * 30) * 15 * MINUTE;
    busy.push({ start, end: start + 30 * MINUTE });
    bookedStarts.push(start);
  }
  for (let i = 0; i < external; i++) {
    const start = rangeStart + Math.floor(random() * ((rangeEnd - rangeStart) / MINUTE)) * MINUTE;
    busy.push({ start, end: start + (15 + Math.floor(random() * 8) * 15) * MINUTE });
  }
  const weekdays: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
  return {
    availability: {
      timezone: ZONE,
      weekly: weekdays.map((day) => ({ day, start: '09:00', end: '17:00' })),
      overrides: [],
      blackouts: [],
    },
    from,
    to: addDays(from, DAYS - 1),
    timezone: ZONE,
    now: rangeStart - 86_400_000,
    duration: 30,
    step: 15,
    bufferBefore: 5,
    bufferAfter: 10,
    minNotice: 120,
    maxAdvanceDays: 60,
    seats: 1,
    busy,
    sharedSlots: [],
    maxPerDay: 40,
    bookedStarts,
  };
}

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}

function run(name: string, queries: SlotQuery[], warmup: number, runs: number): { median: number; p95: number } {
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += computeSlots(queries[i % queries.length]!).length;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const query = queries[i % queries.length]!;
    const t0 = performance.now();
    const days = computeSlots(query);
    samples.push(performance.now() - t0);
    sink += days.length;
  }
  const result = stats(samples);
  const slotCount = computeSlots(queries[0]!).reduce((n, d) => n + d.slots.length, 0);
  console.log(
    `${name}: median ${result.median.toFixed(3)} ms, p95 ${result.p95.toFixed(3)} ms ` +
      `(${runs} runs, ${queries[0]!.busy.length} busy intervals, ${slotCount} slots offered${sink < 0 ? '' : ''})`,
  );
  return result;
}

run('A0 1 host, 31 days, no busy time (slot generation only)', [buildQuery(FROM, 0, 0, 1)], 300, 2_000);
const a = run('A  1 host, 31 days, 500 bookings + 1,000 busy', [buildQuery(FROM, 500, 1_000, 1)], 300, 2_000);
const b = run('B  1 host, 31 days, 5,000 bookings + 10,000 busy', [buildQuery(FROM, 5_000, 10_000, 2)], 50, 300);
console.log(`B/A median ratio: ${(b.median / a.median).toFixed(2)}x for 10x busy time`);
// A fresh month each run (1,000 months apart from the warm-up) defeats the zone offset cache.
const coldQueries = Array.from({ length: 400 }, (_, i) => buildQuery(addDays('1990-01-01', i * 31), 500, 1_000, 3 + i));
run('C  case A with a cold zone cache (new month each run)', coldQueries, 0, 400);
