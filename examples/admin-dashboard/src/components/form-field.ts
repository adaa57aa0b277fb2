import { css, html, LitElement, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { sharedStyles } from '../styles/shared.ts';
import { defineElement } from './define-element.ts';

/** A choice of a `select` field. */
export interface FieldOption {
  value: string;
  label: string;
}

/**
 * A labelled form control with hint and error text. The label, control and messages live in
 * one shadow root, so they are associated for assistive technology; the element is
 * form-associated, so `new FormData(form)` includes it under `name`, and Enter in a
 * one-line field submits the surrounding form.
 * @summary Labelled input, select or textarea.
 * @event input - The value changed (read `value`).
 * @event change - The value was committed.
 */
export class FormField extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override properties = {
    label: {}, name: { reflect: true }, type: {}, value: {}, hint: {}, error: {}, placeholder: {}, autocomplete: {},
    required: { type: Boolean }, disabled: { type: Boolean }, checked: { type: Boolean },
    min: {}, max: {}, step: {}, minlength: { type: Number }, maxlength: { type: Number }, options: { attribute: false },
  };
  static override styles = [sharedStyles, css`
    :host{display:flex;flex-direction:column;gap:.3rem;min-width:0}
    input:not([type=checkbox]),select,textarea{width:100%}
    .check{display:flex;gap:.5rem;align-items:center}
    .hint{font-size:.85rem;color:var(--sk-muted)}
    .error{font-size:.85rem;color:var(--sk-danger)}
    [aria-invalid=true]{border-color:var(--sk-danger)}
  `];
  /** The visible label. */
  declare label: string;
  /** The form field name. */
  declare name: string;
  /** `text`, `email`, `password`, `number`, `date`, `time`, `datetime-local`, `url`, `search`, `select`, `textarea` or `checkbox`. */
  declare type: string;
  /** The value (for a checkbox: `checked`). */
  declare value: string;
  /** Help under the control. */
  declare hint: string | undefined;
  /** An error under the control (marks it invalid). */
  declare error: string | undefined;
  declare placeholder: string | undefined;
  declare autocomplete: string | undefined;
  declare required: boolean;
  declare disabled: boolean;
  /** A checkbox's state. */
  declare checked: boolean;
  declare min: string | undefined;
  declare max: string | undefined;
  declare step: string | undefined;
  declare minlength: number | undefined;
  declare maxlength: number | undefined;
  /** The choices of a `select`. */
  declare options: FieldOption[];
  readonly #internals: ElementInternals;

  constructor() {
    super();
    this.label = '';
    this.name = '';
    this.type = 'text';
    this.value = '';
    this.required = false;
    this.disabled = false;
    this.checked = false;
    this.options = [];
    this.#internals = this.attachInternals();
  }

  /** The native control, for validity checks and focus. */
  get control(): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null {
    return this.renderRoot.querySelector('input, select, textarea');
  }

  /** Checks the control's constraints and shows the browser's message; true when valid. */
  reportValidity(): boolean {
    return this.control?.reportValidity() ?? true;
  }

  protected override updated(): void {
    this.#syncForm();
  }

  /** Tells the form the current value and validity (at once on input: listeners read the form in the same turn). */
  #syncForm() {
    const formValue = this.type === 'checkbox' ? (this.checked ? this.value || 'on' : null) : this.value;
    this.#internals.setFormValue(formValue);
    const control = this.control;
    if (control) this.#internals.setValidity(control.validity, control.validationMessage, control);
  }

  /** Resets to empty when the surrounding form resets. */
  formResetCallback(): void {
    this.value = '';
    this.checked = false;
  }

  #onInput(event: Event) {
    const target = event.target as HTMLInputElement;
    if (this.type === 'checkbox') this.checked = target.checked;
    else this.value = target.value;
    this.#syncForm();
    // `input` and `change` are composed for inputs but not selects; re-dispatch from the host either way.
    event.stopPropagation();
    this.dispatchEvent(new Event(event.type, { bubbles: true, composed: true }));
  }

  #onKeydown(event: KeyboardEvent) {
    if (event.key !== 'Enter' || this.type === 'textarea' || this.type === 'select' || this.type === 'checkbox') return;
    // Implicit submission does not cross the shadow boundary: do it here.
    const form = this.#internals.form;
    if (form) {
      event.preventDefault();
      form.requestSubmit();
    }
  }

  protected override render() {
    const described = [this.hint ? 'hint' : '', this.error ? 'error' : ''].filter(Boolean).join(' ') || nothing;
    const invalid = this.error ? 'true' : nothing;
    const messages = html`${this.hint ? html`<span id="hint" class="hint">${this.hint}</span>` : ''}
      ${this.error ? html`<span id="error" class="error">${this.error}</span>` : ''}`;
    if (this.type === 'checkbox') {
      return html`<label class="check"><input id="control" type="checkbox" .checked=${live(this.checked)} ?disabled=${this.disabled}
        aria-describedby=${described} aria-invalid=${invalid} @change=${this.#onInput}>${this.label}</label>${messages}`;
    }
    let control;
    if (this.type === 'select') {
      control = html`<select id="control" ?required=${this.required} ?disabled=${this.disabled} aria-describedby=${described}
        aria-invalid=${invalid} @change=${this.#onInput}>
        ${this.options.map((o) => html`<option value=${o.value} ?selected=${o.value === this.value}>${o.label}</option>`)}
      </select>`;
    } else if (this.type === 'textarea') {
      control = html`<textarea id="control" .value=${live(this.value)} ?required=${this.required} ?disabled=${this.disabled}
        placeholder=${this.placeholder ?? nothing} minlength=${this.minlength ?? nothing} maxlength=${this.maxlength ?? nothing}
        aria-describedby=${described} aria-invalid=${invalid} @input=${this.#onInput} @change=${this.#onInput}></textarea>`;
    } else {
      control = html`<input id="control" type=${this.type} .value=${live(this.value)} ?required=${this.required} ?disabled=${this.disabled}
        placeholder=${this.placeholder ?? nothing} autocomplete=${this.autocomplete ?? nothing} min=${this.min ?? nothing}
        max=${this.max ?? nothing} step=${this.step ?? nothing} minlength=${this.minlength ?? nothing} maxlength=${this.maxlength ?? nothing}
        aria-describedby=${described} aria-invalid=${invalid} @input=${this.#onInput} @change=${this.#onInput} @keydown=${this.#onKeydown}>`;
    }
    return html`<label for="control">${this.label}</label>${control}${messages}`;
  }
}

defineElement('sk-form-field', FormField);

declare global {
  interface HTMLElementTagNameMap { 'sk-form-field': FormField }
}
