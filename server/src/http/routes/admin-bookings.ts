import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { bookingsCsv } from '../../services/booking-csv.ts';
import { bulkBookingAction } from '../../services/booking-bulk.ts';
import { listBookings } from '../../services/booking-list.ts';
import { addBookingNote } from '../../services/booking-notes.ts';
import { assertBookingInScope, hostForBooking } from '../../services/booking-scope.ts';
import {
  bookingHistory, cancelBooking, loadBooking, rescheduleBooking, transitionBooking, type Actor,
} from '../../services/bookings.ts';
import { bookWithCheckout } from '../../services/payments/checkout.ts';
import type { Payments } from '../../services/payments/provider.ts';
import { presentBooking, presentBookingEvent, presentBookingRow } from '../presenters.ts';
import { defineRoute, type Route } from '../route.ts';
import {
  bookingCreatedOutput, bookingDetailOutput, bookingInput, bookingListQuery, bookingOutput, cancelInput, rescheduleInput,
} from '../schemas/booking.ts';
import { bookingUid, bulkInput, bulkOutput, noteInput, noteOutput } from '../schemas/booking-actions.ts';
import { listOf } from '../schemas/common.ts';

const TAG = 'Bookings';
const uidParams = z.object({ uid: bookingUid });

/** Admin booking routes: list (JSON or CSV), detail with history, create and every action. */
export function bookingAdminRoutes(deps: { clock: () => Date; paymentsConfigured: boolean; secretKey: string; publicUrl: string; payments: Payments | null }): Route[] {
  const em = (ctx: { state: Record<string, unknown> }) => ctx.state.em as EntityManager;
  const transition = (action: 'confirm' | 'decline' | 'no-show' | 'complete', summary: string) => defineRoute({
    method: 'post', path: `/v1/bookings/:uid/${action}`, operationId: `${action.replace('-s', 'S')}Booking`, tag: TAG, summary,
    auth: { kind: 'admin', role: 'staff' }, params: uidParams, body: cancelInput, idempotent: true,
    responses: { 200: { description: 'The booking', schema: bookingOutput } },
    handler: async ({ ctx, caller, params, body }) => {
      await assertBookingInScope(em(ctx), caller.workspaceId, params.uid, caller.hostIds);
      return { body: presentBooking(await transitionBooking(em(ctx), caller.workspaceId, params.uid, action, caller.actor as Actor, deps.clock(), body.reason)) };
    },
  });
  return [
    defineRoute({
      method: 'get', path: '/v1/bookings', operationId: 'listBookings', tag: TAG,
      summary: 'Bookings by start time, filtered; `Accept: text/csv` streams every match as CSV.',
      auth: { kind: 'admin', role: 'viewer' }, query: bookingListQuery,
      responses: { 200: { description: 'A page of bookings', schema: listOf(bookingOutput) } },
      handler: async ({ ctx, caller, query }) => {
        const { limit, cursor, ...rest } = query;
        const filter = { ...rest, hostIds: caller.hostIds };
        if (ctx.accepts('application/json', 'text/csv') === 'text/csv') {
          return {
            raw: bookingsCsv(em(ctx), caller.workspaceId, filter), contentType: 'text/csv; charset=utf-8',
            headers: { 'Content-Disposition': 'attachment; filename="bookings.csv"' },
          };
        }
        const page = await listBookings(em(ctx), caller.workspaceId, filter, { limit, cursor });
        return { body: { data: page.data.map(presentBookingRow), nextCursor: page.nextCursor } };
      },
    }),
    defineRoute({
      method: 'get', path: '/v1/bookings/:uid', operationId: 'getBooking', tag: TAG, summary: 'A booking with its full history.',
      auth: { kind: 'admin', role: 'viewer' }, params: uidParams, responses: { 200: { description: 'The booking', schema: bookingDetailOutput } },
      handler: async ({ ctx, caller, params }) => {
        await assertBookingInScope(em(ctx), caller.workspaceId, params.uid, caller.hostIds);
        const booking = await loadBooking(em(ctx), caller.workspaceId, params.uid);
        const history = await bookingHistory(em(ctx), booking);
        return { body: { ...presentBooking(booking), history: history.map(presentBookingEvent) } };
      },
    }),
    defineRoute({
      method: 'post', path: '/v1/bookings', operationId: 'createBooking', tag: TAG, summary: 'Book on behalf of a customer (same rules as customers).',
      auth: { kind: 'admin', role: 'staff' }, body: bookingInput, idempotent: true,
      responses: { 201: { description: 'Booked', schema: bookingCreatedOutput } },
      handler: async ({ ctx, caller, body }) => {
        const host = hostForBooking(body.host, caller.hostIds);
        const { booking, manageToken, payment } = await bookWithCheckout(em(ctx), deps, caller.workspaceId, { ...body, host }, { now: deps.clock(), actor: caller.actor as Actor });
        return { status: 201, body: { booking: presentBooking(booking), manageToken, payment } };
      },
    }),
    defineRoute({
      method: 'post', path: '/v1/bookings/:uid/cancel', operationId: 'cancelBooking', tag: TAG, summary: 'Cancel; the slot frees at once.',
      auth: { kind: 'admin', role: 'staff' }, params: uidParams, body: cancelInput, idempotent: true, responses: { 200: { description: 'The booking', schema: bookingOutput } },
      handler: async ({ ctx, caller, params, body }) => {
        await assertBookingInScope(em(ctx), caller.workspaceId, params.uid, caller.hostIds);
        return { body: presentBooking(await cancelBooking(em(ctx), caller.workspaceId, params.uid, body.reason, caller.actor as Actor, deps.clock())) };
      },
    }),
    defineRoute({
      method: 'post', path: '/v1/bookings/:uid/reschedule', operationId: 'rescheduleBooking', tag: TAG, summary: 'Move to another free slot; uid stays.',
      auth: { kind: 'admin', role: 'staff' }, params: uidParams, body: rescheduleInput, idempotent: true, responses: { 200: { description: 'The booking', schema: bookingOutput } },
      handler: async ({ ctx, caller, params, body }) => {
        await assertBookingInScope(em(ctx), caller.workspaceId, params.uid, caller.hostIds);
        return { body: presentBooking(await rescheduleBooking(em(ctx), caller.workspaceId, params.uid, body, caller.actor as Actor, deps.clock())) };
      },
    }),
    transition('confirm', 'Confirm a booking pending confirmation.'),
    transition('decline', 'Decline a booking pending confirmation; the slot frees.'),
    transition('no-show', 'Mark a started, confirmed booking as a no-show.'),
    transition('complete', 'Mark a started, confirmed booking as completed.'),
    defineRoute({
      // Not idempotent on purpose: a replay would run every item inside one transaction.
      method: 'post', path: '/v1/bookings/bulk', operationId: 'bulkBookings', tag: TAG,
      summary: 'Cancel, confirm or decline up to 100 bookings; each in its own transaction, with a result per uid.',
      auth: { kind: 'admin', role: 'staff' }, body: bulkInput, responses: { 200: { description: 'One result per uid, in order', schema: bulkOutput } },
      handler: async ({ ctx, caller, body }) => ({
        body: { results: await bulkBookingAction(em(ctx), caller.workspaceId, body, { actor: caller.actor as Actor, hostIds: caller.hostIds }, deps.clock()) },
      }),
    }),
    defineRoute({
      method: 'post', path: '/v1/bookings/:uid/notes', operationId: 'addBookingNote', tag: TAG,
      summary: 'Add an internal note to the history; customers, emails and webhooks never see it.',
      auth: { kind: 'admin', role: 'staff' }, params: uidParams, body: noteInput, idempotent: true,
      responses: { 201: { description: 'The note', schema: noteOutput } },
      handler: async ({ ctx, caller, params, body }) => ({
        status: 201, body: presentBookingEvent(await addBookingNote(em(ctx), caller.workspaceId, params.uid, body.text, { actor: caller.actor as Actor, hostIds: caller.hostIds }, deps.clock())),
      }),
    }),
  ];
}
