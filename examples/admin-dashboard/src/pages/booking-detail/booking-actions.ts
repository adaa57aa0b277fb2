import type { Booking } from '@slotkit/sdk';

/** What an admin can do to a booking. */
export type BookingAction = 'confirm' | 'decline' | 'cancel' | 'reschedule' | 'no-show' | 'complete';

/** Every action, in the order the detail page shows them. */
export const BOOKING_ACTIONS: readonly BookingAction[] = ['confirm', 'decline', 'reschedule', 'cancel', 'complete', 'no-show'];

const FINAL: readonly Booking['status'][] = ['cancelled', 'completed', 'no_show'];

/**
 * Which actions the booking's status (and time) allows at `now`, by the server's rules:
 * confirm and decline only while it awaits confirmation; cancel and reschedule until it ends,
 * unless it is already cancelled, completed or a no-show; no-show and complete only for a
 * confirmed booking that has started.
 */
export function allowedActions(booking: Pick<Booking, 'status' | 'start' | 'end'>, now: Date): Set<BookingAction> {
  const allowed = new Set<BookingAction>();
  const started = Date.parse(booking.start) <= now.getTime();
  const ended = Date.parse(booking.end) <= now.getTime();
  if (booking.status === 'pending_confirmation') allowed.add('confirm').add('decline');
  if (!FINAL.includes(booking.status) && !ended) allowed.add('cancel').add('reschedule');
  if (booking.status === 'confirmed' && started) allowed.add('complete').add('no-show');
  return allowed;
}
