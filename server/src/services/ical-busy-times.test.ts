import { describe, expect, it } from 'vitest';
import { busyTimesOfFeed, FeedFormatError } from './ical-busy-times.ts';

const NOW = Date.parse('2026-11-30T06:00:00Z');
const DAY = 86_400_000;
const window = { from: NOW - DAY, to: NOW + 400 * DAY, hostTimezone: 'Europe/Berlin', maxOccurrences: 20_000 };

/** A feed of the given VEVENT bodies (property lines). */
function feed(...events: string[][]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN',
    ...events.flatMap((lines, i) => ['BEGIN:VEVENT', `DTSTAMP:20261101T000000Z`, ...(lines.some((l) => l.startsWith('UID:')) ? [] : [`UID:e${i}`]), ...lines, 'END:VEVENT']),
    'END:VCALENDAR', ''].join('\r\n');
}

/** The busy intervals as `start/end` ISO strings. */
function busy(text: string, options: Partial<typeof window> = {}): string[] {
  return busyTimesOfFeed(text, { ...window, ...options }).intervals.map((i) => `${new Date(i.start).toISOString()}/${new Date(i.end).toISOString()}`);
}

describe('busyTimesOfFeed', () => {
  it('places floating times and unknown TZIDs in the host zone, and reads IANA TZIDs without a VTIMEZONE', () => {
    expect(busy(feed(
      ['DTSTART:20261201T100000', 'DTEND:20261201T110000'],
      ['DTSTART;TZID=Mars/Olympus:20261202T100000', 'DTEND;TZID=Mars/Olympus:20261202T110000'],
      ['DTSTART;TZID=Asia/Kolkata:20261203T100000', 'DTEND;TZID=Asia/Kolkata:20261203T110000'],
    ))).toEqual([
      '2026-12-01T09:00:00.000Z/2026-12-01T10:00:00.000Z',
      '2026-12-02T09:00:00.000Z/2026-12-02T10:00:00.000Z',
      '2026-12-03T04:30:00.000Z/2026-12-03T05:30:00.000Z',
    ]);
    // The same floating feed for a host in New York.
    expect(busy(feed(['DTSTART:20261201T100000', 'DTEND:20261201T110000']), { hostTimezone: 'America/New_York' }))
      .toEqual(['2026-12-01T15:00:00.000Z/2026-12-01T16:00:00.000Z']);
  });

  it('uses DURATION when there is no DTEND; a timed event with neither takes no time', () => {
    expect(busy(feed(
      ['DTSTART:20261201T090000Z', 'DURATION:PT90M'],
      ['DTSTART:20261202T090000Z'],
    ))).toEqual(['2026-12-01T09:00:00.000Z/2026-12-01T10:30:00.000Z']);
  });

  it('fills whole local days for all-day events, several days when DTEND says so', () => {
    expect(busy(feed(['DTSTART;VALUE=DATE:20261224', 'DTEND;VALUE=DATE:20261227']))).toEqual(['2026-12-23T23:00:00.000Z/2026-12-26T23:00:00.000Z']);
    expect(busy(feed(['DTSTART;VALUE=DATE:20261224']), { hostTimezone: 'UTC' })).toEqual(['2026-12-24T00:00:00.000Z/2026-12-25T00:00:00.000Z']);
  });

  it('adds RDATEs, and a cancelled override removes just its occurrence', () => {
    expect(busy(feed(
      ['UID:r', 'DTSTART:20261201T090000Z', 'DTEND:20261201T093000Z', 'RRULE:FREQ=DAILY;COUNT=3', 'RDATE:20261210T120000Z'],
      ['UID:r', 'RECURRENCE-ID:20261202T090000Z', 'DTSTART:20261202T090000Z', 'DTEND:20261202T093000Z', 'STATUS:CANCELLED'],
    ))).toEqual([
      '2026-12-01T09:00:00.000Z/2026-12-01T09:30:00.000Z',
      '2026-12-03T09:00:00.000Z/2026-12-03T09:30:00.000Z',
      '2026-12-10T12:00:00.000Z/2026-12-10T12:30:00.000Z',
    ]);
  });

  it('keeps a meeting in progress, clips to the window, merges overlaps, and skips the past', () => {
    expect(busy(feed(
      ['DTSTART:20261130T050000Z', 'DTEND:20261130T070000Z'],
      ['DTSTART:20261130T063000Z', 'DTEND:20261130T080000Z'],
      ['DTSTART:20261101T090000Z', 'DTEND:20261101T100000Z'],
      ['DTSTART:20261129T000000Z', 'DTEND:20301231T000000Z', 'UID:long'],
    ), { to: NOW + DAY })).toEqual(['2026-11-29T06:00:00.000Z/2026-12-01T06:00:00.000Z']);
  });

  it('expands an old daily rule into the window only, and stops at the occurrence cap', () => {
    const daily = feed(['DTSTART;TZID=Europe/Berlin:20100104T090000', 'DTEND;TZID=Europe/Berlin:20100104T091500', 'RRULE:FREQ=DAILY']);
    const all = busyTimesOfFeed(daily, window);
    expect(all.truncated).toBe(false);
    // The window opens a day before now (2026-11-29 06:00Z) and closes 400 days after it.
    expect(all.intervals).toHaveLength(401);
    expect(new Date(all.intervals[0]!.start).toISOString()).toBe('2026-11-29T08:00:00.000Z');
    expect(new Date(all.intervals.at(-1)!.start).toISOString()).toBe('2028-01-03T08:00:00.000Z');
    const capped = busyTimesOfFeed(daily, { ...window, maxOccurrences: 10 });
    expect(capped).toMatchObject({ truncated: true, occurrences: 10 });
  });

  it('skips an unreadable event and counts it, but refuses text that is not iCalendar', () => {
    const result = busyTimesOfFeed(feed(['DTSTART:20261201T090000Z', 'DTEND:20261201T100000Z'], ['SUMMARY:no start']), window);
    expect(result).toMatchObject({ unreadableEvents: 1, intervals: [{ start: Date.parse('2026-12-01T09:00:00Z'), end: Date.parse('2026-12-01T10:00:00Z') }] });
    for (const text of ['', '<html>Sign in</html>', 'BEGIN:VEVENT\r\nEND:VEVENT\r\n']) {
      expect(() => busyTimesOfFeed(text, window), JSON.stringify(text)).toThrow(FeedFormatError);
    }
  });
});
