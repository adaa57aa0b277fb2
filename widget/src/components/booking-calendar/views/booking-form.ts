import type { EventTypePublic } from '@slotkit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Strings } from '../../../strings/index.ts';
import { questionField } from '../form-values.ts';

/** What the booking form shows and does. */
export interface FormView {
  eventType: EventTypePublic;
  summary: TemplateResult;
  errors: Readonly<Record<string, string>>;
  sending: boolean;
  sendError: string | undefined;
  prefill: { name: string; email: string };
  maxSeats: number;
  t: Strings;
  onSubmit: (form: HTMLFormElement) => void;
  onFieldBlur: (form: HTMLFormElement, field: string) => void;
  onBack: () => void;
  /** A priced event type's choices and total; absent when booking is free. */
  pricing?: FormPricing;
}

/** The price part of the form: the customer roles (with their prices), the total, whether the next step is paying. */
export interface FormPricing {
  /** Role choices: value and label with its price; the first may be the standard rate (`''`). */
  roles: { value: string; label: string }[];
  /** The chosen role needs an access code. */
  codeRequired: boolean;
  /** The formatted total for the chosen seats and role, once quoted. */
  total: string | undefined;
  /** The total is above zero: the submit button leads to payment. */
  pay: boolean;
  onRole: (role: string) => void;
  onSeats: (seats: number) => void;
}

interface FieldSpec { id: string; label: string; type?: string; required: boolean; autocomplete?: string; value?: string; hint?: string }

/** The attendee form: name, email, phone when asked, questions, rate and access code, seats, guests, total; errors inline. */
export function renderBookingForm(v: FormView) {
  const { eventType: et, t, pricing: p } = v;
  const field = (f: FieldSpec, control?: TemplateResult) => {
    const error = v.errors[f.id];
    const described = [f.hint ? `${f.id}-hint` : '', error ? `${f.id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field" part="field">
      <label for=${f.id}>${f.label}${f.required ? nothing : html` <span class="muted">(${t.optional})</span>`}</label>
      ${control ?? html`<input part="input" id=${f.id} name=${f.id} type=${f.type ?? 'text'} autocomplete=${ifDefined(f.autocomplete)}
        value=${f.value ?? ''} ?required=${f.required} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${described || nothing}>`}
      ${f.hint ? html`<span class="hint muted" id="${f.id}-hint">${f.hint}</span>` : nothing}
      ${error ? html`<span class="error" part="field-error" id="${f.id}-error">${error}</span>` : nothing}
    </div>`;
  };
  const question = (q: EventTypePublic['questions'][number]) => {
    const id = questionField(q.key);
    const error = v.errors[id];
    const a11y = { invalid: error ? 'true' : 'false', described: error ? `${id}-error` : undefined };
    if (q.type === 'checkbox') {
      return html`<div class="field" part="field"><span class="check"><input part="input" type="checkbox" id=${id} name=${id}
        ?required=${q.required} aria-invalid=${a11y.invalid} aria-describedby=${ifDefined(a11y.described)}><label for=${id}>${q.label}</label></span>
        ${error ? html`<span class="error" part="field-error" id="${id}-error">${error}</span>` : nothing}</div>`;
    }
    const control = q.type === 'textarea'
      ? html`<textarea part="input" id=${id} name=${id} rows="3" ?required=${q.required} aria-invalid=${a11y.invalid} aria-describedby=${ifDefined(a11y.described)}></textarea>`
      : q.type === 'select'
        ? html`<select part="input" id=${id} name=${id} ?required=${q.required} aria-invalid=${a11y.invalid} aria-describedby=${ifDefined(a11y.described)}>
            <option value=""></option>${(q.options ?? []).map((o) => html`<option>${o}</option>`)}</select>`
        : undefined;
    return field({ id, label: q.label, required: q.required, ...(q.type === 'phone' ? { type: 'tel', autocomplete: 'tel' } : {}) }, control);
  };
  return html`<form part="form" novalidate aria-labelledby="form-title" @submit=${(e: SubmitEvent) => { e.preventDefault(); v.onSubmit(e.target as HTMLFormElement); }}
      @focusout=${(e: FocusEvent) => { const id = (e.target as HTMLElement).id; if (id) v.onFieldBlur(e.currentTarget as HTMLFormElement, id); }}>
    ${v.summary}
    ${v.sendError ? html`<p class="notice error" part="error" role="alert">${v.sendError}</p>` : nothing}
    ${field({ id: 'name', label: t.name, required: true, autocomplete: 'name', value: v.prefill.name })}
    ${field({ id: 'email', label: t.email, type: 'email', required: true, autocomplete: 'email', value: v.prefill.email })}
    ${et.location.kind === 'phone' ? field({ id: 'phone', label: t.phone, type: 'tel', required: true, autocomplete: 'tel' }) : nothing}
    ${et.questions.map(question)}
    ${p?.roles.length ? field({ id: 'role', label: t.rate, required: true },
      html`<select part="input" id="role" name="role" @change=${(e: Event) => p.onRole((e.target as HTMLSelectElement).value)}
        aria-invalid=${v.errors.role ? 'true' : 'false'} aria-describedby=${v.errors.role ? 'role-error' : nothing}>
        ${p.roles.map((r) => html`<option value=${r.value}>${r.label}</option>`)}</select>`) : nothing}
    ${p?.codeRequired ? field({ id: 'accessCode', label: t.accessCode, required: true, autocomplete: 'off' }) : nothing}
    ${et.seats > 1 ? field({ id: 'seats', label: t.seats, required: true },
      html`<input part="input" id="seats" name="seats" type="number" min="1" max=${v.maxSeats} value="1" inputmode="numeric"
        @input=${(e: Event) => p?.onSeats(Number((e.target as HTMLInputElement).value))}
        aria-invalid=${v.errors.seats ? 'true' : 'false'} aria-describedby=${v.errors.seats ? 'seats-error' : nothing}>`) : nothing}
    ${field({ id: 'guests', label: t.guests, required: false, type: 'text', autocomplete: 'off', hint: t.guestsHint })}
    ${p?.total ? html`<p class="summary" part="total" aria-live="polite"><strong>${t.total(p.total)}</strong></p>` : nothing}
    <div class="actions">
      <button class="btn" type="button" part="back-button" @click=${v.onBack}>${t.back}</button>
      <button class="btn primary" type="submit" part="submit" ?disabled=${v.sending}>${p?.pay ? t.continueToPayment : t.confirmBooking}</button>
    </div>
  </form>`;
}
