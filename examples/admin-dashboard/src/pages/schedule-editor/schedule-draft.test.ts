import { describe, expect, it } from 'vitest';
import { draftFromSchedule, newScheduleDraft, placeApiErrors, scheduleToBody } from './schedule-draft.ts';

describe('schedule draft', () => {
  it('sends blackouts typed in the schedule’s zone as UTC instants, and shows them back in that zone', () => {
    const draft = { ...newScheduleDraft('Europe/Berlin'), name: 'Shop', blackouts: [{ start: '2026-12-24T00:00', end: '2026-07-01T09:30' }] };
    expect(scheduleToBody(draft).errors).toEqual({ 'blackouts.0': 'must end after it starts' });
    draft.blackouts[0]!.end = '2027-07-01T09:30';
    const { body, errors } = scheduleToBody(draft);
    expect(errors).toEqual({});
    expect(body.blackouts).toEqual([{ start: '2026-12-23T23:00:00Z', end: '2027-07-01T07:30:00Z' }]);
    expect(draftFromSchedule({ id: 's', archived: false, ...body }).blackouts).toEqual([{ start: '2026-12-24T00:00', end: '2027-07-01T09:30' }]);
  });

  it('checks the name, the zone and each day’s hours before sending', () => {
    const draft = newScheduleDraft('Mars/Olympus');
    draft.week.tue.push({ start: '16:00', end: '18:00' });
    expect(scheduleToBody(draft).errors).toEqual({
      name: 'is required', timezone: 'choose a time zone from the list, e.g. Europe/Berlin', 'week.tue.1': 'overlaps 09:00–17:00',
    });
  });

  it('puts the API’s paths (by index) next to the day, date or blackout they name', () => {
    const draft = { ...newScheduleDraft('UTC'), overrides: { '2026-12-31': [], '2026-12-24': [{ start: '10:00', end: '09:00' }] } };
    // Monday to Friday hold one rule each, so weekly.4 is Friday's; overrides go by date order.
    expect(placeApiErrors(draft, { 'weekly.4.end': 'end must be after start', 'overrides.0.intervals.0.end': 'bad', 'blackouts.1.end': 'late', name: 'taken' }))
      .toEqual({ 'week.fri.0': 'end must be after start', 'overrides.2026-12-24.0': 'bad', 'blackouts.1': 'late', name: 'taken' });
  });
});
