import { Task } from '@lit/task';
import { css, html, nothing } from 'lit';
import { defineElement } from '../../components/define-element.ts';
import { PageElement } from '../../components/page-element.ts';
import { sharedStyles } from '../../styles/shared.ts';
import '../../components/page-header.ts';
import { renderTask } from '../../components/task-states.ts';
import '../../components/copy-button.ts';
import type { AdminEventType } from '../event-type-editor/event-type-draft.ts';
import { formStyles, selectField, textField } from '../../components/form-fields.ts';
import { defaultEmbedOptions, embedAttributes, embedSnippet, type EmbedOptions } from './snippet.ts';

const LOCALES = [
  { value: '', label: 'The page’s language' }, { value: 'en', label: 'English' }, { value: 'de', label: 'Deutsch' },
  { value: 'fr', label: 'Français' }, { value: 'es', label: 'Español' }, { value: 'ja', label: '日本語' },
];

/**
 * `#/embed`: builds the snippet for `<booking-calendar>` or `<booking-button>` from a few
 * choices, shows the real widget with those choices, and copies the snippet.
 *
 * @summary The embed snippet generator.
 */
export class EmbedPage extends PageElement {
  static override properties = { ...PageElement.properties, options: { state: true }, widgetReady: { state: true } };
  static override styles = [sharedStyles, formStyles, css`
    .layout{display:grid;grid-template-columns:minmax(0,22rem) minmax(0,1fr);gap:1rem;align-items:start}
    .controls{display:flex;flex-direction:column;gap:.9rem}
    .colour{display:flex;gap:.5rem;align-items:center}
    .field .colour input[type=color]{width:3rem;flex:none;height:2.25rem;padding:.15rem}
    .field .colour input:not([type=color]){flex:1;width:auto;min-width:0}
    pre{margin:0;padding:.75rem;background:var(--sk-surface-2);border:1px solid var(--sk-border);border-radius:var(--sk-radius);overflow-x:auto;white-space:pre-wrap;word-break:break-all;font-family:var(--sk-mono);font-size:.85rem}
    .preview{min-height:20rem;padding:1rem;border:1px dashed var(--sk-border);border-radius:var(--sk-radius);background:var(--sk-bg)}
    .preview.dark{background:#101214}
    .preview.light{background:#f6f7f9}
    @media (max-width:56rem){.layout{grid-template-columns:minmax(0,1fr)}}
  `];

  declare options: EmbedOptions | undefined;
  declare widgetReady: boolean;

  constructor() {
    super();
    this.widgetReady = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The widget is a chunk of its own: only this page needs it.
    void import('@slotkit/widget/define').then(() => { this.widgetReady = true; });
  }

