import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FormField } from './form-field.ts';
import './form-field.ts';

/** Form layout rules shared by the editors: labelled fields, hints, inline errors, sections. */
export const formStyles = css`
.field{display:flex;flex-direction:column;gap:.25rem;min-width:0}
.field input:not([type=checkbox]):not([type=radio]),.field select,.field textarea{width:100%}
.field.inline{flex-direction:row;align-items:center;gap:.5rem}
.hint{font-size:.85rem;color:var(--sk-muted);margin:0}
.field-error{font-size:.85rem;color:var(--sk-danger);margin:0;font-weight:500}
[aria-invalid=true]{border-color:var(--sk-danger)!important;box-shadow:0 0 0 1px var(--sk-danger)}
.section{display:flex;flex-direction:column;gap:.9rem}
.section>header{display:flex;flex-direction:column;gap:.15rem}
.fields{display:grid;gap:.9rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,13rem),1fr))}
.banner{padding:.6rem .8rem;border-radius:var(--sk-radius);border:1px solid var(--sk-danger);background:var(--sk-danger-soft);color:var(--sk-danger)}
.banner.ok{border-color:var(--sk-success);background:var(--sk-success-soft);color:var(--sk-success)}
.banner ul{margin:.25rem 0 0;padding-left:1.2rem}
.chips{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;margin:0;padding:0}
.chip{display:inline-flex;align-items:center;gap:.25rem;padding:.1rem .2rem .1rem .6rem;border-radius:999px;background:var(--sk-accent-soft);border:1px solid var(--sk-border)}
.chip button{min-height:1.75rem;padding:0 .45rem;border-radius:999px;border:0;background:none}
.page-head{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;justify-content:space-between;margin-bottom:1rem}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.sticky-actions{position:sticky;bottom:0;padding:.75rem 0;background:var(--sk-bg);border-top:1px solid var(--sk-border);z-index:1}
.mt{margin-top:.5rem}
.field>button{align-self:flex-start}
input.narrow{width:7rem}
.empty{padding:1.5rem;text-align:center;color:var(--sk-muted)}
`;

/** What `textField` needs: an id unique in the shadow root, a label, the value and its setter. */
export interface TextFieldOptions {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  type?: 'text' | 'number' | 'email' | 'url' | 'password' | 'search' | 'datetime-local' | 'date';
  placeholder?: string | undefined;
  min?: number | undefined;
  max?: number | undefined;
  step?: number | undefined;
  required?: boolean;
  autocomplete?: string | undefined;
  /** Renders a textarea instead of an input. */
  multiline?: boolean;
}

/** The ids a custom control points to with `aria-describedby`: its hint and, when present, its error. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

/** A hint and an error under a custom control (which references them through `describedBy`). */
export function fieldNotes(id: string, hint: string | undefined, error: string | undefined): TemplateResult {
  return html`${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}${error
    ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}`;
}

const valueOf = (event: Event) => (event.currentTarget as FormField).value;

/** An `<sk-form-field>` input (or textarea) with its hint and inline error, bound to a setter. */
export function textField(o: TextFieldOptions): TemplateResult {
  return html`<sk-form-field id=${o.id} label=${o.label} type=${o.multiline ? 'textarea' : o.type ?? 'text'} .value=${o.value}
    .error=${o.error} .hint=${o.hint} .placeholder=${o.placeholder} .autocomplete=${o.autocomplete} ?required=${o.required ?? false}
    .min=${o.min === undefined ? undefined : String(o.min)} .max=${o.max === undefined ? undefined : String(o.max)}
    .step=${o.step === undefined ? undefined : String(o.step)} @input=${(e: Event) => o.onInput(valueOf(e))}></sk-form-field>`;
}

/** An `<sk-form-field>` select with its options, hint and inline error. */
export function selectField(o: {
  id: string; label: string; value: string; options: readonly { value: string; label: string }[];
  onChange: (value: string) => void; error?: string | undefined; hint?: string | undefined;
}): TemplateResult {
  return html`<sk-form-field id=${o.id} label=${o.label} type="select" .value=${o.value} .options=${[...o.options]}
    .error=${o.error} .hint=${o.hint} @change=${(e: Event) => o.onChange(valueOf(e))}></sk-form-field>`;
}

/** An `<sk-form-field>` checkbox with an optional hint. */
export function checkboxField(o: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string | undefined }): TemplateResult {
  return html`<sk-form-field id=${o.id} label=${o.label} type="checkbox" .checked=${o.checked} .hint=${o.hint}
    @change=${(e: Event) => o.onChange((e.currentTarget as FormField).checked)}></sk-form-field>`;
}

/** A time-zone field: a text input searching every IANA zone the browser knows (a datalist), with hint and error. */
export function timeZoneField(o: { id: string; label: string; value: string; zones: readonly string[]; onInput: (zone: string) => void; error?: string | undefined; hint?: string | undefined }): TemplateResult {
  return html`<div class="field"><label for=${o.id}>${o.label}</label>
    <input id=${o.id} list="${o.id}-zones" autocomplete="off" spellcheck="false" .value=${live(o.value)} aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(o.id, o.hint, o.error))} @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value.trim())}>
    <datalist id="${o.id}-zones">${o.zones.map((z) => html`<option value=${z}></option>`)}</datalist>
    ${fieldNotes(o.id, o.hint, o.error)}</div>`;
}

/** Moves focus to the first field showing an error, else to the form's summary banner. */
export function focusFirstError(root: ParentNode): void {
  const field = [...root.querySelectorAll<FormField>('sk-form-field')].find((f) => f.error);
  const target = field ?? root.querySelector<HTMLElement>('[aria-invalid=true]') ?? root.querySelector<HTMLElement>('.banner');
  if (target && target.classList.contains('banner')) target.tabIndex = -1;
  target?.focus();
}

/** The summary above a form: what failed, plus messages no field can show. */
export function formBanner(message: string | undefined, extra: readonly string[] = []): TemplateResult | typeof nothing {
  if (!message && extra.length === 0) return nothing;
  return html`<div class="banner" role="alert">${message ?? 'Please check the form.'}${extra.length
    ? html`<ul>${extra.map((m) => html`<li>${m}</li>`)}</ul>` : nothing}</div>`;
}
