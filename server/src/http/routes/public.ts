import type { EntityManager } from '@mikro-orm/postgresql';
import { daysBetween } from '@slotkit/core';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { eventTypeSlots, slotPolicyOf } from '../../services/availability.ts';
import { bookingByManageToken, cancelBooking, rescheduleBooking } from '../../services/bookings.ts';
import { bookWithCheckout, resumeCheckout } from '../../services/payments/checkout.ts';
import { bookingPrice } from '../../services/payments/pricing.ts';
import type { Payments } from '../../services/payments/provider.ts';
import { calendarInvite } from '../../services/calendar-invite.ts';
import { bookableEventType, listEventTypes } from '../../services/event-types.ts';
import { manageUrl } from '../../services/links.ts';
import { workspaceBySlug } from '../../services/workspaces.ts';
import { iso, presentBooking, presentEventTypePublic } from '../presenters.ts';
import { manageTokenOf } from '../manage-token.ts';
import { defineRoute, type Route } from '../route.ts';
import { listOf, slug, workspaceSlug } from '../schemas/common.ts';
import {
  bookingCreatedOutput, bookingInput, bookingOutput, cancelInput, rescheduleInput, slotsOutput, slotsQuery,
} from '../schemas/booking.ts';
import { eventTypePublicOutput } from '../schemas/event-type.ts';
import { checkoutOutput, quoteOutput, quoteQuery } from '../schemas/payment.ts';

const TAG = 'Public booking';
const MAX_RANGE_DAYS = 62;
const workspaceParams = z.object({ workspace: workspaceSlug });
const eventTypeParams = z.object({ workspace: workspaceSlug, slug });
const uidParams = z.object({ uid: z.string().regex(/^bk_[\w-]{1,29}$/, 'must be a booking uid') });

/** What the public routes need. */
export interface PublicRouteDeps {
  clock: () => Date;
  publicUrl: string;
  paymentsConfigured: boolean;
  /** Stripe, when configured. */
  payments: Payments | null;
  /** Derives manage tokens. */
  secretKey: string;
}

