import { describe, expect, it } from 'vitest';
import { priceBooking } from './price-booking.ts';

const base = { amount: 5000, currency: 'eur' };
const rules = {
  roles: [{ role: 'member', label: 'Member', amount: 3000, accessCode: 'M-2026' }, { role: 'student', label: 'Student', amount: 1999 }],
  seatTiers: [{ minSeats: 3, amount: 4500 }, { minSeats: 5, amount: 4000 }],
};

describe('priceBooking', () => {
  it('charges the base price per seat without rules', () => {
    expect(priceBooking(base, { roles: [], seatTiers: [] }, 2)).toEqual({ unitAmount: 5000, seats: 2, amount: 10000, currency: 'eur', rule: 'base', role: null });
  });

  it('takes the highest tier whose minimum the seats reach, boundaries included', () => {
    expect(priceBooking(base, rules, 2).rule).toBe('base');
    expect(priceBooking(base, rules, 3)).toMatchObject({ unitAmount: 4500, amount: 13500, rule: 'tier' });
    expect(priceBooking(base, rules, 4)).toMatchObject({ unitAmount: 4500, amount: 18000, rule: 'tier' });
    expect(priceBooking(base, rules, 5)).toMatchObject({ unitAmount: 4000, amount: 20000, rule: 'tier' });
  });

  it('finds the highest tier whatever the order the tiers are listed in', () => {
    expect(priceBooking(base, { roles: [], seatTiers: [...rules.seatTiers].reverse() }, 7)).toMatchObject({ unitAmount: 4000, rule: 'tier' });
  });

  it('lets a matched role win over tiers, with odd amounts kept exact', () => {
    expect(priceBooking(base, rules, 5, 'student')).toEqual({ unitAmount: 1999, seats: 5, amount: 9995, currency: 'eur', rule: 'role', role: 'student' });
  });

  it('prices an unknown role like no role', () => {
    expect(priceBooking(base, rules, 1, 'alien')).toMatchObject({ rule: 'base', amount: 5000, role: null });
  });

  it('can make a booking free', () => {
    expect(priceBooking(base, { roles: [{ role: 'staff', label: 'Staff', amount: 0 }], seatTiers: [] }, 3, 'staff')).toMatchObject({ amount: 0, rule: 'role' });
  });
});
