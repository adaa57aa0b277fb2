import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeSlots } from './compute-slots.ts';
import type { SlotQuery, Weekday } from './types.ts';
import { NEUTRAL_POLICIES } from '../test/neutral-policies.ts';

/*
 * Property tests of computeSlots against an independent oracle. The oracle knows nothing of
 * the engine's zone module: it reads wall clocks straight from Intl.formatToParts and defines
 * "local date D at wall time W" as the earliest instant whose wall clock reads >= W (which is
 * the documented policy: gaps resolve to their end, overlaps to the earlier instant). Every
 * generated working-hour boundary and every zone transition here lies on a 15-minute UTC grid,
 * so working time is a set of whole 15-minute cells.
 */

const M = 60_000;
const CELL = 15 * M;
const DAY = 86_400_000;
const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/Berlin',
  'America/Sao_Paulo',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/Santiago',
];
const TRANSITION_DATES = ['2026-03-08', '2026-11-01', '2026-03-29', '2026-10-25', '2026-04-05', '2026-10-04', '2026-09-27', '2026-09-06'];
/** DST change dates per zone (zones without DST get arbitrary dates) so ranges span real changes. */
const ZONE_TRANSITIONS: Record<string, string[]> = {
  'America/New_York': ['2026-03-08', '2026-11-01'],
  'Europe/Berlin': ['2026-03-29', '2026-10-25'],
  'Australia/Sydney': ['2026-04-05', '2026-10-04'],
  'Australia/Lord_Howe': ['2026-04-05', '2026-10-04'],
  'Pacific/Chatham': ['2026-04-05', '2026-09-27'],
  'America/Santiago': ['2026-04-05', '2026-09-06'],
};
const WEEKDAYS: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const formatters = new Map<string, Intl.DateTimeFormat>();
const wallCache = new Map<string, number>();

/** Wall clock of `instant` in `zone` as a UTC-epoch number, from Intl.formatToParts. */
function oracleWall(instant: number, zone: string): number {
  const key = `${zone}|${instant}`;
  const cached = wallCache.get(key);
  if (cached !== undefined) return cached;
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  const p: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) p[part.type] = Number(part.value);
  const wall = Date.UTC(p['year']!, p['month']! - 1, p['day']!, p['hour']!, p['minute']!, p['second']!);
  wallCache.set(key, wall);
  return wall;
}

const oracleDate = (instant: number, zone: string): string => new Date(oracleWall(instant, zone)).toISOString().slice(0, 10);
const dateToUtcMidnight = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const shiftDate = (date: string, days: number): string => new Date(dateToUtcMidnight(date) + days * DAY).toISOString().slice(0, 10);
const toWall = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Earliest 15-minute grid instant whose wall clock in `zone` reads at least `wall`. */
function oracleInstant(wall: number, zone: string): number {
  for (let x = wall - 15 * 3_600_000; x <= wall + 15 * 3_600_000; x += CELL) {
    if (oracleWall(x, zone) >= wall) return x;
  }
  throw new Error('oracle scan window too small');
}

/** Working 15-minute cells (index = instant / CELL) of the host around the query range. */
function oracleWorkingCells(query: SlotQuery, fromDate: string, toDate: string): Set<number> {
  const { availability } = query;
  const cells = new Set<number>();
  for (let date = fromDate; date <= toDate; date = shiftDate(date, 1)) {
    const overrides = availability.overrides.filter((o) => o.date === date);
    const weekday = WEEKDAYS[new Date(dateToUtcMidnight(date)).getUTCDay()]!;
    const intervals = overrides.length > 0 ? overrides.flatMap((o) => o.intervals) : availability.weekly.filter((r) => r.day === weekday);
    for (const interval of intervals) {
      const [sh, sm] = interval.start.split(':').map(Number) as [number, number];
      const [eh, em] = interval.end.split(':').map(Number) as [number, number];
      if (eh * 60 + em <= sh * 60 + sm) continue;
      const start = oracleInstant(dateToUtcMidnight(date) + (sh * 60 + sm) * M, availability.timezone);
      const end = oracleInstant(dateToUtcMidnight(date) + (eh * 60 + em) * M, availability.timezone);
      for (let x = start; x < end; x += CELL) cells.add(x / CELL);
    }
  }
  for (const blackout of availability.blackouts) {
    for (let x = blackout.start; x < blackout.end; x += CELL) cells.delete(x / CELL);
  }
  return cells;
}

// Biased towards 00:00-04:00, where DST changes happen.
const wallMinutes = fc.oneof(fc.integer({ min: 0, max: 96 }), fc.integer({ min: 0, max: 16 })).map((k) => k * 15);

