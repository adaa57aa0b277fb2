import type { EventTypePublic } from '@slotkit/sdk';
import type { Strings } from '../../strings/index.ts';
import { formatMoney } from './format.ts';

/** Whether booking the event type may cost money: a base price or a priced role. */
export const isPriced = (et: EventTypePublic): boolean => !!et.price || et.pricing.roles.length > 0;

/** "€50.00" (or "€50.00 per seat" for group events): the base price shown with the event type. */
export function priceLabel(et: EventTypePublic, locale: string, t: Strings): string | undefined {
  if (!et.price) return undefined;
  const price = formatMoney(et.price.amount, et.price.currency, locale);
  return et.seats > 1 ? t.perSeat(price) : price;
}
