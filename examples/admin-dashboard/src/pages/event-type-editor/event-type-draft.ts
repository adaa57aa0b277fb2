import type { EventType } from '@slotkit/sdk';
import type { FieldErrors } from '../../components/field-errors.ts';
import type { Money } from '../../app/api.ts';
import { fromMinorUnits, toMinorUnits } from './money.ts';

/** Question types of the booking form. */
export const QUESTION_TYPES = ['text', 'textarea', 'select', 'checkbox', 'phone'] as const;
/** A question type of the booking form. */
export type QuestionType = (typeof QUESTION_TYPES)[number];
/** Where a meeting happens. */
export const LOCATION_KINDS = ['video', 'phone', 'in_person', 'custom'] as const;
/** A location kind. */
export type LocationKind = (typeof LOCATION_KINDS)[number];

/** Role-based prices and seat tiers of an event type. */
export type Pricing = EventType['pricing'];
/** Refund rules on cancellation; null means a cancellation is always fully refunded. */
export type CancellationPolicy = NonNullable<EventType['cancellationPolicy']>;

/** An event type as the admin API returns it: its location also carries the value (link, address) its schema leaves out. */
export type AdminEventType = Omit<EventType, 'location'> & { location: { kind: LocationKind; value?: string | undefined } };

/** One question as the form edits it. */
export interface QuestionDraft {
  key: string;
  label: string;
  type: QuestionType;
  required: boolean;
  /** Choices of a select question. */
  options: string[];
  /** Whether the key still follows the label (new questions, until the key is edited). */
  autoKey: boolean;
}

/** Everything the editor edits; numbers stay text until saved so a half-typed value is never lost. */
export interface EventTypeDraft {
  title: string;
  slug: string;
  /** Whether the slug still follows the title (new event types, until the slug is edited). */
  autoSlug: boolean;
  description: string;
  durations: number[];
  defaultDuration: number;
  /** Empty: the shortest duration. */
  slotStep: string;
  bufferBefore: string;
  bufferAfter: string;
  minNotice: string;
  maxAdvanceDays: string;
  /** Empty: no daily limit. */
  maxPerDay: string;
  seats: string;
  paid: boolean;
  priceAmount: string;
  currency: string;
  roles: { role: string; label: string; amount: string; accessCode: string }[];
  seatTiers: { minSeats: string; amount: string }[];
  hasPolicy: boolean;
  fullRefundHours: string;
  partialRefundHours: string;
  partialRefundPercent: string;
  locationKind: LocationKind;
  locationValue: string;
  questions: QuestionDraft[];
  reminders: number[];
  hostIds: string[];
  /** Empty: each host's own schedule. */
  scheduleId: string;
  visibility: 'public' | 'hidden';
  requiresConfirmation: boolean;
  active: boolean;
}

/** A slug made from a title: lowercase ASCII letters, digits and single dashes, at most 63 characters. */
export function slugify(title: string): string {
  return title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63).replace(/-+$/, '');
}

/** A question key made from its label (`What brings you here?` -> `what_brings_you_here`). */
export function questionKey(label: string): string {
  const key = label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 64);
  return /^[a-z]/.test(key) ? key : `q_${key}`.slice(0, 64);
}

/** The form of a new event type: 30 minutes, video, reminders a day and an hour before. */
export function newEventTypeDraft(options: { hostIds?: string[]; currency?: string } = {}): EventTypeDraft {
  return {
    title: '', slug: '', autoSlug: true, description: '', durations: [30], defaultDuration: 30, slotStep: '',
    bufferBefore: '0', bufferAfter: '0', minNotice: '0', maxAdvanceDays: '60', maxPerDay: '', seats: '1',
    paid: false, priceAmount: '', currency: options.currency ?? 'usd', roles: [], seatTiers: [],
    hasPolicy: false, fullRefundHours: '24', partialRefundHours: '2', partialRefundPercent: '50',
    locationKind: 'video', locationValue: '', questions: [], reminders: [1440, 60],
    hostIds: options.hostIds ?? [], scheduleId: '', visibility: 'public', requiresConfirmation: false, active: true,
  };
}

