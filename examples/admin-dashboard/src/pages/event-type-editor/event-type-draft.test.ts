import { describe, expect, it } from 'vitest';
import { draftFromEventType, draftToBody, formatMinutes, moveItem, newEventTypeDraft, questionKey, slugify, type AdminEventType } from './event-type-draft.ts';
import { fromMinorUnits, toMinorUnits } from './money.ts';

describe('event type draft', () => {
  it('makes slugs and question keys people would type', () => {
    expect(slugify('  Café Consultation — 1:1 ')).toBe('cafe-consultation-1-1');
    expect(questionKey('What brings you here?')).toBe('what_brings_you_here');
    expect(questionKey('1st visit?')).toBe('q_1st_visit');
  });

  it('converts prices between what admins type and minor units, by the currency’s decimals', () => {
    expect(toMinorUnits('49.9', 'usd')).toBe(4990);
    expect(toMinorUnits('1,234.50', 'eur')).toBe(123450);
    expect(toMinorUnits('500', 'jpy')).toBe(500);
    expect(toMinorUnits('5.5', 'jpy')).toBeNull();
    expect(toMinorUnits('-1', 'usd')).toBeNull();
    expect(fromMinorUnits(4990, 'usd')).toBe('49.90');
  });

  it('finds the obvious problems before asking the server, keyed by API paths', () => {
    const draft = { ...newEventTypeDraft(), title: '', slug: 'Bad Slug', seats: '0', paid: true, priceAmount: 'ten',
      questions: [{ key: 'topic', label: 'Topic', type: 'select' as const, required: true, options: [' '], autoKey: false }] };
    const { errors } = draftToBody(draft);
    expect(errors).toMatchObject({
      title: 'is required', slug: 'must be lowercase letters, digits and dashes', seats: 'must be between 1 and 10000',
      hostIds: 'choose at least one host', 'price.amount': expect.stringContaining('USD'), 'questions.0.options': 'a select question needs options',
    });
  });

  it('builds the body for every field and round-trips a stored event type', () => {
    const stored: AdminEventType = {
      id: 'e1', slug: 'deep-dive', title: 'Deep dive', description: 'Long talk', durations: [30, 60], defaultDuration: 60, seats: 3,
      price: { amount: 5000, currency: 'eur' }, location: { kind: 'in_person', value: 'Studio' },
      questions: [{ key: 'topic', label: 'Topic', type: 'select', required: true, options: ['A', 'B'] }], requiresConfirmation: true,
      hostIds: ['h1'], scheduleId: 's1', slotStep: 15, bufferBefore: 5, bufferAfter: 10, minNotice: 120, maxAdvanceDays: 30, maxPerDay: 4,
      reminders: [60, 1440], visibility: 'hidden', active: false, archived: false,
      pricing: { roles: [{ role: 'student', label: 'Student', amount: 2500, accessCode: 'EDU' }], seatTiers: [{ minSeats: 3, amount: 4000 }] },
      cancellationPolicy: { fullRefundHours: 48, partialRefundHours: 24, partialRefundPercent: 50 },
    };
    const { body, errors } = draftToBody(draftFromEventType(stored));
    expect(errors).toEqual({});
    const { id: _id, archived: _archived, ...fields } = stored;
    expect(body).toEqual({ ...fields, reminders: [1440, 60] });
  });

  it('sends no price rules and no refund policy unless set', () => {
    const draft = { ...newEventTypeDraft({ hostIds: ['h1'] }), title: 'Call', slug: 'call' };
    expect(draftToBody(draft).body).toMatchObject({ price: null, pricing: { roles: [], seatTiers: [] }, cancellationPolicy: null });
    expect(draftToBody({ ...draft, paid: true, priceAmount: '10', hasPolicy: true }).body.cancellationPolicy)
      .toEqual({ fullRefundHours: 24, partialRefundHours: 2, partialRefundPercent: 50 });
    // Unticking "paid" drops the rules entered meanwhile instead of sending them with no price.
    const unpaid = draftToBody({ ...draft, paid: false, hasPolicy: true, roles: [{ role: 'vip', label: 'VIP', amount: 'x', accessCode: '' }] });
    expect(unpaid.errors).toEqual({});
    expect(unpaid.body).toMatchObject({ pricing: { roles: [], seatTiers: [] }, cancellationPolicy: null });
  });

  it('reorders and formats', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(formatMinutes(1500)).toBe('1 day 1 h');
    expect(formatMinutes(45)).toBe('45 min');
  });
});
