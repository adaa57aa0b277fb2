import { css, html, LitElement } from 'lit';
import { sharedStyles } from '../styles/shared.ts';
import { defineElement } from './define-element.ts';

/**
 * A modal dialog on the native `<dialog>` (focus kept inside, Escape closes, focus returns
 * to what opened it). Open with `open = true` or `show()`.
 * @summary Modal dialog.
 * @slot - The body (often a form).
 * @slot actions - Buttons at the bottom; a "Cancel" button closes by default unless `no-cancel`.
 * @event close - The dialog closed (Escape, Cancel, or `open = false`).
 */
export class Dialog extends LitElement {
  static override properties = { heading: {}, open: { type: Boolean, reflect: true }, noCancel: { type: Boolean, attribute: 'no-cancel' } };
  static override styles = [sharedStyles, css`
    dialog{border:1px solid var(--sk-border);border-radius:calc(var(--sk-radius) * 1.5);background:var(--sk-surface);color:var(--sk-text);padding:0;width:min(34rem,calc(100vw - 1.5rem));max-height:calc(100dvh - 2rem);box-shadow:var(--sk-shadow)}
    dialog::backdrop{background:rgb(0 0 0 / .45)}
    .head{padding:1rem 1.25rem .5rem}
    .body{padding:.25rem 1.25rem 1rem;overflow:auto}
    .actions{display:flex;flex-wrap:wrap;justify-content:flex-end;gap:.5rem;padding:.75rem 1.25rem 1rem;border-top:1px solid var(--sk-border)}
  `];
  /** The dialog's title. */
  declare heading: string;
  /** Whether it is shown. */
  declare open: boolean;
  /** Hides the built-in Cancel button. */
  declare noCancel: boolean;

  constructor() {
    super();
    this.heading = '';
    this.open = false;
    this.noCancel = false;
  }

  /** Opens the dialog. */
  show(): void { this.open = true; }
  /** Closes the dialog. */
  close(): void { this.open = false; }

  protected override updated(changed: Map<string, unknown>): void {
    if (!changed.has('open')) return;
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    if (this.open && !dialog.open) dialog.showModal();
    if (!this.open && dialog.open) dialog.close();
  }

  #onClose = () => {
    if (this.open) this.open = false;
    this.dispatchEvent(new Event('close', { bubbles: true, composed: true }));
  };

  protected override render() {
    return html`<dialog aria-labelledby="heading" @close=${this.#onClose}>
      <div class="head"><h2 id="heading">${this.heading}</h2></div>
      <div class="body"><slot></slot></div>
      <div class="actions">
        ${this.noCancel ? '' : html`<button type="button" @click=${() => this.close()}>Cancel</button>`}
        <slot name="actions"></slot>
      </div>
    </dialog>`;
  }
}

defineElement('sk-dialog', Dialog);

declare global {
  interface HTMLElementTagNameMap { 'sk-dialog': Dialog }
}