/** The form filled from a stored event type. */
export function draftFromEventType(e: AdminEventType): EventTypeDraft {
  const currency = e.price?.currency ?? 'usd';
  const policy = e.cancellationPolicy ?? null;
  return {
    title: e.title, slug: e.slug, autoSlug: false, description: e.description, durations: [...e.durations], defaultDuration: e.defaultDuration,
    slotStep: e.slotStep === Math.min(...e.durations) ? '' : String(e.slotStep),
    bufferBefore: String(e.bufferBefore), bufferAfter: String(e.bufferAfter), minNotice: String(e.minNotice),
    maxAdvanceDays: String(e.maxAdvanceDays), maxPerDay: e.maxPerDay === null ? '' : String(e.maxPerDay), seats: String(e.seats),
    paid: e.price !== null, priceAmount: e.price ? fromMinorUnits(e.price.amount, currency) : '', currency,
    roles: (e.pricing?.roles ?? []).map((r) => ({ role: r.role, label: r.label, amount: fromMinorUnits(r.amount, currency), accessCode: r.accessCode ?? '' })),
    seatTiers: (e.pricing?.seatTiers ?? []).map((t) => ({ minSeats: String(t.minSeats), amount: fromMinorUnits(t.amount, currency) })),
    hasPolicy: policy !== null,
    fullRefundHours: String(policy?.fullRefundHours ?? 24), partialRefundHours: String(policy?.partialRefundHours ?? 2),
    partialRefundPercent: String(policy?.partialRefundPercent ?? 50),
    locationKind: e.location.kind, locationValue: e.location.value ?? '',
    questions: e.questions.map((q) => ({ key: q.key, label: q.label, type: q.type, required: q.required, options: [...(q.options ?? [])], autoKey: false })),
    reminders: [...e.reminders], hostIds: [...e.hostIds], scheduleId: e.scheduleId ?? '',
    visibility: e.visibility, requiresConfirmation: e.requiresConfirmation, active: e.active,
  };
}

/** What the editor sends: the create (and full update) body of an event type. */
export interface EventTypeBody {
  title: string; slug: string; description: string; durations: number[]; defaultDuration: number; slotStep?: number;
  bufferBefore: number; bufferAfter: number; minNotice: number; maxAdvanceDays: number; maxPerDay: number | null; seats: number;
  price: Money | null; pricing: Pricing; cancellationPolicy: CancellationPolicy | null;
  location: { kind: LocationKind; value?: string };
  questions: { key: string; label: string; type: QuestionType; required: boolean; options?: string[] }[];
  reminders: number[]; hostIds: string[]; scheduleId: string | null; visibility: 'public' | 'hidden'; requiresConfirmation: boolean; active: boolean;
}

const WEEK_MINUTES = 60 * 24 * 7;

/**
 * The API body for a draft, or the problems the form can see before asking the server
 * (keyed by the same paths the API's 422 uses, so both show in the same places).
 */