/** Routes for customers and widgets: no credentials, CORS open. */
export function publicRoutes(deps: PublicRouteDeps): Route[] {
  const em = (ctx: { state: Record<string, unknown> }) => ctx.state.em as EntityManager;
  return [
    defineRoute({
      method: 'get', path: '/v1/public/:workspace/event-types', operationId: 'listPublicEventTypes', tag: TAG,
      summary: 'Active, public event types of a workspace.', auth: { kind: 'public' }, params: workspaceParams,
      responses: { 200: { description: 'Event types', schema: listOf(eventTypePublicOutput) } },
      handler: async ({ params, ctx }) => {
        const workspace = await workspaceBySlug(em(ctx), params.workspace);
        const types = await listEventTypes(em(ctx), workspace.id, { publicOnly: true });
        return { body: { data: types.map(presentEventTypePublic), nextCursor: null } };
      },
    }),
    defineRoute({
      method: 'get', path: '/v1/public/:workspace/event-types/:slug', operationId: 'getPublicEventType', tag: TAG,
      summary: 'One bookable event type (hidden ones too, by their link).', auth: { kind: 'public' }, params: eventTypeParams,
      responses: { 200: { description: 'The event type', schema: eventTypePublicOutput } },
      handler: async ({ params, ctx }) => {
        const workspace = await workspaceBySlug(em(ctx), params.workspace);
        return { body: presentEventTypePublic(await bookableEventType(em(ctx), workspace.id, { slug: params.slug })) };
      },
    }),
    defineRoute({
      method: 'get', path: '/v1/public/:workspace/event-types/:slug/slots', operationId: 'listSlots', tag: TAG,
      summary: 'Free slots between two local dates (inclusive, at most 62 days) in the viewer\'s zone.',
      auth: { kind: 'public' }, params: eventTypeParams, query: slotsQuery,
      responses: { 200: { description: 'Slots grouped by local date; days without slots omitted', schema: slotsOutput } },
      handler: async ({ params, query, ctx }) => {
        const span = daysBetween(query.from, query.to);
        if (span < 0) throw AppError.validation([{ path: 'to', message: 'must not be before from' }]);
        if (span >= MAX_RANGE_DAYS) throw AppError.validation([{ path: 'to', message: `the range is at most ${MAX_RANGE_DAYS} days` }]);
        const eventType = await slotPolicyOf(em(ctx), params.workspace, params.slug);
        if (!eventType) throw AppError.notFound('Event type');
        const duration = query.duration ?? eventType.defaultDuration;
        if (!eventType.durations.includes(duration)) throw AppError.validation([{ path: 'duration', message: `must be one of ${eventType.durations.join(', ')}` }]);
        const days = await eventTypeSlots(em(ctx), eventType, duration, query, deps.clock().getTime(), query.host);
        return {
          body: {
            timezone: query.timezone, duration,
            days: days.map((d) => ({ date: d.date, slots: d.slots.map((s) => ({ start: iso(s.start), end: iso(s.end), seatsLeft: s.seatsLeft })) })),
          },
          headers: { 'Cache-Control': 'no-store' },
        };
      },
    }),
    defineRoute({
      method: 'get', path: '/v1/public/:workspace/event-types/:slug/price', operationId: 'quotePrice', tag: TAG,
      summary: 'What a booking would cost: per seat, for `seats` seats, as `role` (access codes are checked when booking).',
      auth: { kind: 'public' }, params: eventTypeParams, query: quoteQuery,
      responses: { 200: { description: 'The price', schema: quoteOutput } },
      handler: async ({ params, query, ctx }) => {
        const workspace = await workspaceBySlug(em(ctx), params.workspace);
        const eventType = await bookableEventType(em(ctx), workspace.id, { slug: params.slug });
        if (query.seats > eventType.seats) throw AppError.validation([{ path: 'seats', message: `at most ${eventType.seats} seat(s) per booking` }]);
        const price = bookingPrice(eventType, { seats: query.seats, customerRole: query.role }, { checkAccessCode: false });
        const body = price
          ? { unitAmount: price.unitAmount, seats: price.seats, amount: price.amount, currency: price.currency, rule: price.rule }
          : { unitAmount: 0, seats: query.seats, amount: 0, currency: null, rule: 'base' as const };
        return { body };
      },
    }),
    defineRoute({
      method: 'post', path: '/v1/public/:workspace/bookings', operationId: 'createPublicBooking', tag: TAG,
      summary: 'Book a slot. Send an Idempotency-Key to retry safely.', auth: { kind: 'public' }, params: workspaceParams,
      body: bookingInput, idempotent: true, rateLimited: true,
      responses: { 201: { description: 'Booked; the manage token is shown only here', schema: bookingCreatedOutput } },
      handler: async ({ params, body, ctx }) => {
        const workspace = await workspaceBySlug(em(ctx), params.workspace);
        const { booking, manageToken, payment } = await bookWithCheckout(em(ctx), deps, workspace.id, body, { now: deps.clock(), actor: 'customer' });
        return { status: 201, body: { booking: presentBooking(booking), manageToken, payment } };
      },
    }),
    defineRoute({
      method: 'get', path: '/v1/public/bookings/:uid', operationId: 'getManagedBooking', tag: TAG,
      summary: 'A booking, by its manage token.', auth: { kind: 'manage' }, params: uidParams,
      responses: { 200: { description: 'The booking', schema: bookingOutput } },
      handler: async ({ params, ctx }) => ({ body: presentBooking(await bookingByManageToken(em(ctx), params.uid, manageTokenOf(ctx))) }),
    }),
    defineRoute({
      method: 'post', path: '/v1/public/bookings/:uid/cancel', operationId: 'cancelManagedBooking', tag: TAG,
      summary: 'Cancel a booking, by its manage token; the slot frees at once.', auth: { kind: 'manage' }, params: uidParams, body: cancelInput, idempotent: true,
      responses: { 200: { description: 'The cancelled booking', schema: bookingOutput } },
      handler: async ({ params, body, ctx }) => {
        const booking = await bookingByManageToken(em(ctx), params.uid, manageTokenOf(ctx));
        return { body: presentBooking(await cancelBooking(em(ctx), booking.workspace.id, booking.uid, body.reason, 'customer', deps.clock())) };
      },
    }),
    defineRoute({
      method: 'post', path: '/v1/public/bookings/:uid/checkout', operationId: 'checkoutManagedBooking', tag: TAG,
      summary: 'The Stripe Checkout link of a booking still waiting for its payment.', auth: { kind: 'manage' }, params: uidParams,
      responses: { 200: { description: 'Where to pay, and until when', schema: checkoutOutput } },
      handler: async ({ params, ctx }) => {
        const booking = await bookingByManageToken(em(ctx), params.uid, manageTokenOf(ctx));
        return { body: await resumeCheckout(em(ctx), booking, deps.clock()) };
      },
    }),
    defineRoute({
      method: 'post', path: '/v1/public/bookings/:uid/reschedule', operationId: 'rescheduleManagedBooking', tag: TAG,
      summary: 'Move a booking to another free slot; uid and manage link stay.', auth: { kind: 'manage' }, params: uidParams, body: rescheduleInput, idempotent: true,
      responses: { 200: { description: 'The moved booking', schema: bookingOutput } },
      handler: async ({ params, body, ctx }) => {
        const booking = await bookingByManageToken(em(ctx), params.uid, manageTokenOf(ctx));
        return { body: presentBooking(await rescheduleBooking(em(ctx), booking.workspace.id, booking.uid, body, 'customer', deps.clock())) };
      },
    }),
    defineRoute({
      method: 'get', path: '/v1/public/bookings/:uid/calendar.ics', operationId: 'getManagedBookingCalendar', tag: TAG,
      summary: 'The booking as an iCalendar invite (METHOD:REQUEST, or METHOD:CANCEL once cancelled).', auth: { kind: 'manage' }, params: uidParams,
      responses: { 200: { description: 'iCalendar', contentType: 'text/calendar' } },
      handler: async ({ params, ctx }) => {
        const token = manageTokenOf(ctx) ?? '';
        const booking = await bookingByManageToken(em(ctx), params.uid, token);
        const ics = calendarInvite(presentBooking(booking), {
          organizerEmail: booking.host.email ?? 'bookings@slotkit.local',
          organizerName: booking.host.name,
          manageUrl: manageUrl(deps.publicUrl, booking.uid, token),
        });
        const method = booking.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
        return {
          raw: ics, contentType: `text/calendar; charset=utf-8; method=${method}`,
          headers: { 'Content-Disposition': `attachment; filename="${booking.uid}.ics"` },
        };
      },
    }),
  ];
}
