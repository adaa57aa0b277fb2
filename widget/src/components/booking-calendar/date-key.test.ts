import { expect } from '@open-wc/testing';
import { addDays, addMonths, dateKeyIn, endOfMonth, weekday } from './date-key.ts';

describe('date keys', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2027-03-01', -1)).to.equal('2027-02-28');
    expect(addDays('2028-03-01', -1)).to.equal('2028-02-29');
  });

  it('adds months, clamping to the shorter month', () => {
    expect(addMonths('2027-01-31', 1)).to.equal('2027-02-28');
    expect(addMonths('2028-01-31', 1)).to.equal('2028-02-29');
    expect(addMonths('2026-12-15', 1)).to.equal('2027-01-15');
    expect(addMonths('2027-01-15', -12)).to.equal('2026-01-15');
  });

  it('knows month ends and weekdays', () => {
    expect(endOfMonth('2026-02-10')).to.equal('2026-02-28');
    expect(endOfMonth('2026-12-01')).to.equal('2026-12-31');
    expect(weekday('2026-12-01')).to.equal(2); // a Tuesday
  });

  it('gives the local date of an instant in a zone', () => {
    const instant = Date.parse('2026-11-30T23:30:00Z');
    expect(dateKeyIn(instant, 'Europe/Berlin')).to.equal('2026-12-01');
    expect(dateKeyIn(instant, 'America/New_York')).to.equal('2026-11-30');
    expect(dateKeyIn(instant, 'Asia/Tokyo')).to.equal('2026-12-01');
    expect(dateKeyIn(instant, 'Pacific/Kiritimati')).to.equal('2026-12-01');
  });
});
