import { Task } from '@lit/task';
import type { Workspace } from '@slotkit/sdk';
import { css, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { defineElement } from '../../components/define-element.ts';
import { FormPage } from '../../components/form-page.ts';
import { sharedStyles } from '../../styles/shared.ts';
import '../../components/page-header.ts';
import { renderTask } from '../../components/task-states.ts';
import { showToast } from '../../components/toaster.ts';
import { errorFor, unplacedErrors, type FieldErrors } from '../../components/field-errors.ts';
import { formBanner, formStyles, textField, timeZoneField } from '../../components/form-fields.ts';
import { timeZoneNames } from '../schedule-editor/time-zone-names.ts';

interface SettingsForm {
  name: string;
  timezone: string;
  origins: string[];
  accentColor: string;
  logoUrl: string;
}

/** The origin of a URL someone typed (`https://shop.example/page` -> `https://shop.example`), or null if it is not http(s). */
export function originOf(text: string): string | null {
  const url = URL.parse(text.trim());
  return url && (url.protocol === 'https:' || url.protocol === 'http:') ? url.origin : null;
}

/** Black or white, whichever reads better on a `#rrggbb` background (WCAG relative luminance). */
export function readableTextOn(hex: string): '#000000' | '#ffffff' {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05); they are equal at L ≈ 0.179.
  return luminance > 0.179 ? '#000000' : '#ffffff';
}

/**
 * `#/settings`: the workspace's name and time zone, the pages allowed to embed its booking
 * widget, and its branding (accent colour, logo).
 *
 * @summary Workspace settings.
 */
export class SettingsPage extends FormPage {
  static override properties = { ...FormPage.properties, form: { state: true } };
  static override styles = [sharedStyles, formStyles, css`
    form{display:flex;flex-direction:column;gap:1rem;max-width:48rem}
    .origin{display:flex;gap:.5rem;align-items:center}
    .origin input{flex:1;min-width:0}
    .colour{display:flex;gap:.5rem;align-items:center}
    .field .colour input[type=color]{width:3rem;flex:none;height:2.25rem;padding:.15rem}
    .field .colour input:not([type=color]){flex:1;width:auto;min-width:0}
    .preview{display:flex;gap:.75rem;align-items:center;padding:.75rem;border:1px dashed var(--sk-border);border-radius:var(--sk-radius)}
    .preview .sample{padding:.35rem .9rem;border-radius:var(--sk-radius);font-weight:600}
  `];

  declare form: SettingsForm | undefined;
  readonly #zones = timeZoneNames();
  #sheet = new CSSStyleSheet();

