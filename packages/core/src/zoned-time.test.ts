import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  dayNumberOf,
  daysBetween,
  formatDayNumber,
  isValidLocalDate,
  isValidTimeZone,
  isValidWallTime,
  localDateOf,
  localTimeOf,
  minutesOfWallTime,
  startOfLocalDay,
  wallToUtc,
  weekdayOf,
  zonedWallTimeToUtc,
  zoneOffsetAt,
} from './zoned-time.ts';

const utc = (iso: string): number => Date.parse(iso);
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
  'America/Havana',
];

/** Independent reading of an instant's wall clock straight from Intl, for cross-checks. */
function intlWall(instant: number, zone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

describe('zonedWallTimeToUtc', () => {
  it.each([
    ['2026-06-15', '09:00', 'UTC', '2026-06-15T09:00:00Z'],
    ['2026-01-15', '09:00', 'America/New_York', '2026-01-15T14:00:00Z'],
    ['2026-07-15', '09:00', 'America/New_York', '2026-07-15T13:00:00Z'],
    ['2026-01-15', '09:00', 'Europe/Berlin', '2026-01-15T08:00:00Z'],
    ['2026-07-15', '09:00', 'Europe/Berlin', '2026-07-15T07:00:00Z'],
    ['2026-07-15', '09:00', 'America/Sao_Paulo', '2026-07-15T12:00:00Z'],
    ['2026-01-15', '09:00', 'Australia/Sydney', '2026-01-14T22:00:00Z'],
    ['2026-07-15', '09:00', 'Australia/Sydney', '2026-07-14T23:00:00Z'],
    ['2026-07-15', '09:00', 'Asia/Kolkata', '2026-07-15T03:30:00Z'],
    ['2026-07-15', '09:00', 'Asia/Kathmandu', '2026-07-15T03:15:00Z'],
    ['2026-01-15', '09:00', 'Australia/Lord_Howe', '2026-01-14T22:00:00Z'],
    ['2026-07-15', '09:00', 'Australia/Lord_Howe', '2026-07-14T22:30:00Z'],
    ['2026-01-15', '09:00', 'Pacific/Chatham', '2026-01-14T19:15:00Z'],
    ['2026-07-15', '09:00', 'Pacific/Chatham', '2026-07-14T20:15:00Z'],
  ])('%s %s in %s is %s', (date, time, zone, expected) => {
    expect(zonedWallTimeToUtc(date, time, zone)).toBe(utc(expected));
  });

  it('treats 24:00 as the next day 00:00', () => {
    expect(zonedWallTimeToUtc('2026-07-15', '24:00', 'Europe/Berlin')).toBe(zonedWallTimeToUtc('2026-07-16', '00:00', 'Europe/Berlin'));
  });

  describe('spring-forward gaps resolve to the gap end', () => {
    it.each([
      // New York 02:00 EST -> 03:00 EDT.
      ['2026-03-08', '02:00', 'America/New_York', '2026-03-08T07:00:00Z'],
      ['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:00:00Z'],
      ['2026-03-08', '03:00', 'America/New_York', '2026-03-08T07:00:00Z'],
      ['2026-03-08', '01:59', 'America/New_York', '2026-03-08T06:59:00Z'],
      // Berlin 02:00 CET -> 03:00 CEST.
      ['2026-03-29', '02:30', 'Europe/Berlin', '2026-03-29T01:00:00Z'],
      // Lord Howe 02:00 +10:30 -> 02:30 +11 (30-minute shift).
      ['2026-10-04', '02:15', 'Australia/Lord_Howe', '2026-10-03T15:30:00Z'],
      ['2026-10-04', '02:30', 'Australia/Lord_Howe', '2026-10-03T15:30:00Z'],
      // Chatham 02:45 +12:45 -> 03:45 +13:45.
      ['2026-09-27', '03:00', 'Pacific/Chatham', '2026-09-26T14:00:00Z'],
      // Sydney 02:00 +10 -> 03:00 +11.
      ['2026-10-04', '02:30', 'Australia/Sydney', '2026-10-03T16:00:00Z'],
      // Santiago: 2026-09-06 00:00 does not exist (clocks jump to 01:00).
      ['2026-09-06', '00:00', 'America/Santiago', '2026-09-06T04:00:00Z'],
      ['2026-09-06', '00:30', 'America/Santiago', '2026-09-06T04:00:00Z'],
    ])('%s %s in %s is %s', (date, time, zone, expected) => {
      expect(zonedWallTimeToUtc(date, time, zone)).toBe(utc(expected));
    });
  });

  describe('fall-back overlaps resolve to the earlier instant', () => {
    it.each([
      ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00Z'],
      ['2026-11-01', '01:00', 'America/New_York', '2026-11-01T05:00:00Z'],
      ['2026-11-01', '02:00', 'America/New_York', '2026-11-01T07:00:00Z'],
      ['2026-10-25', '02:30', 'Europe/Berlin', '2026-10-25T00:30:00Z'],
      // Lord Howe 02:00 +11 -> 01:30 +10:30: 01:30-02:00 repeats.
      ['2026-04-05', '01:45', 'Australia/Lord_Howe', '2026-04-04T14:45:00Z'],
      // Chatham 03:45 +13:45 -> 02:45 +12:45: 02:45-03:45 repeats.
      ['2026-04-05', '03:00', 'Pacific/Chatham', '2026-04-04T13:15:00Z'],
      // Havana 01:00 CDT -> 00:00 CST: midnight itself repeats.
      ['2026-11-01', '00:00', 'America/Havana', '2026-11-01T04:00:00Z'],
    ])('%s %s in %s is %s', (date, time, zone, expected) => {
      expect(zonedWallTimeToUtc(date, time, zone)).toBe(utc(expected));
    });
  });

  it('throws on malformed input', () => {
    expect(() => zonedWallTimeToUtc('2026-02-30', '09:00', 'UTC')).toThrow(RangeError);
    expect(() => zonedWallTimeToUtc('2026-02-01', '9:00', 'UTC')).toThrow(RangeError);
    expect(() => zonedWallTimeToUtc('2026-02-01', '09:00', 'Mars/Base')).toThrow(RangeError);
  });

  it('returns the earliest instant showing that wall time, for any instant (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: utc('2025-01-01T00:00:00Z') / 60_000, max: utc('2028-01-01T00:00:00Z') / 60_000 }),
        (zone, minute) => {
          const instant = minute * 60_000;
          const resolved = zonedWallTimeToUtc(localDateOf(instant, zone), localTimeOf(instant, zone), zone);
          expect(resolved).toBeLessThanOrEqual(instant);
          expect(intlWall(resolved, zone)).toEqual(intlWall(instant, zone));
          // Nothing earlier within the previous 3 hours shows the same wall time.
          for (let back = resolved - 3 * 3_600_000; back < resolved; back += 15 * 60_000) {
            expect(intlWall(back, zone)).not.toEqual(intlWall(instant, zone));
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('localDateOf / localTimeOf', () => {
  it('reads the wall clock in the zone', () => {
    const instant = utc('2026-03-08T06:59:00Z');
    expect(localDateOf(instant, 'America/New_York')).toBe('2026-03-08');
    expect(localTimeOf(instant, 'America/New_York')).toBe('01:59');
    expect(localTimeOf(instant + 60_000, 'America/New_York')).toBe('03:00');
    expect(localDateOf(instant, 'Pacific/Chatham')).toBe('2026-03-08');
    expect(localTimeOf(instant, 'Pacific/Chatham')).toBe('20:44');
    expect(localDateOf(utc('2026-07-14T13:29:59Z'), 'Australia/Lord_Howe')).toBe('2026-07-14');
    expect(localTimeOf(utc('2026-07-14T13:29:59Z'), 'Australia/Lord_Howe')).toBe('23:59');
    expect(localDateOf(utc('2026-07-14T13:30:00Z'), 'Australia/Lord_Howe')).toBe('2026-07-15');
    expect(localTimeOf(utc('2026-07-14T18:15:00Z'), 'Asia/Kathmandu')).toBe('00:00');
  });

  it('shows the repeated hour twice on a fall-back day', () => {
    expect(localTimeOf(utc('2026-11-01T05:30:00Z'), 'America/New_York')).toBe('01:30');
    expect(localTimeOf(utc('2026-11-01T06:30:00Z'), 'America/New_York')).toBe('01:30');
  });

  it('agrees with Intl for any instant (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: utc('1990-01-01T00:00:00Z'), max: utc('2040-01-01T00:00:00Z') }),
        (zone, instant) => {
          expect({ date: localDateOf(instant, zone), time: localTimeOf(instant, zone) }).toEqual(intlWall(instant, zone));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('startOfLocalDay', () => {
  it('is local midnight on ordinary days', () => {
    expect(startOfLocalDay('2026-07-15', 'Asia/Kathmandu')).toBe(utc('2026-07-14T18:15:00Z'));
    expect(startOfLocalDay('2026-03-08', 'America/New_York')).toBe(utc('2026-03-08T05:00:00Z'));
    expect(startOfLocalDay('2026-03-09', 'America/New_York')).toBe(utc('2026-03-09T04:00:00Z'));
  });

  it('is the first existing instant when midnight falls in a gap', () => {
    expect(startOfLocalDay('2026-09-06', 'America/Santiago')).toBe(utc('2026-09-06T04:00:00Z'));
    expect(localTimeOf(startOfLocalDay('2026-09-06', 'America/Santiago'), 'America/Santiago')).toBe('01:00');
    // Havana springs forward at midnight too.
    expect(localTimeOf(startOfLocalDay('2026-03-08', 'America/Havana'), 'America/Havana')).toBe('01:00');
    expect(localDateOf(startOfLocalDay('2026-03-08', 'America/Havana') - 1, 'America/Havana')).toBe('2026-03-07');
  });

  it('is the earlier midnight when midnight repeats', () => {
    expect(startOfLocalDay('2026-11-01', 'America/Havana')).toBe(utc('2026-11-01T04:00:00Z'));
  });

  it('partitions time: the instant before a day start belongs to the previous date (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 3_000 }), (zone, offset) => {
        const date = addDays('2024-01-01', offset);
        const start = startOfLocalDay(date, zone);
        expect(localDateOf(start, zone)).toBe(date);
        expect(localDateOf(start - 1, zone)).toBe(addDays(date, -1));
        expect(startOfLocalDay(addDays(date, 1), zone)).toBeGreaterThan(start);
      }),
      { numRuns: 300 },
    );
  });
});

describe('calendar helpers', () => {
  it('addDays crosses months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-03-08', 0)).toBe('2026-03-08');
    expect(addDays('1999-12-31', 366)).toBe('2000-12-31');
  });

  it('weekdayOf', () => {
    expect(weekdayOf('1970-01-01')).toBe('thu');
    expect(weekdayOf('2026-03-08')).toBe('sun');
    expect(weekdayOf('2026-03-09')).toBe('mon');
    expect(weekdayOf('1969-12-31')).toBe('wed');
  });

  it('daysBetween is signed', () => {
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(daysBetween('2026-03-31', '2026-03-01')).toBe(-30);
    expect(daysBetween('2026-03-08', '2026-03-08')).toBe(0);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('day numbers agree with Date.UTC (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const date = formatDayNumber(day);
        expect(date).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
        expect(dayNumberOf(date)).toBe(day);
      }),
    );
  });

  it('isValidLocalDate accepts only real dates', () => {
    expect(isValidLocalDate('2024-02-29')).toBe(true);
    expect(isValidLocalDate('2025-02-29')).toBe(false);
    expect(isValidLocalDate('2000-02-29')).toBe(true);
    expect(isValidLocalDate('1900-02-29')).toBe(false);
    expect(isValidLocalDate('2026-04-31')).toBe(false);
    expect(isValidLocalDate('2026-13-01')).toBe(false);
    expect(isValidLocalDate('2026-00-10')).toBe(false);
    expect(isValidLocalDate('0000-01-01')).toBe(false);
    expect(isValidLocalDate('2026-1-01')).toBe(false);
    expect(isValidLocalDate('2026-01-01T00:00')).toBe(false);
    expect(isValidLocalDate('')).toBe(false);
  });

  it('isValidWallTime accepts 00:00..23:59 and 24:00', () => {
    for (const ok of ['00:00', '09:05', '23:59', '24:00']) expect(isValidWallTime(ok)).toBe(true);
    for (const bad of ['24:01', '25:00', '9:00', '09:60', '09:00:00', '', 'noon']) expect(isValidWallTime(bad)).toBe(false);
  });

  it('minutesOfWallTime', () => {
    expect(minutesOfWallTime('00:00')).toBe(0);
    expect(minutesOfWallTime('09:30')).toBe(570);
    expect(minutesOfWallTime('24:00')).toBe(1440);
    expect(() => minutesOfWallTime('24:30')).toThrow(RangeError);
  });

  it('isValidTimeZone', () => {
    for (const ok of ZONES) expect(isValidTimeZone(ok)).toBe(true);
    for (const bad of ['', 'Mars/Base', 'Europe/Berlinn']) expect(isValidTimeZone(bad)).toBe(false);
  });
});

describe('zoneOffsetAt / wallToUtc', () => {
  it('gives offsets in milliseconds, exact at transition instants', () => {
    expect(zoneOffsetAt(utc('2026-03-08T06:59:59Z'), 'America/New_York')).toBe(-5 * 3_600_000);
    expect(zoneOffsetAt(utc('2026-03-08T07:00:00Z'), 'America/New_York')).toBe(-4 * 3_600_000);
    expect(zoneOffsetAt(utc('2026-07-01T00:00:00Z'), 'Asia/Kathmandu')).toBe(5.75 * 3_600_000);
    expect(zoneOffsetAt(utc('2026-10-03T15:29:59Z'), 'Australia/Lord_Howe')).toBe(10.5 * 3_600_000);
    expect(zoneOffsetAt(utc('2026-10-03T15:30:00Z'), 'Australia/Lord_Howe')).toBe(11 * 3_600_000);
  });

  it('wallToUtc takes wall numbers', () => {
    expect(wallToUtc(utc('2026-03-08T02:30:00Z'), 'America/New_York')).toBe(utc('2026-03-08T07:00:00Z'));
  });
});
