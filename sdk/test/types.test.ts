import { describe, expectTypeOf, it } from 'vitest';
import {
  Slotkit, type Booking, type BookingCreated, type Page, type ProblemCode, type SlotkitError, type ValidationError,
} from '../src/index.ts';

// Checked by `tsc` (the repo's typecheck); at run time these assertions are no-ops.
const slotkit = new Slotkit({ baseUrl: 'http://localhost' });
const site = slotkit.public('acme');

describe('public surface types', () => {
  it('slots.list requires eventType, from, to and timezone', () => {
    type Params = Parameters<typeof site.slots.list>[0];
    expectTypeOf<Params>().toHaveProperty('from').toEqualTypeOf<string>();
    expectTypeOf<Params>().toHaveProperty('timezone').toEqualTypeOf<string>();
    expectTypeOf<Params['duration']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<{ eventType: 'x'; from: '2026-12-01'; to: '2026-12-02' }>().not.toExtend<Params>();
    expectTypeOf<{ eventType: 'x'; from: '2026-12-01'; to: '2026-12-02'; timezone: 'UTC' }>().toExtend<Params>();
    // @ts-expect-error timezone is required
    void (() => site.slots.list({ eventType: 'x', from: '2026-12-01', to: '2026-12-02' }));
  });

  it('booking create returns the booking with a string uid and the manage token', () => {
    type Created = Awaited<ReturnType<typeof site.bookings.create>>;
    expectTypeOf<Created>().toEqualTypeOf<BookingCreated>();
    expectTypeOf<Created['booking']['uid']>().toEqualTypeOf<string>();
    expectTypeOf<Created['manageToken']>().toEqualTypeOf<string>();
    expectTypeOf<Created['booking']['status']>().toEqualTypeOf<'pending_payment' | 'pending_confirmation' | 'confirmed' | 'cancelled' | 'completed' | 'no_show'>();
    // @ts-expect-error attendee is required
    void (() => site.bookings.create({ eventType: 'x', start: '2026-12-01T08:00:00Z', timezone: 'UTC' }));
  });

  it('bookings.list returns a page, listAll an async iterable of bookings', () => {
    expectTypeOf(slotkit.bookings.list).returns.resolves.toEqualTypeOf<Page<Booking>>();
    expectTypeOf(slotkit.bookings.listAll()).toExtend<AsyncIterable<Booking>>();
  });

  it('admin resources take and return the generated schemas', () => {
    expectTypeOf(slotkit.hosts.get).returns.resolves.toHaveProperty('scheduleId').toEqualTypeOf<string | null>();
    expectTypeOf(slotkit.eventTypes.create).parameter(0).toHaveProperty('slug').toEqualTypeOf<string>();
    expectTypeOf(slotkit.apiKeys.create).returns.resolves.toHaveProperty('secret').toEqualTypeOf<string>();
    expectTypeOf(slotkit.eventTypes.delete).returns.resolves.toEqualTypeOf<{ result: 'deleted' | 'archived' }>();
    expectTypeOf(slotkit.manage('bk_1', 't').calendarUrl).returns.toEqualTypeOf<string>();
  });

  it('errors expose status, code and request id; validation errors their fields', () => {
    expectTypeOf<SlotkitError['status']>().toEqualTypeOf<number>();
    expectTypeOf<SlotkitError['requestId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ProblemCode>().toExtend<SlotkitError['code']>();
    expectTypeOf<ValidationError['errors']>().toEqualTypeOf<{ path: string; message: string }[]>();
  });
});
