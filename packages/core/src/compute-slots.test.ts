import { describe, expect, it } from 'vitest';
import { computeSlots } from './compute-slots.ts';
import { localDateOf, localTimeOf, zonedWallTimeToUtc } from './zoned-time.ts';
import type { DaySlots, SlotQuery, WeeklyRule, Weekday } from './types.ts';
import { NEUTRAL_POLICIES } from '../test/neutral-policies.ts';

const M = 60_000;
const utc = (iso: string): number => Date.parse(iso);
const ALL_DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const every = (start: string, end: string): WeeklyRule[] => ALL_DAYS.map((day) => ({ day, start, end }));

function query(patch: Partial<SlotQuery> & { weekly?: WeeklyRule[]; hostZone?: string } = {}): SlotQuery {
  const { weekly, hostZone, ...rest } = patch;
  return {
    availability: { timezone: hostZone ?? 'UTC', weekly: weekly ?? every('09:00', '17:00'), overrides: [], blackouts: [] },
    from: '2026-06-01',
    to: '2026-06-01',
    timezone: hostZone ?? 'UTC',
    ...NEUTRAL_POLICIES,
    duration: 30,
    step: 30,
    ...rest,
  };
}

/** Local `HH:mm` of every slot start, per day, in `zone`. */
function localStarts(days: DaySlots[], zone: string): Record<string, string[]> {
  return Object.fromEntries(days.map((day) => [day.date, day.slots.map((s) => localTimeOf(s.start, zone))]));
}

function allSlots(days: DaySlots[]) {
  return days.flatMap((day) => day.slots);
}

