import type { EventTypePublic, PublicBookingInput } from '@slotkit/sdk';
import type { Strings } from '../../strings/index.ts';

/** What the booking form holds, as typed. */
export interface FormValues {
  name: string;
  email: string;
  phone: string;
  seats: string;
  guests: string;
  /** The chosen customer role (`''`: the standard rate) and its access code. */
  role: string;
  accessCode: string;
  /** Answers by question key; checkboxes are booleans. */
  answers: Record<string, string | boolean>;
}

// Deliberately loose: the server has the final word; this catches typos before a round trip.
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;
// The server's phone rule (server/src/http/schemas/booking.ts).
const PHONE = /^\+?[0-9 ()./-]{5,32}$/;

/** The form field id of a question. */
export const questionField = (key: string) => `q-${key}`;

/** The guests' addresses of a comma- or space-separated list. */
export function parseGuests(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

/** Reads the booking form's values (field names as `renderBookingForm` writes them). */
export function readForm(form: HTMLFormElement, eventType: EventTypePublic): FormValues {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const answers: Record<string, string | boolean> = {};
  for (const q of eventType.questions) answers[q.key] = q.type === 'checkbox' ? data.has(questionField(q.key)) : text(questionField(q.key));
  return {
    name: text('name'), email: text('email'), phone: text('phone'), seats: text('seats'), guests: text('guests'),
    role: text('role'), accessCode: text('accessCode'), answers,
  };
}

/**
 * The form's errors by field id (`name`, `email`, `phone`, `accessCode`, `seats`, `guests`,
 * `q-<key>`), in form order; empty when the booking can be sent. `maxSeats` is the chosen slot's seats left.
 */
export function validateForm(values: FormValues, eventType: EventTypePublic, maxSeats: number, t: Strings): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.name) errors.name = t.required;
  if (!values.email) errors.email = t.required;
  else if (!EMAIL.test(values.email)) errors.email = t.invalidEmail;
  if (eventType.location.kind === 'phone') {
    if (!values.phone) errors.phone = t.required;
    else if (!PHONE.test(values.phone)) errors.phone = t.invalidPhone;
  }
  for (const q of eventType.questions) {
    const answer = values.answers[q.key];
    if (q.required && (answer === '' || answer === false || answer === undefined)) errors[questionField(q.key)] = t.required;
    else if (q.type === 'phone' && typeof answer === 'string' && answer && !PHONE.test(answer)) errors[questionField(q.key)] = t.invalidPhone;
  }
  if (!values.accessCode && eventType.pricing.roles.find((r) => r.role === values.role)?.codeRequired) errors.accessCode = t.required;
  if (eventType.seats > 1) {
    const seats = Number(values.seats || '1');
    if (!Number.isInteger(seats) || seats < 1 || seats > maxSeats) errors.seats = t.invalidSeats(maxSeats);
  }
  if (values.guests && !parseGuests(values.guests).every((g) => EMAIL.test(g))) errors.guests = t.invalidEmail;
  return errors;
}

/**
 * The booking request body for the chosen slot and the form's values; `returnUrl` (given for a
 * priced event type) is where Checkout sends the customer back.
 */
export function bookingRequest(input: {
  eventType: EventTypePublic; start: string; duration: number; timezone: string; locale: string; values: FormValues; metadata: Record<string, string>;
  returnUrl?: string | undefined;
}): PublicBookingInput {
  const { eventType, values } = input;
  const request: PublicBookingInput = {
    eventType: eventType.slug, start: input.start, duration: input.duration, timezone: input.timezone,
    attendee: { name: values.name, email: values.email, ...(values.phone ? { phone: values.phone } : {}) },
    answers: Object.fromEntries(Object.entries(values.answers).filter(([, v]) => v !== '')),
    guests: parseGuests(values.guests),
    metadata: input.metadata,
  };
  if (eventType.seats > 1) request.seats = Number(values.seats || '1');
  if (values.role) request.customerRole = values.role;
  if (values.accessCode) request.accessCode = values.accessCode;
  if (input.returnUrl) request.returnUrl = input.returnUrl;
  // The emails' language: the tag without extensions (the server keeps at most 35 characters).
  const locale = new Intl.Locale(input.locale).baseName;
  if (locale.length <= 35) request.locale = locale;
  return request;
}

/** The form field id an API validation error path points to (`attendee.email` -> `email`). */
export function fieldOfPath(path: string): string | undefined {
  const [head, key] = path.split('.');
  if (head === 'attendee' && key) return key;
  if (head === 'answers' && key) return questionField(key);
  if (head === 'seats' || head === 'guests' || head === 'accessCode') return head;
  if (head === 'customerRole') return 'role';
  return undefined;
}
