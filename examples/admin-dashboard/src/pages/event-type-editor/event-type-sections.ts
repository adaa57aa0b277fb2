import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  formatMinutes, moveItem, questionKey, QUESTION_TYPES, type EventTypeDraft, type QuestionDraft, type QuestionType,
} from './event-type-draft.ts';
import { errorFor, type FieldErrors } from '../../components/field-errors.ts';
import { checkboxField, describedBy, fieldNotes, textField } from '../../components/form-fields.ts';

/** What every section renderer gets: the draft, the errors by API path, and a way to change the draft. */
export interface SectionContext {
  draft: EventTypeDraft;
  errors: FieldErrors;
  update: (patch: Partial<EventTypeDraft>) => void;
}

const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  text: 'Short text', textarea: 'Long text', select: 'Choice (select)', checkbox: 'Checkbox', phone: 'Phone number',
};

/** Several durations as removable chips, a way to add one, and the default among them. */
export function durationsSection({ draft, errors, update }: SectionContext, addValue: string, setAddValue: (v: string) => void): TemplateResult {
  const add = () => {
    const minutes = Number(addValue);
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > 1440 || draft.durations.includes(minutes)) return;
    const durations = [...draft.durations, minutes].sort((a, b) => a - b);
    update({ durations, defaultDuration: draft.durations.length === 0 ? minutes : draft.defaultDuration });
    setAddValue('');
  };
  const remove = (minutes: number) => {
    const durations = draft.durations.filter((d) => d !== minutes);
    update({ durations, defaultDuration: draft.defaultDuration === minutes ? (durations[0] ?? 0) : draft.defaultDuration });
  };
  const durationsError = errorFor(errors, 'durations');
  const addInvalid = addValue !== '' && (!Number.isInteger(Number(addValue)) || Number(addValue) < 5 || Number(addValue) > 1440);
  return html`<fieldset aria-describedby=${ifDefined(describedBy('durations', 'hint', durationsError))}>
    <legend>Durations</legend>
    <ul class="chips" aria-label="Durations offered">
      ${draft.durations.map((d) => html`<li class="chip">${formatMinutes(d)}<button type="button" aria-label="Remove ${formatMinutes(d)}"
        @click=${() => remove(d)}>×</button></li>`)}
    </ul>
    <div class="row mt">
      <label for="duration-add">Add a duration (minutes)</label>
      <input id="duration-add" type="number" min="5" max="1440" step="5" inputmode="numeric" class="narrow" .value=${live(addValue)}
        aria-invalid=${addInvalid ? 'true' : 'false'} aria-describedby=${ifDefined(addInvalid ? 'duration-add-error' : undefined)}
        @input=${(e: Event) => setAddValue((e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }}>
      <button type="button" @click=${add}>Add duration</button>
    </div>
    ${addInvalid ? html`<p class="field-error" id="duration-add-error">between 5 and 1440 minutes</p>` : nothing}
    ${fieldNotes('durations', 'Customers pick one of these; the first choice shown is the default.', durationsError)}
    <div class="field mt"><label for="defaultDuration">Default duration</label>
      <select id="defaultDuration" aria-invalid=${errors.defaultDuration ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy('defaultDuration', undefined, errors.defaultDuration))}
        @change=${(e: Event) => update({ defaultDuration: Number((e.target as HTMLSelectElement).value) })}>
        ${draft.durations.map((d) => html`<option value=${d} ?selected=${d === draft.defaultDuration}>${formatMinutes(d)}</option>`)}
      </select>${fieldNotes('defaultDuration', undefined, errors.defaultDuration)}</div>
  </fieldset>`;
}

