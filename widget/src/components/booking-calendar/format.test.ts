import { expect } from '@open-wc/testing';
import { formatLongDate, formatMinutes, formatMoney, formatMonth, formatTime, formatTimeRange, formatWeekday } from './format.ts';

describe('format', () => {
  it('names days the way the contract reads them in English, and natively elsewhere', () => {
    expect(formatLongDate('2026-12-01', 'en-US')).to.equal('Tuesday 1 December 2026');
    expect(formatLongDate('2026-12-01', 'en-GB')).to.equal('Tuesday 1 December 2026');
    expect(formatLongDate('2026-12-01', 'de')).to.equal('Dienstag, 1. Dezember 2026');
    expect(formatMonth('2026-12-15', 'en-US')).to.equal('December 2026');
  });

  it('formats a time range in the viewer\'s zone with plain spaces and a word between', () => {
    const [start, end] = ['2026-12-01T08:00:00Z', '2026-12-01T08:30:00Z'];
    expect(formatTimeRange(start, end, 'en-US', 'Europe/Berlin', ' to ')).to.equal('9:00 to 9:30 AM');
    expect(formatTimeRange(start, end, 'en-US', 'America/New_York', ' to ')).to.equal('3:00 to 3:30 AM');
    expect(formatTimeRange(start, end, 'en-GB', 'Asia/Tokyo', ' to ')).to.equal('17:00 to 17:30');
    expect(formatTimeRange('2026-12-01T11:30:00Z', '2026-12-01T12:30:00Z', 'en-US', 'UTC', ' to ')).to.equal('11:30 AM to 12:30 PM');
    expect(formatTimeRange(start, end, 'en-US', 'Europe/Berlin', ' to ')).to.not.match(/[\u202f\u2009]/);
  });

  it('formats money from minor units with each currency\'s own decimals, in the locale\'s way', () => {
    expect(formatMoney(5000, 'eur', 'en-US')).to.equal('€50.00');
    expect(formatMoney(5000, 'eur', 'de-DE')).to.equal('50,00 €');
    expect(formatMoney(5000, 'jpy', 'en-US')).to.equal('¥5,000');
    expect(formatMoney(5000, 'jpy', 'ja-JP')).to.equal('￥5,000');
    expect(formatMoney(1234, 'kwd', 'en-US')).to.equal('KWD 1.234');
    expect(formatMoney(199, 'usd', 'fr-FR')).to.equal('1,99 $US');
  });

  it('formats a time of day in a zone', () => {
    expect(formatTime('2026-11-30T08:30:00Z', 'en-US', 'Europe/Berlin')).to.equal('9:30 AM');
    expect(formatTime('2026-11-30T08:30:00Z', 'de', 'America/New_York')).to.equal('03:30');
  });

  it('formats weekdays and minutes', () => {
    expect(formatWeekday(0, 'en-US')).to.deep.equal({ short: 'Sun', long: 'Sunday' });
    expect(formatWeekday(1, 'fr')).to.deep.equal({ short: 'lun.', long: 'lundi' });
    expect(formatMinutes(45, 'en')).to.equal('45 min');
  });
});
