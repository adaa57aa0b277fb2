import { timingSafeEqual } from 'node:crypto';
import { findRole, MAX_CHARGE_AMOUNT, priceBooking, type BookingPrice } from '@slotkit/core';
import type { IEventType } from '../../db/entities/index.ts';
import { AppError } from '../../errors.ts';
import { sha256 } from '../secrets.ts';

/** Compares access codes in constant time (hashes first, so lengths leak nothing either). */
function sameCode(given: string, expected: string): boolean {
  return timingSafeEqual(Buffer.from(sha256(given), 'hex'), Buffer.from(sha256(expected), 'hex'));
}

/**
 * What a booking of `seats` seats as `customerRole` costs under the event type's pricing, or
 * null when the event type is free. An unknown role is refused (422 on `customerRole`); with
 * `checkAccessCode`, a role behind an access code needs the right one (422 on `accessCode`).
 * A total above what one payment may take is refused on `seats` (Stripe would refuse it).
 */
export function bookingPrice(
  eventType: Pick<IEventType, 'price' | 'pricing'>,
  input: { seats: number; customerRole?: string | undefined; accessCode?: string | undefined },
  options: { checkAccessCode: boolean },
): BookingPrice | null {
  if (!eventType.price) {
    if (input.customerRole) throw AppError.validation([{ path: 'customerRole', message: 'this event type has no pricing roles' }]);
    return null;
  }
  if (input.customerRole) {
    const role = findRole(eventType.pricing, input.customerRole);
    if (!role) throw AppError.validation([{ path: 'customerRole', message: `must be one of: ${eventType.pricing.roles.map((r) => r.role).join(', ') || 'no roles'}` }]);
    if (options.checkAccessCode && role.accessCode && !(input.accessCode && sameCode(input.accessCode, role.accessCode))) {
      throw AppError.validation([{ path: 'accessCode', message: input.accessCode ? 'is not the code of this role' : 'this role needs an access code' }]);
    }
  }
  const price = priceBooking(eventType.price, eventType.pricing, input.seats, input.customerRole);
  if (price.amount > MAX_CHARGE_AMOUNT) {
    throw AppError.validation([{ path: 'seats', message: `the total (${price.amount}) exceeds ${MAX_CHARGE_AMOUNT}, the most one payment may take: book fewer seats` }]);
  }
  return price;
}
