import type { components, operations } from './generated/openapi.ts';

/** The API's named schemas (`Booking`, `EventType`, `Problem`...), as generated from the server. */
export type Schemas = components['schemas'];

/** An operation id of the API, e.g. `listSlots`. */
export type OperationId = keyof operations;

/** The query parameters of an operation. */
export type Query<K extends OperationId> = NonNullable<operations[K]['parameters']['query']>;

/** The JSON request body of an operation. */
export type Body<K extends OperationId> = NonNullable<operations[K]['requestBody']> extends { content: { 'application/json': infer B } } ? B : never;

type Success<R> = R extends { 200: { content: { 'application/json': infer T } } } ? T
  : R extends { 201: { content: { 'application/json': infer T } } } ? T
  : undefined;

/** The JSON body of an operation's success response (`undefined` for 204). */
export type Result<K extends OperationId> = Success<operations[K]['responses']>;

/** One page of a paginated list: follow `nextCursor` until it is `null`. */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** A booking as the API returns it. */
export type Booking = Schemas['Booking'];
/** A booking with its history (`bookings.get`). */
export type BookingDetail = Schemas['BookingDetail'];
/** What creating a booking returns: the booking, its manage token (shown once) and any payment step. */
export type BookingCreated = Schemas['BookingCreated'];
/** An event type as customers see it. */
export type EventTypePublic = Schemas['EventTypePublic'];
/** An event type with its admin settings. */
export type EventType = Schemas['EventType'];
/** Free slots grouped by local date. */
export type Slots = Schemas['Slots'];
/** A host who takes bookings. */
export type Host = Schemas['Host'];
/** A weekly availability schedule with overrides and blackouts. */
export type Schedule = Schemas['Schedule'];
/** The caller's workspace. */
export type Workspace = Schemas['Workspace'];
/** An API key (never its secret, except once on creation). */
export type ApiKey = Schemas['ApiKey'];
/** A member of the workspace (dashboard user). */
export type Member = Schemas['Member'];
/** A signed-in dashboard session: member, workspace and the CSRF token to send on writes. */
export type Session = Schemas['Session'];
/** A payment taken through Stripe Checkout, with its refunds. */
export type Payment = Schemas['Payment'];
/** What a number of seats of an event type costs. */
export type PriceQuote = Schemas['PriceQuote'];
/** The RFC 9457 problem body of every API error. */
export type Problem = Schemas['Problem'];
/** A stable error code of the API, e.g. `slot_unavailable`. */
export type ProblemCode = Problem['code'];
