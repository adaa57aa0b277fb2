import { css, html, LitElement } from 'lit';
import { sharedStyles } from '../styles/shared.ts';
import { defineElement } from './define-element.ts';

/**
 * Loading, empty and error states of a page or a panel, announced to screen readers
 * (`role=status` for loading and empty, `role=alert` for errors).
 * @summary Loading / empty / error state.
 * @slot - Extra content under the message (e.g. a "Create" button in an empty state).
 * @event sk-retry - The "Try again" button of an error state was pressed.
 */
export class StateMessage extends LitElement {
  static override properties = { kind: { reflect: true }, message: {}, retry: { type: Boolean } };
  static override styles = [sharedStyles, css`
    .box{display:flex;flex-direction:column;align-items:center;gap:.75rem;text-align:center;padding:2rem 1rem;border:1px dashed var(--sk-border);border-radius:var(--sk-radius);color:var(--sk-muted)}
    :host([kind=error]) .box{border-style:solid;border-color:var(--sk-danger);color:var(--sk-danger);background:var(--sk-danger-soft)}
    .spinner{width:1.5rem;height:1.5rem;border-radius:50%;border:3px solid var(--sk-border);border-top-color:var(--sk-accent);animation:spin 0.8s linear infinite}
    @keyframes spin{to{transform:rotate(360deg)}}
    @media (prefers-reduced-motion:reduce){.spinner{animation-duration:3s}}
  `];
  /** Which state: `loading`, `empty` or `error`. */
  declare kind: 'loading' | 'empty' | 'error';
  /** What to say. */
  declare message: string;
  /** Whether an error offers "Try again". */
  declare retry: boolean;

  constructor() {
    super();
    this.kind = 'loading';
    this.message = '';
    this.retry = false;
  }

  protected override render() {
    const message = this.message || (this.kind === 'loading' ? 'Loading…' : this.kind === 'empty' ? 'Nothing here yet.' : 'Something went wrong.');
    return html`<div class="box" role=${this.kind === 'error' ? 'alert' : 'status'}>
      ${this.kind === 'loading' ? html`<span class="spinner" aria-hidden="true"></span>` : ''}
      <span>${message}</span>
      ${this.kind === 'error' && this.retry
        ? html`<button type="button" @click=${() => this.dispatchEvent(new Event('sk-retry', { bubbles: true, composed: true }))}>Try again</button>`
        : ''}
      <slot></slot>
    </div>`;
  }
}

defineElement('sk-state', StateMessage);

declare global {
  interface HTMLElementTagNameMap { 'sk-state': StateMessage }
}