  #load = new Task(this, {
    task: async ([api], { signal }) => {
      const workspace = await api.workspace.get({ signal });
      this.form = this.#formOf(workspace);
      return workspace;
    },
    args: () => [this.api] as const,
  });

  #formOf(w: Workspace): SettingsForm {
    return { name: w.name, timezone: w.timezone, origins: [...w.allowedOrigins], accentColor: w.branding.accentColor ?? '', logoUrl: w.branding.logoUrl ?? '' };
  }

  #set(patch: Partial<SettingsForm>) {
    if (this.form) this.form = { ...this.form, ...patch };
  }

  async #save(event: Event) {
    event.preventDefault();
    const f = this.form;
    if (!f || this.saving) return;
    const errors: FieldErrors = {};
    if (!f.name.trim()) errors.name = 'is required';
    if (!this.#zones.includes(f.timezone)) errors.timezone = 'choose a time zone from the list, e.g. Europe/Berlin';
    const origins = f.origins.map((o) => o.trim()).filter(Boolean);
    origins.forEach((o, i) => { if (!originOf(o)) errors[`allowedOrigins.${i}`] = 'must be an http(s) address like https://shop.example'; });
    if (f.accentColor && !/^#[0-9a-fA-F]{6}$/.test(f.accentColor)) errors['branding.accentColor'] = 'must be a colour like #4f46e5';
    await this.submit(errors, async () => {
      const saved = await this.api.workspace.update({
        name: f.name.trim(), timezone: f.timezone, allowedOrigins: origins,
        branding: { ...(f.accentColor ? { accentColor: f.accentColor } : {}), ...(f.logoUrl.trim() ? { logoUrl: f.logoUrl.trim() } : {}) },
      });
      this.form = this.#formOf(saved);
      showToast('Settings saved.');
    });
  }

  protected override updated(): void {
    // The preview's colour is data, and the CSP forbids inline styles: set it through an adopted sheet.
    const custom = /^#[0-9a-fA-F]{6}$/.test(this.form?.accentColor ?? '') ? this.form!.accentColor : undefined;
    this.#sheet.replaceSync(custom ? `.preview .sample{background:${custom};color:${readableTextOn(custom)}}` : '.preview .sample{background:var(--sk-accent);color:var(--sk-accent-text)}');
    const root = this.renderRoot as ShadowRoot;
    if (!root.adoptedStyleSheets.includes(this.#sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
  }

  protected override render() {
    return html`<sk-page-header heading="Settings" description="Your workspace’s name, time zone, embedding and branding."></sk-page-header>
      ${renderTask(this.#load, () => (this.form ? this.#form(this.form) : nothing), 'Loading settings…')}`;
  }

  #form(f: SettingsForm) {
    const e = this.errors;
    const canEdit = this.isAdmin;
    const setOrigin = (i: number, value: string) => this.#set({ origins: f.origins.map((o, j) => (j === i ? value : o)) });
    return html`${formBanner(this.banner, unplacedErrors(e, ['name', 'timezone', 'allowedOrigins', 'branding']))}
      <form novalidate @submit=${(ev: Event) => this.#save(ev)}>
        <section class="card section" aria-labelledby="ws-h">
          <header><h2 id="ws-h">Workspace</h2></header>
          <div class="fields">
            ${textField({ id: 'ws-name', label: 'Name', value: f.name, required: true, error: e.name, hint: 'Shown to customers in emails and on booking pages.', onInput: (name) => this.#set({ name }) })}
            ${timeZoneField({ id: 'ws-timezone', label: 'Time zone', value: f.timezone, zones: this.#zones, error: e.timezone,
              hint: 'The default for new schedules, hosts and reports.', onInput: (timezone) => this.#set({ timezone }) })}
          </div>
          <p class="hint">Workspace address: <span class="mono">${this.session?.workspace.slug}</span></p>
        </section>
        <section class="card section" aria-labelledby="origins-h">
          <header><h2 id="origins-h">Allowed embed origins</h2>
            <p class="hint">Websites allowed to show your booking widget. Leave the list empty to allow any site.</p></header>
          ${f.origins.length === 0 ? html`<p class="muted">Any website may embed the widget.</p>` : nothing}
          ${f.origins.map((origin, i) => {
            const error = errorFor(e, `allowedOrigins.${i}`);
            return html`<div class="field"><div class="origin">
              <label class="sr-only" for="origin-${i}">Allowed origin ${i + 1}</label>
              <input id="origin-${i}" type="url" placeholder="https://shop.example" .value=${live(origin)} aria-invalid=${error ? 'true' : 'false'}
                aria-describedby=${ifDefined(error ? `origin-${i}-error` : undefined)} @input=${(ev: Event) => setOrigin(i, (ev.target as HTMLInputElement).value)}
                @blur=${() => { const o = originOf(origin); if (o) setOrigin(i, o); }}>
              <button type="button" class="danger" aria-label="Remove ${origin || `origin ${i + 1}`}" @click=${() => this.#set({ origins: f.origins.filter((_x, j) => j !== i) })}>Remove</button>
            </div>${error ? html`<p class="field-error" id="origin-${i}-error">${error}</p>` : nothing}</div>`;
          })}
          ${e.allowedOrigins ? html`<p class="field-error">${e.allowedOrigins}</p>` : nothing}
          <div><button type="button" @click=${() => this.#set({ origins: [...f.origins, ''] })}>Add origin</button></div>
        </section>
        <section class="card section" aria-labelledby="brand-h">
          <header><h2 id="brand-h">Branding</h2></header>
          <div class="fields">
            <div class="field"><label for="accent-text">Accent colour</label>
              <div class="colour">
                <input type="color" aria-label="Pick the accent colour" .value=${live(/^#[0-9a-fA-F]{6}$/.test(f.accentColor) ? f.accentColor : '#2b59c3')}
                  @input=${(ev: Event) => this.#set({ accentColor: (ev.target as HTMLInputElement).value })}>
                <input id="accent-text" placeholder="#2b59c3" .value=${live(f.accentColor)} aria-invalid=${e['branding.accentColor'] ? 'true' : 'false'}
                  aria-describedby=${ifDefined(e['branding.accentColor'] ? 'accent-error' : undefined)} @input=${(ev: Event) => this.#set({ accentColor: (ev.target as HTMLInputElement).value.trim() })}>
              </div>
              ${e['branding.accentColor'] ? html`<p class="field-error" id="accent-error">${e['branding.accentColor']}</p>` : nothing}
            </div>
            ${textField({ id: 'logo-url', label: 'Logo URL', type: 'url', value: f.logoUrl, error: e['branding.logoUrl'], placeholder: 'https://example.com/logo.svg', onInput: (logoUrl) => this.#set({ logoUrl }) })}
          </div>
          <div class="preview" aria-label="Accent colour preview" role="group">
            <span class="sample">Book a time</span>
            <span class="muted">Buttons and highlights on booking pages and in emails use this colour.</span>
          </div>
        </section>
        <div class="actions sticky-actions">
          <button type="submit" class="primary" ?disabled=${this.saving || !canEdit}>${this.saving ? 'Saving…' : 'Save settings'}</button>
          ${canEdit ? nothing : html`<span class="muted">Only admins and owners can change settings.</span>`}
        </div>
      </form>`;
  }
}

defineElement('sk-page-settings', SettingsPage);

declare global {
  interface HTMLElementTagNameMap {
    'sk-page-settings': SettingsPage;
  }
}
