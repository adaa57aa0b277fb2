import { z } from 'zod';
import { BULK_ACTIONS } from '../../services/booking-bulk.ts';
import { bookingOutput } from './booking.ts';

/** A booking uid in a path or a body. */
export const bookingUid = z.string().regex(/^bk_[\w-]{1,29}$/, 'must be a booking uid');

/** Body of the bulk action: one action for 1 to 100 bookings. */
export const bulkInput = z.object({
  action: z.enum(BULK_ACTIONS),
  uids: z.array(bookingUid).min(1).max(100),
  reason: z.string().trim().max(1000).optional(),
}).strict();

/** Per-booking outcome of a bulk action, in the order of the request's uids. */
export const bulkOutput = z.object({
  results: z.array(z.union([
    z.object({ uid: z.string(), ok: z.literal(true), booking: bookingOutput }),
    z.object({ uid: z.string(), ok: z.literal(false), error: z.object({ status: z.number().int(), code: z.string(), detail: z.string() }) }),
  ])),
}).meta({ id: 'BulkBookingResults' });

/** Body of an internal note. */
export const noteInput = z.object({ text: z.string().trim().min(1).max(5000) }).strict();

/** An internal note, as it appears in the booking's history. */
export const noteOutput = z.object({
  at: z.string(), type: z.literal('note'), actor: z.string(), data: z.object({ text: z.string() }),
}).meta({ id: 'BookingNote' });