/** The booking form's questions: add, edit, reorder and remove. */
export function questionsSection({ draft, errors, update }: SectionContext): TemplateResult {
  const set = (i: number, patch: Partial<QuestionDraft>) =>
    update({ questions: draft.questions.map((q, j) => (j === i ? { ...q, ...patch } : q)) });
  const add = () => update({ questions: [...draft.questions, { key: '', label: '', type: 'text', required: false, options: [], autoKey: true }] });
  const listError = errors.questions;
  return html`<div class="stack">
    ${draft.questions.length === 0 ? html`<p class="muted">No extra questions: customers give their name and email only.</p>` : nothing}
    ${listError ? html`<p class="field-error" role="alert">${listError}</p>` : nothing}
    ${repeat(draft.questions, (_q, i) => i, (q, i) => {
      const id = `question-${i}`;
      const name = q.label.trim() || `question ${i + 1}`;
      return html`<fieldset class="stack question" data-index=${i}>
        <legend>Question ${i + 1}</legend>
        <div class="fields">
          ${textField({ id: `${id}-label`, label: 'Question', value: q.label, error: errors[`questions.${i}.label`], required: true,
            onInput: (label) => set(i, { label, ...(q.autoKey ? { key: label.trim() ? questionKey(label) : '' } : {}) }) })}
          ${textField({ id: `${id}-key`, label: 'Key', value: q.key, error: errors[`questions.${i}.key`], hint: 'Names the answer in the API and webhooks.',
            onInput: (key) => set(i, { key, autoKey: false }) })}
          <div class="field"><label for="${id}-type">Answer type</label>
            <select id="${id}-type" @change=${(e: Event) => set(i, { type: (e.target as HTMLSelectElement).value as QuestionType })}>
              ${QUESTION_TYPES.map((t) => html`<option value=${t} ?selected=${t === q.type}>${QUESTION_TYPE_LABELS[t]}</option>`)}
            </select></div>
        </div>
        ${q.type === 'select' ? textField({ id: `${id}-options`, label: 'Choices (one per line)', multiline: true, value: q.options.join('\n'),
          error: errors[`questions.${i}.options`] ?? errorFor(errors, `questions.${i}.options`),
          onInput: (text) => set(i, { options: text.split('\n') }) }) : nothing}
        ${checkboxField({ id: `${id}-required`, label: 'Required', checked: q.required, onChange: (required) => set(i, { required }) })}
        <div class="actions">
          <button type="button" ?disabled=${i === 0} aria-label="Move up: ${name}"
            @click=${() => update({ questions: moveItem(draft.questions, i, i - 1) })}>Move up</button>
          <button type="button" ?disabled=${i === draft.questions.length - 1} aria-label="Move down: ${name}"
            @click=${() => update({ questions: moveItem(draft.questions, i, i + 1) })}>Move down</button>
          <button type="button" class="danger" aria-label="Remove ${name}"
            @click=${() => update({ questions: draft.questions.filter((_x, j) => j !== i) })}>Remove</button>
        </div>
      </fieldset>`;
    })}
    <div><button type="button" @click=${add}>Add question</button></div>
  </div>`;
}