const queryArbitrary = fc
  .record({
    hostZone: fc.constantFrom(...ZONES),
    viewerZone: fc.constantFrom(...ZONES),
    transition: fc.nat(),
    backFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    dayCount: fc.integer({ min: 1, max: 62 }),
    rules: fc.array(
      fc.record({ day: fc.constantFrom(...WEEKDAYS), start: wallMinutes, length: fc.integer({ min: -4, max: 48 }).map((n) => n * 15) }),
      { maxLength: 10 },
    ),
    overrides: fc.array(
      fc.record({
        dayOffset: fc.integer({ min: -2, max: 64 }),
        intervals: fc.array(fc.record({ start: wallMinutes, length: fc.integer({ min: 1, max: 48 }).map((n) => n * 15) }), { maxLength: 3 }),
      }),
      { maxLength: 4 },
    ),
    blackouts: fc.array(fc.record({ cell: fc.integer({ min: -96, max: 64 * 96 }), cells: fc.integer({ min: 1, max: 300 }) }), { maxLength: 3 }),
    busy: fc.array(fc.record({ minute: fc.integer({ min: -1440, max: 64 * 1440 }), length: fc.integer({ min: 1, max: 300 }) }), { maxLength: 30 }),
    nowMinute: fc.integer({ min: -3 * 1440, max: 3 * 1440 }),
    minNotice: fc.oneof(fc.integer({ min: 0, max: 240 }), fc.integer({ min: 0, max: 3 * 1440 })),
    maxAdvanceDays: fc.option(fc.integer({ min: 0, max: 70 }), { nil: null }),
    bufferBefore: fc.integer({ min: 0, max: 60 }),
    bufferAfter: fc.integer({ min: 0, max: 60 }),
    duration: fc.constantFrom(15, 30, 45, 60, 90),
    step: fc.constantFrom(5, 10, 15, 20, 30, 45, 60, 90),
    seats: fc.integer({ min: 1, max: 5 }),
    shared: fc.array(fc.record({ cell: fc.integer({ min: 0, max: 20 * 96 }), seatsTaken: fc.integer({ min: -1, max: 6 }) }), { maxLength: 12 }),
    maxPerDay: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
    // Bookings bunch up on a few days so the daily cap actually bites.
    booked: fc.array(fc.record({ day: fc.integer({ min: -1, max: 8 }), minute: fc.integer({ min: 0, max: 1439 }) }), { maxLength: 12 }),
  })
  .map((g) => {
    // The range always contains a DST change of the host zone (or of some zone).
    const changes = ZONE_TRANSITIONS[g.hostZone] ?? TRANSITION_DATES;
    const change = changes[g.transition % changes.length]!;
    const from = shiftDate(change, -Math.floor(g.backFraction * (g.dayCount - 1)));
    const origin = dateToUtcMidnight(from);
    const query: SlotQuery = {
      availability: {
        timezone: g.hostZone,
        weekly: g.rules.map((r) => ({ day: r.day, start: toWall(r.start), end: toWall(Math.max(0, Math.min(1440, r.start + r.length))) })),
        overrides: g.overrides.map((o) => ({
          date: shiftDate(from, o.dayOffset),
          intervals: o.intervals.map((i) => ({ start: toWall(i.start), end: toWall(Math.min(1440, i.start + i.length)) })),
        })),
        blackouts: g.blackouts.map((b) => ({ start: origin + b.cell * CELL, end: origin + (b.cell + b.cells) * CELL })),
      },
      from,
      to: shiftDate(from, g.dayCount - 1),
      timezone: g.viewerZone,
      now: origin + g.nowMinute * M,
      duration: g.duration,
      step: g.step,
      bufferBefore: g.bufferBefore,
      bufferAfter: g.bufferAfter,
      minNotice: g.minNotice,
      maxAdvanceDays: g.maxAdvanceDays,
      seats: g.seats,
      busy: g.busy.map((b) => ({ start: origin + b.minute * M, end: origin + (b.minute + b.length) * M })),
      // One reservation per slot, as the database's unique index guarantees.
      sharedSlots: g.shared.filter((s, i, all) => all.findIndex((t) => t.cell === s.cell) === i).map((s) => ({ start: origin + s.cell * CELL, end: origin + s.cell * CELL + g.duration * M, seatsTaken: s.seatsTaken })),
      maxPerDay: g.maxPerDay,
      bookedStarts: g.booked.map((b) => origin + (b.day * 1440 + b.minute) * M),
    };
    return query;
  });