export function draftToBody(d: EventTypeDraft): { body: EventTypeBody; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const int = (path: string, text: string, min: number, max: number): number => {
    const value = Number(text.trim());
    if (text.trim() === '' || !Number.isInteger(value)) errors[path] = 'must be a whole number';
    else if (value < min || value > max) errors[path] = `must be between ${min} and ${max}`;
    return value;
  };
  const money = (path: string, text: string): number => {
    const amount = toMinorUnits(text, d.currency);
    if (amount === null) errors[path] = `must be an amount like 25 or 25.50 in ${d.currency.toUpperCase()}`;
    return amount ?? 0;
  };

  if (!d.title.trim()) errors.title = 'is required';
  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(d.slug)) errors.slug = 'must be lowercase letters, digits and dashes';
  if (d.durations.length === 0) errors.durations = 'add at least one duration';
  else if (!d.durations.includes(d.defaultDuration)) errors.defaultDuration = 'must be one of the durations';
  const slotStep = d.slotStep.trim() === '' ? undefined : int('slotStep', d.slotStep, 5, 24 * 60);
  const seats = int('seats', d.seats, 1, 10_000);
  if (d.hostIds.length === 0) errors.hostIds = 'choose at least one host';
  if (!/^[a-z]{3}$/.test(d.currency)) errors['price.currency'] = 'must be a three-letter currency code, e.g. usd';

  const keys = new Set<string>();
  d.questions.forEach((q, i) => {
    if (!q.label.trim()) errors[`questions.${i}.label`] = 'is required';
    if (!/^[A-Za-z][\w-]{0,63}$/.test(q.key)) errors[`questions.${i}.key`] = 'must start with a letter; letters, digits, _ and -';
    else if (keys.has(q.key)) errors[`questions.${i}.key`] = 'is used by another question';
    keys.add(q.key);
    if (q.type === 'select' && q.options.filter((o) => o.trim()).length === 0) errors[`questions.${i}.options`] = 'a select question needs options';
  });

  // Role prices, seat tiers and the refund policy only mean something for a paid event type (their form is hidden otherwise).
  const roles = (d.paid ? d.roles : []).map((r, i) => {
    if (!r.role.trim()) errors[`pricing.roles.${i}.role`] = 'is required';
    if (!r.label.trim()) errors[`pricing.roles.${i}.label`] = 'is required';
    return { role: r.role.trim(), label: r.label.trim(), amount: money(`pricing.roles.${i}.amount`, r.amount), ...(r.accessCode.trim() ? { accessCode: r.accessCode.trim() } : {}) };
  });
  const seatTiers = (d.paid ? d.seatTiers : []).map((t, i) => ({ minSeats: int(`pricing.seatTiers.${i}.minSeats`, t.minSeats, 1, 10_000), amount: money(`pricing.seatTiers.${i}.amount`, t.amount) }));
  const policy = d.paid && d.hasPolicy ? {
    fullRefundHours: int('cancellationPolicy.fullRefundHours', d.fullRefundHours, 0, 24 * 365),
    partialRefundHours: int('cancellationPolicy.partialRefundHours', d.partialRefundHours, 0, 24 * 365),
    partialRefundPercent: int('cancellationPolicy.partialRefundPercent', d.partialRefundPercent, 0, 100),
  } : null;
  if (policy && !errors['cancellationPolicy.partialRefundHours'] && policy.partialRefundHours > policy.fullRefundHours) {
    errors['cancellationPolicy.partialRefundHours'] = 'must not be more than the full-refund hours';
  }

  const body: EventTypeBody = {
    title: d.title.trim(), slug: d.slug, description: d.description, durations: [...d.durations], defaultDuration: d.defaultDuration,
    ...(slotStep === undefined ? {} : { slotStep }),
    bufferBefore: int('bufferBefore', d.bufferBefore, 0, WEEK_MINUTES), bufferAfter: int('bufferAfter', d.bufferAfter, 0, WEEK_MINUTES),
    minNotice: int('minNotice', d.minNotice, 0, WEEK_MINUTES), maxAdvanceDays: int('maxAdvanceDays', d.maxAdvanceDays, 1, 730),
    maxPerDay: d.maxPerDay.trim() === '' ? null : int('maxPerDay', d.maxPerDay, 1, 1000), seats,
    price: d.paid ? { amount: money('price.amount', d.priceAmount), currency: d.currency } : null,
    pricing: { roles, seatTiers }, cancellationPolicy: policy,
    location: { kind: d.locationKind, ...(d.locationValue.trim() ? { value: d.locationValue.trim() } : {}) },
    questions: d.questions.map((q) => ({
      key: q.key, label: q.label.trim(), type: q.type, required: q.required,
      ...(q.type === 'select' ? { options: q.options.map((o) => o.trim()).filter(Boolean) } : {}),
    })),
    reminders: [...d.reminders].sort((a, b) => b - a), hostIds: [...d.hostIds], scheduleId: d.scheduleId || null,
    visibility: d.visibility, requiresConfirmation: d.requiresConfirmation, active: d.active,
  };
  return { body, errors };
}

/** Moves the item at `from` to `to` (both clamped), returning a new array. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const target = Math.max(0, Math.min(copy.length - 1, to));
  const [item] = copy.splice(from, 1);
  if (item === undefined) return copy;
  copy.splice(target, 0, item);
  return copy;
}

/** Minutes for people to read: "90 min", "2 h", "1 day", "2 days 3 h". */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [days ? `${days} day${days === 1 ? '' : 's'}` : '', hours ? `${hours} h` : '', rest ? `${rest} min` : ''];
  return parts.filter(Boolean).join(' ');
}
