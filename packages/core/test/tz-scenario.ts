/**
 * Fixed engine scenario printed as JSON, run by tz-independence.test.ts under several process
 * `TZ` values. Covers host/viewer zone pairs across DST changes, 24:00 ends, overrides,
 * blackouts, busy time, buffers, shared slots and the daily cap.
 */

import { computeSlots, mergeHostSlots, startOfLocalDay, localDateOf, localTimeOf, zonedWallTimeToUtc } from '../src/index.ts';
import type { SlotQuery, Weekday } from '../src/index.ts';

const DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const M = 60_000;

function scenario(hostZone: string, viewerZone: string, from: string, to: string): SlotQuery {
  const anchor = zonedWallTimeToUtc(from, '00:00', hostZone);
  return {
    availability: {
      timezone: hostZone,
      weekly: [
        ...DAYS.slice(0, 5).map((day) => ({ day, start: '09:00', end: '17:00' })),
        { day: 'sat', start: '22:00', end: '24:00' },
        { day: 'sun', start: '00:00', end: '04:00' },
      ],
      overrides: [{ date: from, intervals: [{ start: '01:00', end: '03:30' }] }],
      blackouts: [{ start: anchor + 3 * 86_400_000 + 10 * 3_600_000, end: anchor + 3 * 86_400_000 + 13 * 3_600_000 }],
    },
    from,
    to,
    timezone: viewerZone,
    now: anchor - 86_400_000,
    duration: 45,
    step: 15,
    bufferBefore: 10,
    bufferAfter: 5,
    minNotice: 60,
    maxAdvanceDays: 30,
    seats: 3,
    busy: Array.from({ length: 40 }, (_, i) => ({ start: anchor + i * 7_919 * M, end: anchor + i * 7_919 * M + 50 * M })),
    sharedSlots: [{ start: zonedWallTimeToUtc(from, '02:00', hostZone), end: zonedWallTimeToUtc(from, '02:45', hostZone), seatsTaken: 1 }],
    maxPerDay: 20,
    bookedStarts: [anchor + 36 * 3_600_000],
  };
}

const cases: [string, string, string, string][] = [
  ['America/New_York', 'America/New_York', '2026-03-05', '2026-03-12'],
  ['America/New_York', 'Asia/Kathmandu', '2026-10-29', '2026-11-04'],
  ['Europe/Berlin', 'Pacific/Chatham', '2026-03-26', '2026-04-06'],
  ['Australia/Lord_Howe', 'UTC', '2026-04-02', '2026-04-08'],
  ['Australia/Lord_Howe', 'America/Santiago', '2026-10-01', '2026-10-07'],
  ['Pacific/Chatham', 'Europe/Berlin', '2026-09-24', '2026-09-30'],
  ['America/Santiago', 'Asia/Kolkata', '2026-09-03', '2026-09-09'],
  ['Asia/Kathmandu', 'America/Sao_Paulo', '2026-06-01', '2026-06-07'],
];

const results = cases.map(([host, viewer, from, to]) => computeSlots(scenario(host, viewer, from, to)));
const output = {
  processZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  results,
  merged: mergeHostSlots(results.slice(0, 2).map((days, i) => ({ hostId: `h${i}`, days }))),
  zone: {
    starts: ['2026-09-06', '2026-03-08', '2026-11-01'].map((d) => startOfLocalDay(d, 'America/Santiago')),
    wall: [1_772_953_200_000, 1_793_512_800_000].map((t) => [localDateOf(t, 'America/New_York'), localTimeOf(t, 'Pacific/Chatham')]),
  },
};
process.stdout.write(JSON.stringify(output));