describe('computeSlots properties', () => {
  it('offers only valid slots for random schedules, zones and policies', () => {
    fc.assert(
      fc.property(queryArbitrary, (query) => {
        const days = computeSlots(query);
        const hostZone = query.availability.timezone;
        const working = oracleWorkingCells(query, shiftDate(query.from, -3), shiftDate(query.to, 4));
        const beforeMs = query.bufferBefore * M;
        const afterMs = query.bufferAfter * M;
        let previousStart = -Infinity;
        let previousDate = '';
        for (const day of days) {
          expect(day.slots.length).toBeGreaterThan(0);
          expect(day.date > previousDate).toBe(true);
          previousDate = day.date;
          expect(day.date >= query.from && day.date <= query.to).toBe(true);
          for (const slot of day.slots) {
            // Sorted, no duplicate starts, grouped by the viewer-local date of the start.
            expect(slot.start).toBeGreaterThan(previousStart);
            previousStart = slot.start;
            expect(oracleDate(slot.start, query.timezone)).toBe(day.date);
            expect(slot.end - slot.start).toBe(query.duration * M);
            expect(slot.seatsLeft).toBeGreaterThanOrEqual(1);
            expect(slot.seatsLeft).toBeLessThanOrEqual(query.seats);
            // Inside working hours: every 15-minute cell the slot touches is working time.
            for (let cell = Math.floor(slot.start / CELL); cell * CELL < slot.end; cell++) {
              expect(working.has(cell)).toBe(true);
            }
            // Clear of busy time, widened by the buffers (touching allowed).
            for (const busy of query.busy) {
              expect(busy.start < slot.end + afterMs && slot.start - beforeMs < busy.end).toBe(false);
            }
            // A slot equal to a shared slot is that shared slot; any other is clear of them all.
            const same = query.sharedSlots.filter((s) => s.start === slot.start && s.end === slot.end);
            if (same.length > 0) {
              expect(query.seats - Math.max(0, same[0]!.seatsTaken)).toBe(slot.seatsLeft);
            } else {
              expect(slot.seatsLeft).toBe(query.seats);
              for (const shared of query.sharedSlots) {
                expect(shared.start - beforeMs < slot.end + afterMs && slot.start - beforeMs < shared.end + afterMs).toBe(false);
              }
            }
            // Notice and booking window.
            expect(slot.start).toBeGreaterThanOrEqual(query.now + query.minNotice * M);
            if (query.maxAdvanceDays !== null) expect(slot.start).toBeLessThan(query.now + query.maxAdvanceDays * DAY);
            // Daily cap by host-local date.
            if (query.maxPerDay !== null) {
              const hostDate = oracleDate(slot.start, hostZone);
              const booked = query.bookedStarts.filter((b) => oracleDate(b, hostZone) === hostDate).length;
              expect(booked).toBeLessThan(query.maxPerDay);
            }
          }
        }
      }),
      { numRuns: 120 },
    );
  }, 30_000);

  it('offers every grid slot of an unconstrained schedule (completeness)', () => {
    // Without busy time, buffers, notice or limits, each working window yields exactly the
    // slots that fit: count them with the oracle's working cells.
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.constantFrom(...TRANSITION_DATES),
        fc.constantFrom(15, 30, 60),
        (zone, date, duration) => {
          const query: SlotQuery = {
            availability: { timezone: zone, weekly: WEEKDAYS.map((day) => ({ day, start: '00:00', end: '06:00' })), overrides: [], blackouts: [] },
            from: shiftDate(date, -1),
            to: shiftDate(date, 1),
            timezone: zone,
            ...NEUTRAL_POLICIES,
            duration,
            step: duration,
          };
          const days = computeSlots(query);
          for (const day of days) {
            const start = oracleInstant(dateToUtcMidnight(day.date), zone);
            const end = oracleInstant(dateToUtcMidnight(day.date) + 6 * 3_600_000, zone);
            expect(day.slots.length).toBe(Math.floor((end - start) / (duration * M)));
            expect(day.slots[0]?.start).toBe(start);
          }
          expect(days.map((d) => d.date)).toEqual([shiftDate(date, -1), date, shiftDate(date, 1)]);
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);

  it('matches the oracle exactly around DST changes (gaps skipped, repeated hours offered once per instant)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(ZONE_TRANSITIONS)),
        fc.constantFrom(...ZONES),
        fc.nat(),
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 1, max: 24 }),
        fc.constantFrom(15, 30, 45, 60),
        fc.constantFrom(15, 30, 45, 60),
        (hostZone, viewerZone, pick, startCell, lengthCells, duration, step) => {
          const changes = ZONE_TRANSITIONS[hostZone]!;
          const change = changes[pick % changes.length]!;
          const a = startCell * 15;
          const b = a + lengthCells * 15;
          const query: SlotQuery = {
            availability: { timezone: hostZone, weekly: WEEKDAYS.map((day) => ({ day, start: toWall(a), end: toWall(b) })), overrides: [], blackouts: [] },
            from: shiftDate(change, -1),
            to: shiftDate(change, 1),
            timezone: viewerZone,
            ...NEUTRAL_POLICIES,
            duration,
            step,
          };
          const rangeStart = oracleInstant(dateToUtcMidnight(query.from), viewerZone);
          const rangeEnd = oracleInstant(dateToUtcMidnight(shiftDate(query.to, 1)), viewerZone);
          const expected: number[] = [];
          for (let offset = -3; offset <= 3; offset++) {
            const date = shiftDate(change, offset);
            const windowStart = oracleInstant(dateToUtcMidnight(date) + a * M, hostZone);
            const windowEnd = oracleInstant(dateToUtcMidnight(date) + b * M, hostZone);
            for (let s = windowStart; s + duration * M <= windowEnd; s += step * M) {
              if (s >= rangeStart && s < rangeEnd) expected.push(s);
            }
          }
          const days = computeSlots(query);
          expect(days.flatMap((d) => d.slots.map((slot) => slot.start))).toEqual(expected);
          for (const day of days) for (const slot of day.slots) expect(oracleDate(slot.start, viewerZone)).toBe(day.date);
        },
      ),
      { numRuns: 150 },
    );
  }, 30_000);
});