  #eventTypes = new Task(this, {
    task: async ([api], { signal }) => {
      const types = (await api.eventTypes.list(undefined, { signal })).data as unknown as AdminEventType[];
      const bookable = types.filter((t) => t.active);
      this.options ??= defaultEmbedOptions(location.origin, this.session?.workspace.slug ?? '', this.params?.eventType ?? bookable[0]?.slug ?? '');
      return bookable;
    },
    args: () => [this.api] as const,
  });

  #set(patch: Partial<EmbedOptions>) {
    if (this.options) this.options = { ...this.options, ...patch };
  }

  protected override updated(): void {
    const host = this.renderRoot.querySelector<HTMLElement>('.preview');
    const o = this.options;
    if (!host || !o || !this.widgetReady) return;
    const key = JSON.stringify(o);
    if (host.dataset.rendered === key) return;
    host.dataset.rendered = key;
    // A fresh element per change: exactly what the snippet would give on a page.
    const widget = document.createElement(o.kind === 'button' ? 'booking-button' : 'booking-calendar');
    widget.setAttribute('api', location.origin);
    for (const [name, value] of embedAttributes(o)) {
      // CSSOM, not the style attribute: the dashboard's CSP forbids inline style attributes.
      if (name === 'style') widget.style.setProperty('--slotkit-accent', o.accent);
      else widget.setAttribute(name, value);
    }
    host.replaceChildren(widget);
  }

  protected override render() {
    return html`<sk-page-header heading="Embed" description="Put booking on any website: paste the snippet where the calendar or button should appear."></sk-page-header>
      ${renderTask(this.#eventTypes, (types) => (this.options ? this.#generator(types, this.options) : nothing), 'Loading event types…')}`;
  }

  #generator(types: AdminEventType[], o: EmbedOptions) {
    const snippet = embedSnippet(o);
    const accentValid = o.accent === '' || /^#[0-9a-fA-F]{6}$/.test(o.accent);
    return html`<div class="layout">
      <section class="card controls" aria-labelledby="controls-h">
        <h2 id="controls-h">Options</h2>
        ${selectField({ id: 'embed-kind', label: 'Element', value: o.kind, onChange: (kind) => this.#set({ kind: kind as EmbedOptions['kind'] }),
          options: [{ value: 'calendar', label: 'Calendar in the page (<booking-calendar>)' }, { value: 'button', label: 'Button that opens it (<booking-button>)' }] })}
        ${selectField({ id: 'embed-event-type', label: 'Event type', value: o.eventType, onChange: (eventType) => this.#set({ eventType }),
          options: [{ value: '', label: 'Let customers choose' }, ...types.map((t) => ({ value: t.slug, label: t.title }))] })}
        ${selectField({ id: 'embed-theme', label: 'Theme', value: o.theme, onChange: (theme) => this.#set({ theme: theme as EmbedOptions['theme'] }),
          options: [{ value: 'auto', label: 'Follow the visitor’s system' }, { value: 'light', label: 'Light' }, { value: 'dark', label: 'Dark' }] })}
        ${selectField({ id: 'embed-locale', label: 'Language', value: o.locale, options: LOCALES, onChange: (locale) => this.#set({ locale }) })}
        <div class="field"><label for="embed-accent">Accent colour</label>
          <div class="colour">
            <input type="color" aria-label="Pick the accent colour" .value=${/^#[0-9a-fA-F]{6}$/.test(o.accent) ? o.accent : '#2b59c3'}
              @input=${(e: Event) => this.#set({ accent: (e.target as HTMLInputElement).value })}>
            <input id="embed-accent" placeholder="Default" .value=${o.accent} aria-invalid=${accentValid ? 'false' : 'true'}
              aria-describedby=${accentValid ? 'embed-accent-hint' : 'embed-accent-hint embed-accent-error'}
              @input=${(e: Event) => this.#set({ accent: (e.target as HTMLInputElement).value.trim() })}>
            ${o.accent ? html`<button type="button" @click=${() => this.#set({ accent: '' })}>Reset</button>` : nothing}
          </div>
          <p class="hint" id="embed-accent-hint">A colour like #0f766e; empty keeps the widget’s own.</p>
          ${accentValid ? nothing : html`<p class="field-error" id="embed-accent-error">must be a colour like #0f766e</p>`}
        </div>
        ${o.kind === 'button' ? html`
          ${textField({ id: 'embed-label', label: 'Button label', value: o.label, placeholder: 'Book a time', hint: 'Empty: “Book a time” in the visitor’s language.', onInput: (label) => this.#set({ label }) })}
          ${selectField({ id: 'embed-mode', label: 'Opens as', value: o.mode, onChange: (mode) => this.#set({ mode: mode as EmbedOptions['mode'] }),
            options: [{ value: 'modal', label: 'A dialog over the page' }, { value: 'popover', label: 'A popover next to the button' }] })}` : nothing}
      </section>
      <div class="stack">
        <section class="card stack" aria-labelledby="snippet-h">
          <div class="row"><h2 id="snippet-h">Snippet</h2><sk-copy-button .text=${snippet} label="Copy snippet"></sk-copy-button></div>
          <pre aria-label="Embed snippet"><code>${snippet}</code></pre>
          <p class="hint">Pages on other sites must be allowed under <a href="#/settings">Settings → Allowed embed origins</a> if that list is not empty.</p>
        </section>
        <section class="card stack" aria-labelledby="preview-h">
          <h2 id="preview-h">Preview</h2>
          ${this.widgetReady ? nothing : html`<p class="muted" role="status">Loading the widget…</p>`}
          <!-- Filled by updated() with the real element; no Lit content inside, so replacing its children is safe. -->
          <div class="preview ${o.theme === 'auto' ? '' : o.theme}" role="group" aria-label="Live preview"></div>
        </section>
      </div>
    </div>`;
  }
}

defineElement('sk-page-embed', EmbedPage);

declare global {
  interface HTMLElementTagNameMap {
    'sk-page-embed': EmbedPage;
  }
}