/** Price per seat, role prices (with optional access codes), seat tiers and the refund policy. */
export function pricingSection({ draft, errors, update }: SectionContext): TemplateResult {
  const cur = draft.currency.toUpperCase() || 'currency';
  const setRole = (i: number, patch: Partial<EventTypeDraft['roles'][number]>) =>
    update({ roles: draft.roles.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const setTier = (i: number, patch: Partial<EventTypeDraft['seatTiers'][number]>) =>
    update({ seatTiers: draft.seatTiers.map((t, j) => (j === i ? { ...t, ...patch } : t)) });
  return html`<div class="stack">
    ${checkboxField({ id: 'paid', label: 'Customers pay when booking', checked: draft.paid, onChange: (paid) => update({ paid }),
      hint: 'Payments go through Stripe Checkout; the slot is held until paid.' })}
    ${draft.paid ? html`
      <div class="fields">
        ${textField({ id: 'price-amount', label: `Price per seat (${cur})`, value: draft.priceAmount, placeholder: '50.00',
          error: errorFor(errors, 'price.amount') ?? (errors.price && !errors['price.currency'] ? errors.price : undefined), onInput: (priceAmount) => update({ priceAmount }) })}
        ${textField({ id: 'price-currency', label: 'Currency', value: draft.currency, placeholder: 'usd', hint: 'ISO 4217 code, e.g. usd, eur, gbp.',
          error: errors['price.currency'], onInput: (currency) => update({ currency: currency.trim().toLowerCase() }) })}
      </div>
      <fieldset class="stack"><legend>Prices by customer role</legend>
        <p class="hint">A role's price replaces the base price; an access code keeps it for people who know the code.</p>
        ${draft.roles.map((r, i) => html`<div class="fields" data-role-index=${i}>
          ${textField({ id: `role-${i}-role`, label: 'Role key', value: r.role, placeholder: 'student', error: errors[`pricing.roles.${i}.role`], onInput: (role) => setRole(i, { role }) })}
          ${textField({ id: `role-${i}-label`, label: 'Label', value: r.label, placeholder: 'Student', error: errors[`pricing.roles.${i}.label`], onInput: (label) => setRole(i, { label }) })}
          ${textField({ id: `role-${i}-amount`, label: `Price per seat (${cur})`, value: r.amount, error: errors[`pricing.roles.${i}.amount`], onInput: (amount) => setRole(i, { amount }) })}
          ${textField({ id: `role-${i}-code`, label: 'Access code (optional)', value: r.accessCode, error: errors[`pricing.roles.${i}.accessCode`], onInput: (accessCode) => setRole(i, { accessCode }) })}
          <div class="field"><span aria-hidden="true">&nbsp;</span><button type="button" class="danger" aria-label="Remove role ${r.label || i + 1}"
            @click=${() => update({ roles: draft.roles.filter((_x, j) => j !== i) })}>Remove</button></div>
        </div>`)}
        ${errors['pricing.roles'] ? html`<p class="field-error">${errors['pricing.roles']}</p>` : nothing}
        <div><button type="button" @click=${() => update({ roles: [...draft.roles, { role: '', label: '', amount: '', accessCode: '' }] })}>Add role price</button></div>
      </fieldset>
      <fieldset class="stack"><legend>Group discounts (seat tiers)</legend>
        <p class="hint">From a number of seats on, each seat costs this instead.</p>
        ${draft.seatTiers.map((t, i) => html`<div class="fields" data-tier-index=${i}>
          ${textField({ id: `tier-${i}-min`, label: 'From seats', type: 'number', min: 1, value: t.minSeats, error: errors[`pricing.seatTiers.${i}.minSeats`], onInput: (minSeats) => setTier(i, { minSeats }) })}
          ${textField({ id: `tier-${i}-amount`, label: `Price per seat (${cur})`, value: t.amount, error: errors[`pricing.seatTiers.${i}.amount`], onInput: (amount) => setTier(i, { amount }) })}
          <div class="field"><span aria-hidden="true">&nbsp;</span><button type="button" class="danger" aria-label="Remove tier ${i + 1}"
            @click=${() => update({ seatTiers: draft.seatTiers.filter((_x, j) => j !== i) })}>Remove</button></div>
        </div>`)}
        ${errors['pricing.seatTiers'] ? html`<p class="field-error">${errors['pricing.seatTiers']}</p>` : nothing}
        <div><button type="button" @click=${() => update({ seatTiers: [...draft.seatTiers, { minSeats: '', amount: '' }] })}>Add seat tier</button></div>
      </fieldset>
      <fieldset class="stack"><legend>Refunds on cancellation</legend>
        ${checkboxField({ id: 'has-policy', label: 'Limit refunds close to the start', checked: draft.hasPolicy, onChange: (hasPolicy) => update({ hasPolicy }),
          hint: 'Without a policy, a cancellation is always refunded in full.' })}
        ${draft.hasPolicy ? html`<div class="fields">
          ${textField({ id: 'full-refund-hours', label: 'Full refund up to (hours before)', type: 'number', min: 0, value: draft.fullRefundHours,
            error: errors['cancellationPolicy.fullRefundHours'], onInput: (fullRefundHours) => update({ fullRefundHours }) })}
          ${textField({ id: 'partial-refund-hours', label: 'Partial refund up to (hours before)', type: 'number', min: 0, value: draft.partialRefundHours,
            error: errors['cancellationPolicy.partialRefundHours'], onInput: (partialRefundHours) => update({ partialRefundHours }) })}
          ${textField({ id: 'partial-refund-percent', label: 'Partial refund (%)', type: 'number', min: 0, max: 100, value: draft.partialRefundPercent,
            error: errors['cancellationPolicy.partialRefundPercent'], onInput: (partialRefundPercent) => update({ partialRefundPercent }) })}
        </div>
        <p class="hint">Later cancellations get no refund.</p>` : nothing}
      </fieldset>` : nothing}
  </div>`;
}

const REMINDER_UNITS = [{ value: '1', label: 'minutes' }, { value: '60', label: 'hours' }, { value: '1440', label: 'days' }] as const;

/** Reminder emails, each some time before the start. */
export function remindersSection({ draft, errors, update }: SectionContext, add: { amount: string; unit: string }, setAdd: (v: { amount: string; unit: string }) => void): TemplateResult {
  const addReminder = () => {
    const minutes = Number(add.amount) * Number(add.unit);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 43_200 || draft.reminders.includes(minutes)) return;
    update({ reminders: [...draft.reminders, minutes].sort((a, b) => b - a) });
    setAdd({ ...add, amount: '' });
  };
  const error = errorFor(errors, 'reminders');
  return html`<div class="stack">
    ${draft.reminders.length ? html`<ul class="chips" aria-label="Reminders">
      ${draft.reminders.map((m) => html`<li class="chip">${formatMinutes(m)} before<button type="button" aria-label="Remove the reminder ${formatMinutes(m)} before"
        @click=${() => update({ reminders: draft.reminders.filter((r) => r !== m) })}>×</button></li>`)}
    </ul>` : html`<p class="muted">No reminders.</p>`}
    <div class="row">
      <label for="reminder-amount">Remind</label>
      <input id="reminder-amount" type="number" min="1" inputmode="numeric" class="narrow" .value=${live(add.amount)}
        @input=${(e: Event) => setAdd({ ...add, amount: (e.target as HTMLInputElement).value })}
        @keydown=${(e: KeyboardEvent) => { if (e.key === 'Enter') { e.preventDefault(); addReminder(); } }}>
      <label for="reminder-unit" class="sr-only">Unit</label>
      <select id="reminder-unit" @change=${(e: Event) => setAdd({ ...add, unit: (e.target as HTMLSelectElement).value })}>
        ${REMINDER_UNITS.map((u) => html`<option value=${u.value} ?selected=${u.value === add.unit}>${u.label}</option>`)}
      </select>
      <span>before</span>
      <button type="button" @click=${addReminder}>Add reminder</button>
    </div>
    ${error ? html`<p class="field-error">${error}</p>` : nothing}
  </div>`;
}
