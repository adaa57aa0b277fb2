import { css, html, LitElement } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { sharedStyles } from '../styles/shared.ts';
import { defineElement } from './define-element.ts';

/** How a toast looks: a success, a plain note or an error. */
export type ToastKind = 'success' | 'info' | 'error';

/** Asks the shell's `<sk-toaster>` to show a short message. */
export class ToastEvent extends Event {
  /** The message. */
  readonly message: string;
  /** Its kind. */
  readonly kind: ToastKind;
  constructor(message: string, kind: ToastKind) {
    super('sk-toast');
    this.message = message;
    this.kind = kind;
  }
}

/** Shows a short message ("Booking cancelled") in the corner, announced to screen readers. */
export function showToast(message: string, kind: ToastKind = 'success'): void {
  window.dispatchEvent(new ToastEvent(message, kind));
}

const VISIBLE_MS = 6_000;

/**
 * The live region that toasts appear in; the shell renders one. Errors are `role=alert`,
 * the rest polite; each can be dismissed and leaves by itself after a few seconds.
 * @summary Toast messages.
 */
export class Toaster extends LitElement {
  static override properties = { toasts: { state: true } };
  static override styles = [sharedStyles, css`
    :host{position:fixed;inset:auto 1rem 1rem auto;z-index:50;max-width:min(26rem,calc(100vw - 2rem))}
    ol{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.5rem}
    ol:empty{display:none}
    li{display:flex;gap:.75rem;align-items:flex-start;background:var(--sk-surface);border:1px solid var(--sk-border);border-left:4px solid var(--sk-accent);border-radius:var(--sk-radius);padding:.6rem .75rem;box-shadow:var(--sk-shadow)}
    li.success{border-left-color:var(--sk-success)}li.error{border-left-color:var(--sk-danger)}
    span{flex:1}
    button{min-height:1.75rem;padding:0 .5rem}
  `];
  declare toasts: { id: number; message: string; kind: ToastKind }[];
  #next = 0;

  constructor() {
    super();
    this.toasts = [];
  }

  #onToast = (event: Event) => {
    const { message, kind } = event as ToastEvent;
    const id = this.#next++;
    this.toasts = [...this.toasts, { id, message, kind }];
    setTimeout(() => this.#dismiss(id), VISIBLE_MS);
  };

  #dismiss(id: number): void {
    this.toasts = this.toasts.filter((toast) => toast.id !== id);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('sk-toast', this.#onToast);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('sk-toast', this.#onToast);
    super.disconnectedCallback();
  }

  protected override render() {
    // Two regions exist from the start, so screen readers are already listening when a toast arrives.
    const polite = this.toasts.filter((toast) => toast.kind !== 'error');
    const urgent = this.toasts.filter((toast) => toast.kind === 'error');
    return html`<div role="status"><ol>${repeat(polite, (t) => t.id, (t) => this.#item(t))}</ol></div>
      <div role="alert"><ol>${repeat(urgent, (t) => t.id, (t) => this.#item(t))}</ol></div>`;
  }

  #item(toast: { id: number; message: string; kind: ToastKind }) {
    return html`<li class=${toast.kind}><span>${toast.message}</span>
      <button type="button" aria-label="Dismiss" @click=${() => this.#dismiss(toast.id)}>×</button></li>`;
  }
}

defineElement('sk-toaster', Toaster);

declare global {
  interface HTMLElementTagNameMap { 'sk-toaster': Toaster }
  interface WindowEventMap { 'sk-toast': ToastEvent }
}
