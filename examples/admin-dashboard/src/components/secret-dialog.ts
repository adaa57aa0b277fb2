import { css, html, nothing, type TemplateResult } from 'lit';
import './copy-button.ts';
import './dialog.ts';

/** Styles of `secretDialog`: list them in the `static styles` of the page that renders it. */
export const secretDialogStyles = css`
.secret{display:flex;flex-direction:column;gap:.5rem}
.secret input{width:100%;font-family:var(--sk-mono)}
.warn{padding:.6rem .8rem;border-radius:var(--sk-radius);background:var(--sk-warning-soft);color:var(--sk-warning);border:1px solid var(--sk-warning)}
`;

/** What `secretDialog` shows: the secret (open while defined), its labelled field and a warning. */
export interface SecretDialogOptions {
  heading: string;
  /** The field's id, unique in the page's shadow root. */
  id: string;
  label: string;
  warning: string;
  secret: string | undefined;
  /** Called on Done or Escape: forget the secret. */
  onClose: () => void;
}

/** A dialog showing a secret the API returns only once: read-only (selected on focus), with a copy button. */
export function secretDialog(o: SecretDialogOptions): TemplateResult {
  return html`<sk-dialog heading=${o.heading} no-cancel ?open=${o.secret !== undefined} @close=${o.onClose}>
    ${o.secret === undefined ? nothing : html`<div class="secret">
      <p class="warn">${o.warning}</p>
      <label for=${o.id}>${o.label}</label>
      <input id=${o.id} readonly .value=${o.secret} @focus=${(e: Event) => (e.target as HTMLInputElement).select()}>
      <div><sk-copy-button .text=${o.secret} label="Copy secret"></sk-copy-button></div>
    </div>`}
    <button slot="actions" type="button" class="primary" @click=${o.onClose}>Done</button>
  </sk-dialog>`;
}
