import { css, html, LitElement, nothing } from 'lit';
import { defineElement } from './define-element.ts';
import { sharedStyles } from '../styles/shared.ts';

/**
 * A button that copies `text` to the clipboard and says so ("Copied", announced politely).
 * Falls back to selecting the text for a manual copy when the clipboard is not available.
 * @summary Copy-to-clipboard button.
 * @event sk-copied - The text was copied.
 */
export class CopyButton extends LitElement {
  static override properties = { text: {}, label: {}, accessibleName: { attribute: 'accessible-name' }, copied: { state: true }, failed: { state: true } };
  static override styles = [sharedStyles, css`:host{display:inline-block}.status{margin-left:.4rem;font-size:.85rem;color:var(--sk-muted)}`];
  /** What to copy. */
  declare text: string;
  /** The button's text (default "Copy"). */
  declare label: string;
  /** A fuller name for screen readers when several copy buttons share a page; it must start with the text. */
  declare accessibleName: string | undefined;
  declare copied: boolean;
  declare failed: boolean;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.text = '';
    this.label = 'Copy';
    this.copied = false;
    this.failed = false;
  }

  async #copy() {
    try {
      await navigator.clipboard.writeText(this.text);
      this.copied = true;
      this.failed = false;
      this.dispatchEvent(new Event('sk-copied', { bubbles: true, composed: true }));
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => { this.copied = false; }, 4_000);
    } catch {
      // Clipboard access needs a secure context and focus; the person can still copy by hand.
      this.failed = true;
    }
  }

  override disconnectedCallback(): void {
    clearTimeout(this.#timer);
    super.disconnectedCallback();
  }

  protected override render() {
    return html`<button type="button" aria-label=${this.accessibleName && !this.copied ? this.accessibleName : nothing} @click=${() => this.#copy()}>${this.copied ? 'Copied' : this.label}</button><span class="status" role="status">${
      this.copied ? html`<span class="sr-only">Copied to the clipboard</span>` : this.failed ? 'Copy failed: select the text and copy it by hand.' : ''}</span>`;
  }
}

defineElement('sk-copy-button', CopyButton);

declare global {
  interface HTMLElementTagNameMap { 'sk-copy-button': CopyButton }
}