const halfHours = (from: string, to: string): string[] => {
  const out: string[] = [];
  const [fh, fm] = from.split(':').map(Number) as [number, number];
  const [th, tm] = to.split(':').map(Number) as [number, number];
  for (let m = fh * 60 + fm; m < th * 60 + tm; m += 30) out.push(`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  return out;
};

describe('computeSlots', () => {
  it('cuts a working day into slots with seatsLeft = seats', () => {
    const days = computeSlots(query({ seats: 3 }));
    expect(localStarts(days, 'UTC')).toEqual({ '2026-06-01': halfHours('09:00', '17:00') });
    expect(allSlots(days).every((s) => s.end - s.start === 30 * M && s.seatsLeft === 3)).toBe(true);
  });

  it('returns [] when from is after to, and omits days without slots', () => {
    expect(computeSlots(query({ from: '2026-06-02', to: '2026-06-01' }))).toEqual([]);
    const days = computeSlots(query({ weekly: [{ day: 'mon', start: '09:00', end: '10:00' }], from: '2026-06-01', to: '2026-06-14' }));
    expect(days.map((d) => d.date)).toEqual(['2026-06-01', '2026-06-08']);
  });

  it('throws RangeError on a malformed query', () => {
    expect(() => computeSlots(query({ timezone: 'Nowhere/Land' }))).toThrow(RangeError);
  });

  it('steps in real time from the window start with step smaller than duration', () => {
    const days = computeSlots(query({ weekly: every('09:00', '10:00'), duration: 30, step: 15 }));
    expect(localStarts(days, 'UTC')).toEqual({ '2026-06-01': ['09:00', '09:15', '09:30'] });
  });

  it('merges overlapping rules of a day', () => {
    const days = computeSlots(query({ weekly: [{ day: 'mon', start: '09:00', end: '10:00' }, { day: 'mon', start: '09:30', end: '11:00' }] }));
    expect(localStarts(days, 'UTC')['2026-06-01']).toEqual(halfHours('09:00', '11:00'));
  });

  it('joins a 24:00 end with the next day 00:00 so a slot may span midnight', () => {
    const days = computeSlots(
      query({
        weekly: [{ day: 'mon', start: '23:00', end: '24:00' }, { day: 'tue', start: '00:00', end: '01:00' }],
        duration: 60,
        step: 30,
        from: '2026-06-01',
        to: '2026-06-02',
      }),
    );
    expect(localStarts(days, 'UTC')).toEqual({ '2026-06-01': ['23:00', '23:30'], '2026-06-02': ['00:00'] });
  });

  it('lets an override close a day and add hours on a weekend', () => {
    const days = computeSlots({
      ...query({ from: '2026-06-01', to: '2026-06-07', weekly: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day: day as Weekday, start: '09:00', end: '10:00' })) }),
      availability: {
        timezone: 'UTC',
        weekly: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day: day as Weekday, start: '09:00', end: '10:00' })),
        overrides: [
          { date: '2026-06-02', intervals: [] },
          { date: '2026-06-06', intervals: [{ start: '12:00', end: '13:00' }] },
        ],
        blackouts: [],
      },
    });
    expect(localStarts(days, 'UTC')).toEqual({
      '2026-06-01': ['09:00', '09:30'],
      '2026-06-03': ['09:00', '09:30'],
      '2026-06-04': ['09:00', '09:30'],
      '2026-06-05': ['09:00', '09:30'],
      '2026-06-06': ['12:00', '12:30'],
    });
  });

  it('cuts blackouts out of a window and restarts the grid after them', () => {
    const base = query();
    const days = computeSlots({
      ...base,
      availability: { ...base.availability, blackouts: [{ start: utc('2026-06-01T12:10:00Z'), end: utc('2026-06-01T13:50:00Z') }] },
    });
    expect(localStarts(days, 'UTC')['2026-06-01']).toEqual([
      ...halfHours('09:00', '11:30'),
      '11:30',
      '13:50',
      '14:20',
      '14:50',
      '15:20',
      '15:50',
      '16:20',
    ]);
  });

  it('allows buffers that exactly touch busy time and rejects any overlap', () => {
    const busy = [{ start: utc('2026-06-01T12:00:00Z'), end: utc('2026-06-01T13:00:00Z') }];
    const days = computeSlots(query({ busy, bufferBefore: 15, bufferAfter: 15, step: 15, weekly: every('10:30', '14:30') }));
    // 11:15-11:45 widens to 11:00-12:00 (touches); 13:15-13:45 widens to 13:00-14:00 (touches).
    expect(localStarts(days, 'UTC')['2026-06-01']).toEqual(['10:30', '10:45', '11:00', '11:15', '13:15', '13:30', '13:45', '14:00']);
  });

  it('accepts unsorted, overlapping busy time', () => {
    const at = (h: string) => utc(`2026-06-01T${h}:00Z`);
    const busy = [
      { start: at('15:00'), end: at('16:00') },
      { start: at('09:00'), end: at('10:00') },
      { start: at('09:30'), end: at('11:00') },
    ];
    expect(localStarts(computeSlots(query({ busy })), 'UTC')['2026-06-01']).toEqual([...halfHours('11:00', '15:00'), '16:00', '16:30']);
  });

  it('includes a start exactly at now + minNotice and nothing earlier', () => {
    const exact = computeSlots(query({ now: utc('2026-06-01T08:00:00Z'), minNotice: 60 }));
    expect(localStarts(exact, 'UTC')['2026-06-01']?.[0]).toBe('09:00');
    const later = computeSlots(query({ now: utc('2026-06-01T08:00:01Z'), minNotice: 60 }));
    expect(localStarts(later, 'UTC')['2026-06-01']?.[0]).toBe('09:30');
  });

  it('excludes a start exactly at now + maxAdvanceDays', () => {
    const days = computeSlots(
      query({ weekly: every('00:00', '24:00'), now: utc('2026-06-01T00:00:00Z'), maxAdvanceDays: 1, from: '2026-06-01', to: '2026-06-03' }),
    );
    expect(days.map((d) => d.date)).toEqual(['2026-06-01']);
    expect(days[0]?.slots.at(-1)?.start).toBe(utc('2026-06-01T23:30:00Z'));
    expect(computeSlots(query({ now: 0, maxAdvanceDays: 0 }))).toEqual([]);
  });

  it('offers only slots starting inside the requested viewer range', () => {
    const days = computeSlots(query({ weekly: every('00:00', '24:00'), duration: 60, from: '2026-06-02', to: '2026-06-02' }));
    const slots = allSlots(days);
    expect(slots[0]?.start).toBe(utc('2026-06-02T00:00:00Z'));
    expect(slots.at(-1)?.start).toBe(utc('2026-06-02T23:30:00Z'));
    expect(slots).toHaveLength(48);
  });

  describe('shared slots', () => {
    const at = (h: string) => utc(`2026-06-01T${h}:00Z`);

    it('offers a shared slot with free seats once and blocks overlapping fresh slots', () => {
      const days = computeSlots(
        query({ seats: 3, step: 15, weekly: every('09:00', '11:00'), sharedSlots: [{ start: at('10:00'), end: at('10:30'), seatsTaken: 1 }] }),
      );
      const slots = allSlots(days);
      expect(slots.map((s) => [localTimeOf(s.start, 'UTC'), s.seatsLeft])).toEqual([
        ['09:00', 3],
        ['09:15', 3],
        ['09:30', 3],
        ['10:00', 2],
        ['10:30', 3],
      ]);
    });

    it('widens shared slots by the buffers when blocking fresh slots', () => {
      const days = computeSlots(
        query({ seats: 2, step: 15, bufferBefore: 15, weekly: every('09:00', '11:00'), sharedSlots: [{ start: at('10:00'), end: at('10:30'), seatsTaken: 1 }] }),
      );
      // Shared blocks [09:45, 10:30); fresh slots widen 15 min back: 09:15 touches it (kept),
      // 09:30 and 10:30 (widened to 10:15) overlap it (rejected).
      expect(allSlots(days).map((s) => localTimeOf(s.start, 'UTC'))).toEqual(['09:00', '09:15', '10:00']);
    });

    it('never offers a full shared slot but still blocks with it', () => {
      const days = computeSlots(query({ seats: 2, weekly: every('09:00', '11:00'), sharedSlots: [{ start: at('10:00'), end: at('10:30'), seatsTaken: 2 }] }));
      expect(allSlots(days).map((s) => localTimeOf(s.start, 'UTC'))).toEqual(['09:00', '09:30', '10:30']);
    });

    it('does not offer shared slots outside working hours or clashing with busy time', () => {
      const days = computeSlots(
        query({
          seats: 2,
          weekly: every('09:00', '10:00'),
          busy: [{ start: at('09:30'), end: at('09:45') }],
          sharedSlots: [
            { start: at('09:30'), end: at('10:00'), seatsTaken: 0 },
            { start: at('12:00'), end: at('12:30'), seatsTaken: 0 },
          ],
        }),
      );
      expect(allSlots(days).map((s) => localTimeOf(s.start, 'UTC'))).toEqual(['09:00']);
    });
  });

  describe('maxPerDay', () => {
    it('closes host-local days that reached the limit', () => {
      const days = computeSlots(
        query({
          hostZone: 'America/New_York',
          weekly: every('09:00', '10:00'),
          from: '2026-06-01',
          to: '2026-06-03',
          maxPerDay: 2,
          // Both on June 2 in New York (the second is June 3 in UTC).
          bookedStarts: [zonedWallTimeToUtc('2026-06-02', '12:00', 'America/New_York'), zonedWallTimeToUtc('2026-06-02', '23:00', 'America/New_York')],
        }),
      );
      expect(days.map((d) => d.date)).toEqual(['2026-06-01', '2026-06-03']);
    });

    it('counts below the limit do not close the day, and 0 closes all days', () => {
      const bookedStarts = [utc('2026-06-01T12:00:00Z')];
      expect(computeSlots(query({ maxPerDay: 2, bookedStarts }))).toHaveLength(1);
      expect(computeSlots(query({ maxPerDay: 0 }))).toEqual([]);
    });
  });

  it('groups by the viewer zone date when host and viewer zones differ', () => {
    // New York 09:00-17:00 EST (14:00Z-22:00Z) is 19:30-03:30 in Kolkata: it straddles Kolkata midnight.
    const days = computeSlots(
      query({ hostZone: 'America/New_York', timezone: 'Asia/Kolkata', from: '2026-01-13', to: '2026-01-14', weekly: every('09:00', '17:00') }),
    );
    for (const day of days) for (const slot of day.slots) expect(localDateOf(slot.start, 'Asia/Kolkata')).toBe(day.date);
    expect(localStarts(days, 'Asia/Kolkata')).toEqual({
      // Jan 13 starts: NY Jan 12 shift's tail (00:00-03:00) + NY Jan 13 shift's head (19:30-23:30).
      '2026-01-13': [...halfHours('00:00', '03:30'), ...halfHours('19:30', '24:00')],
      '2026-01-14': [...halfHours('00:00', '03:30'), ...halfHours('19:30', '24:00')],
    });
  });
});

describe('computeSlots across DST and unusual offsets', () => {
  const transitionDays: [string, string][] = [
    ['America/New_York', '2026-03-08'],
    ['America/New_York', '2026-11-01'],
    ['Europe/Berlin', '2026-03-29'],
    ['Europe/Berlin', '2026-10-25'],
    ['Australia/Lord_Howe', '2026-04-05'],
    ['Australia/Lord_Howe', '2026-10-04'],
    ['Pacific/Chatham', '2026-04-05'],
    ['Pacific/Chatham', '2026-09-27'],
    ['America/Santiago', '2026-04-05'],
    ['America/Santiago', '2026-09-06'],
    ['America/Havana', '2026-03-08'],
    ['America/Havana', '2026-11-01'],
    ['Australia/Sydney', '2026-04-05'],
    ['Australia/Sydney', '2026-10-04'],
    ['America/Sao_Paulo', '2026-06-15'],
    ['Asia/Kathmandu', '2026-06-15'],
    ['Asia/Kolkata', '2026-06-15'],
    ['UTC', '2026-06-15'],
  ];

  it.each(transitionDays)('%s %s: 09:00-17:00 gives 09:00..16:30 local on the day and both sides', (zone, date) => {
    const days = computeSlots(query({ hostZone: zone, weekly: every('09:00', '17:00'), from: '2026-01-01', to: '2026-01-01' }));
    expect(days).toHaveLength(1);
    const around = computeSlots({ ...query({ hostZone: zone, weekly: every('09:00', '17:00') }), from: date, to: date });
    expect(localStarts(around, zone)).toEqual({ [date]: halfHours('09:00', '17:00') });
    for (const neighbour of [-1, 1]) {
      const d = new Date(Date.parse(`${date}T12:00:00Z`) + neighbour * 86_400_000).toISOString().slice(0, 10);
      expect(localStarts(computeSlots({ ...query({ hostZone: zone }), from: d, to: d }), zone)).toEqual({ [d]: halfHours('09:00', '17:00') });
    }
  });

  it('New York spring-forward: 01:00-04:00 never offers the missing 02:xx', () => {
    const days = computeSlots(query({ hostZone: 'America/New_York', weekly: every('01:00', '04:00'), from: '2026-03-08', to: '2026-03-08' }));
    expect(localStarts(days, 'America/New_York')).toEqual({ '2026-03-08': ['01:00', '01:30', '03:00', '03:30'] });
  });

  it('New York fall-back: 00:00-03:00 is 4 real hours, 8 distinct slots', () => {
    const days = computeSlots(query({ hostZone: 'America/New_York', weekly: every('00:00', '03:00'), from: '2026-11-01', to: '2026-11-01' }));
    const slots = allSlots(days);
    expect(localStarts(days, 'America/New_York')).toEqual({
      '2026-11-01': ['00:00', '00:30', '01:00', '01:30', '01:00', '01:30', '02:00', '02:30'],
    });
    expect(new Set(slots.map((s) => s.start)).size).toBe(8);
    expect(slots.every((s, i) => i === 0 || s.start === slots[i - 1]!.start + 30 * M)).toBe(true);
  });

  it('Berlin: gap 02:00-03:00 skipped in March, repeated hour offered twice in October', () => {
    const spring = computeSlots(query({ hostZone: 'Europe/Berlin', weekly: every('01:00', '04:00'), from: '2026-03-29', to: '2026-03-29' }));
    expect(localStarts(spring, 'Europe/Berlin')).toEqual({ '2026-03-29': ['01:00', '01:30', '03:00', '03:30'] });
    const fall = computeSlots(query({ hostZone: 'Europe/Berlin', weekly: every('01:00', '04:00'), from: '2026-10-25', to: '2026-10-25' }));
    expect(localStarts(fall, 'Europe/Berlin')).toEqual({ '2026-10-25': ['01:00', '01:30', '02:00', '02:30', '02:00', '02:30', '03:00', '03:30'] });
  });

  it('Lord Howe: 30-minute shifts in both directions', () => {
    const spring = computeSlots(query({ hostZone: 'Australia/Lord_Howe', weekly: every('01:00', '03:00'), from: '2026-10-04', to: '2026-10-04' }));
    expect(localStarts(spring, 'Australia/Lord_Howe')).toEqual({ '2026-10-04': ['01:00', '01:30', '02:30'] });
    const fall = computeSlots(query({ hostZone: 'Australia/Lord_Howe', weekly: every('01:00', '03:00'), from: '2026-04-05', to: '2026-04-05' }));
    expect(localStarts(fall, 'Australia/Lord_Howe')).toEqual({ '2026-04-05': ['01:00', '01:30', '01:30', '02:00', '02:30'] });
    expect(allSlots(fall).map((s) => s.start)).toEqual([0, 1, 2, 3, 4].map((i) => utc('2026-04-04T14:00:00Z') + i * 30 * M));
  });

  it('Chatham (+12:45/+13:45): the 02:45-03:45 gap is never offered', () => {
    const days = computeSlots(query({ hostZone: 'Pacific/Chatham', weekly: every('02:00', '05:00'), from: '2026-09-27', to: '2026-09-27' }));
    expect(localStarts(days, 'Pacific/Chatham')).toEqual({ '2026-09-27': ['02:00', '02:30', '04:00', '04:30'] });
    const fall = computeSlots(query({ hostZone: 'Pacific/Chatham', weekly: every('02:00', '05:00'), step: 60, duration: 60, from: '2026-04-05', to: '2026-04-05' }));
    // 02:00 +13:45 to 05:00 +12:45 is 4 real hours.
    expect(localStarts(fall, 'Pacific/Chatham')).toEqual({ '2026-04-05': ['02:00', '03:00', '03:00', '04:00'] });
  });

  it('Kathmandu (+05:45) and Kolkata (+05:30) slots are on the local grid', () => {
    const kathmandu = computeSlots(query({ hostZone: 'Asia/Kathmandu', from: '2026-06-15', to: '2026-06-15' }));
    expect(allSlots(kathmandu)[0]?.start).toBe(utc('2026-06-15T03:15:00Z'));
    const kolkata = computeSlots(query({ hostZone: 'Asia/Kolkata', from: '2026-06-15', to: '2026-06-15' }));
    expect(allSlots(kolkata)[0]?.start).toBe(utc('2026-06-15T03:30:00Z'));
  });

  it('Santiago: a day whose midnight does not exist starts at 01:00', () => {
    const days = computeSlots(query({ hostZone: 'America/Santiago', weekly: every('00:00', '03:00'), from: '2026-09-05', to: '2026-09-06' }));
    expect(localStarts(days, 'America/Santiago')).toEqual({
      '2026-09-05': halfHours('00:00', '03:00'),
      '2026-09-06': ['01:00', '01:30', '02:00', '02:30'],
    });
  });

  it('Santiago: 22:00-24:00 on the fall-back evening repeats 23:00-24:00', () => {
    const days = computeSlots(
      query({ hostZone: 'America/Santiago', weekly: [{ day: 'sat', start: '22:00', end: '24:00' }], from: '2026-04-04', to: '2026-04-04' }),
    );
    expect(localStarts(days, 'America/Santiago')).toEqual({ '2026-04-04': ['22:00', '22:30', '23:00', '23:30', '23:00', '23:30'] });
  });

  it('groups by the viewer date across a viewer-zone DST change', () => {
    // Host in Tokyo (no DST) working 24 h; viewer in New York on its fall-back day has a 25-hour date.
    const days = computeSlots(
      query({ hostZone: 'Asia/Tokyo', timezone: 'America/New_York', weekly: every('00:00', '24:00'), duration: 60, step: 60, from: '2026-11-01', to: '2026-11-01' }),
    );
    expect(days).toHaveLength(1);
    expect(days[0]?.slots).toHaveLength(25);
    const spring = computeSlots(
      query({ hostZone: 'Asia/Tokyo', timezone: 'America/New_York', weekly: every('00:00', '24:00'), duration: 60, step: 60, from: '2026-03-08', to: '2026-03-08' }),
    );
    expect(spring[0]?.slots).toHaveLength(23);
  });
});
