/** A price per seat for customers of one role (e.g. members), maybe behind an access code. */
export interface RolePrice {
  role: string;
  label: string;
  amount: number;
  accessCode?: string | undefined;
}

/** A price per seat once a booking takes at least `minSeats` seats. */
export interface SeatTier {
  minSeats: number;
  amount: number;
}

/** An event type's pricing rules beyond its base price per seat. */
export interface PricingRules {
  roles: RolePrice[];
  seatTiers: SeatTier[];
}

/** The most one payment may take, in minor units: Stripe's limit for an amount (e.g. 999,999.99 EUR). */
export const MAX_CHARGE_AMOUNT = 99_999_999;

/** Which rule set the unit price. */
export type PriceRule = 'base' | 'tier' | 'role';

/** What a booking costs: the unit (per seat) amount, the total and the rule that applied. */
export interface BookingPrice {
  unitAmount: number;
  seats: number;
  amount: number;
  currency: string;
  rule: PriceRule;
  /** The role whose price applied, when `rule` is `role`. */
  role: string | null;
}

/**
 * Prices a booking of `seats` seats. The unit is the matched role's amount, else the highest
 * seat tier with `minSeats <= seats`, else the base amount; the total is unit x seats, in the
 * same integer minor units. A role not in the rules prices like no role (callers that must
 * refuse unknown roles check `findRole` first). Access codes are not checked here.
 */
export function priceBooking(base: { amount: number; currency: string }, rules: PricingRules, seats: number, role?: string | null): BookingPrice {
  const matched = role ? findRole(rules, role) : undefined;
  if (matched) return { unitAmount: matched.amount, seats, amount: matched.amount * seats, currency: base.currency, rule: 'role', role: matched.role };
  let tier: SeatTier | undefined;
  for (const t of rules.seatTiers) if (t.minSeats <= seats && (!tier || t.minSeats > tier.minSeats)) tier = t;
  if (tier) return { unitAmount: tier.amount, seats, amount: tier.amount * seats, currency: base.currency, rule: 'tier', role: null };
  return { unitAmount: base.amount, seats, amount: base.amount * seats, currency: base.currency, rule: 'base', role: null };
}

/** The role price named `role`, if the rules have one. */
export function findRole(rules: PricingRules, role: string): RolePrice | undefined {
  return rules.roles.find((r) => r.role === role);
}
