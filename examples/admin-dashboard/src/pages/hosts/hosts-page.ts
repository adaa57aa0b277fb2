import { Task } from '@lit/task';
import type { Host, Schedule } from '@slotkit/sdk';
import { css, html, nothing } from 'lit';
import { buildHash } from '../../app/routes.ts';
import type { Column } from '../../components/data-table.ts';
import '../../components/data-table.ts';
import { defineElement } from '../../components/define-element.ts';
import '../../components/dialog.ts';
import { FormPage } from '../../components/form-page.ts';
import { sharedStyles } from '../../styles/shared.ts';
import '../../components/page-header.ts';
import '../../components/state-message.ts';
import { renderTask } from '../../components/task-states.ts';
import { showToast } from '../../components/toaster.ts';
import '../../components/copy-button.ts';
import { problemMessage, type FieldErrors } from '../../components/field-errors.ts';
import { formBanner, formStyles, selectField, textField, timeZoneField } from '../../components/form-fields.ts';
import { timeZoneNames } from '../schedule-editor/time-zone-names.ts';

interface HostForm {
  id: string | undefined;
  name: string;
  email: string;
  timezone: string;
  scheduleId: string;
}

/**
 * `#/hosts`: people and resources who take bookings. Create and edit in a dialog (name,
 * email, time zone, schedule), archive and restore, and each host's secret calendar feed
 * address with copy and rotate.
 *
 * @summary The hosts page.
 */
export class HostsPage extends FormPage {
  static override properties = {
    ...FormPage.properties, form: { state: true },
    feed: { state: true }, archiving: { state: true },
  };
  static override styles = [sharedStyles, formStyles, css`
    .tabs{display:flex;gap:.25rem;margin-bottom:1rem;border-bottom:1px solid var(--sk-border)}
    .tabs a{padding:.5rem .9rem;text-decoration:none;color:var(--sk-muted);border-bottom:2px solid transparent;margin-bottom:-1px}
    .tabs a[aria-current=page]{color:var(--sk-text);border-bottom-color:var(--sk-accent);font-weight:600}
    .feed-url{width:100%;font-family:var(--sk-mono);font-size:.85rem}
    form{display:flex;flex-direction:column;gap:.9rem}
  `];

  declare form: HostForm | undefined;
  /** The host whose calendar feed dialog is open, with its address once loaded. */
  declare feed: { host: Host; url: string | undefined; error: string | undefined; confirmRotate: boolean } | undefined;
  declare archiving: Host | undefined;
  readonly #zones = timeZoneNames();

  get #archived(): boolean {
    return this.params?.archived === '1';
  }

  #data = new Task(this, {
    task: async ([api, archived], { signal }) => {
      const [hosts, schedules] = await Promise.all([api.hosts.list(archived ? { archived: 'true' } : undefined, { signal }), api.schedules.list(undefined, { signal })]);
      return { hosts: hosts.data, schedules: schedules.data };
    },
    args: () => [this.api, this.#archived] as const,
  });

  #open(host?: Host) {
    this.form = host
      ? { id: host.id, name: host.name, email: host.email ?? '', timezone: host.timezone, scheduleId: host.scheduleId ?? '' }
      : { id: undefined, name: '', email: '', timezone: this.session?.workspace.timezone ?? 'UTC', scheduleId: '' };
    this.errors = {};
    this.banner = undefined;
  }

  async #save(event: Event) {
    event.preventDefault();
    const form = this.form;
    if (!form || this.saving) return;
    const errors: FieldErrors = {};
    if (!form.name.trim()) errors.name = 'is required';
    if (!this.#zones.includes(form.timezone)) errors.timezone = 'choose a time zone from the list, e.g. Europe/Berlin';
    await this.submit(errors, async () => {
      const body = { name: form.name.trim(), email: form.email.trim() || null, timezone: form.timezone, scheduleId: form.scheduleId || null };
      if (form.id) await this.api.hosts.update(form.id, body);
      else await this.api.hosts.create(body);
      showToast(form.id ? `${body.name} saved.` : `${body.name} added.`);
      this.form = undefined;
      await this.#data.run();
    });
  }

  async #archive(host: Host) {
    try {
      const { result } = await this.api.hosts.delete(host.id);
      showToast(result === 'archived' ? `${host.name} archived.` : `${host.name} deleted.`);
      this.archiving = undefined;
      await this.#data.run();
    } catch (error) {
      showToast(problemMessage(error), 'error');
    }
  }

  async #restore(host: Host) {
    try {
      await this.api.hosts.restore(host.id);
      showToast(`${host.name} restored.`);
      await this.#data.run();
    } catch (error) {
      showToast(problemMessage(error), 'error');
    }
  }

  async #openFeed(host: Host, rotate = false) {
    this.feed = { host, url: undefined, error: undefined, confirmRotate: false };
    try {
      const { url } = rotate ? await this.api.hostFeeds.rotate(host.id) : await this.api.hostFeeds.get(host.id);
      this.feed = { host, url, error: undefined, confirmRotate: false };
      if (rotate) showToast('New feed address made; the old one no longer works.');
    } catch (error) {
      this.feed = { host, url: undefined, error: problemMessage(error), confirmRotate: false };
    }
  }

  #columns(schedules: Schedule[]): Column<Host>[] {
    const archived = this.#archived;
    const scheduleName = (id: string | null) => (id ? schedules.find((s) => s.id === id)?.name ?? 'Unknown schedule' : 'None');
    return [
      { key: 'name', label: 'Host', render: (h) => html`<strong>${h.name}</strong><div class="muted"><small>${h.email ?? 'No email'}</small></div>` },
      { key: 'timezone', label: 'Time zone' },
      { key: 'schedule', label: 'Schedule', render: (h) => (h.scheduleId ? html`<a href="#/schedules/${h.scheduleId}">${scheduleName(h.scheduleId)}</a>` : 'None') },
      {
        key: 'actions', label: 'Actions', hiddenLabel: true, render: (h) => (archived
          ? html`<button type="button" ?disabled=${!this.isAdmin} aria-label="Restore ${h.name}" @click=${() => this.#restore(h)}>Restore</button>`
          : html`<span class="row">
              <button type="button" ?disabled=${!this.canWrite} aria-label="Edit ${h.name}" @click=${() => this.#open(h)}>Edit</button>
              <button type="button" aria-label="Calendar feed of ${h.name}" @click=${() => this.#openFeed(h)}>Calendar feed</button>
              <button type="button" class="danger" ?disabled=${!this.isAdmin} aria-label="Archive ${h.name}" @click=${() => { this.archiving = h; }}>Archive</button>
            </span>`),
      },
    ];
  }

  protected override render() {
    const archived = this.#archived;
    return html`
      <sk-page-header heading="Hosts" description="People and resources who take bookings, each with a time zone and a schedule.">
        ${this.canWrite && !archived ? html`<button type="button" class="primary" @click=${() => this.#open()}>New host</button>` : nothing}
      </sk-page-header>
      <nav class="tabs" aria-label="Host lists">
        <a href=${buildHash('/hosts')} aria-current=${archived ? 'false' : 'page'}>Live</a>
        <a href=${buildHash('/hosts', { archived: '1' })} aria-current=${archived ? 'page' : 'false'}>Archived</a>
      </nav>
      ${renderTask(this.#data, ({ hosts, schedules }) => html`
        ${hosts.length === 0 ? html`<sk-state kind="empty" .message=${archived ? 'No archived hosts.' : 'No hosts yet.'}></sk-state>`
          : html`<sk-data-table caption=${archived ? 'Archived hosts' : 'Hosts'} caption-hidden .rows=${hosts} .columns=${this.#columns(schedules)}></sk-data-table>`}
        ${this.#formDialog(schedules)}`, 'Loading hosts…')}
      ${this.#feedDialog()}
      <sk-dialog heading=${`Archive ${this.archiving?.name ?? ''}?`} ?open=${this.archiving !== undefined} @close=${() => { this.archiving = undefined; }}>
        <p>They stop offering times at once. Their past bookings stay; a host with no bookings is deleted instead.</p>
        <button slot="actions" type="button" class="danger" @click=${() => this.archiving && this.#archive(this.archiving)}>Archive</button>
      </sk-dialog>`;
  }

  #formDialog(schedules: Schedule[]) {
    const f = this.form;
    const set = (patch: Partial<HostForm>) => { if (this.form) this.form = { ...this.form, ...patch }; };
    return html`<sk-dialog heading=${f?.id ? 'Edit host' : 'New host'} ?open=${f !== undefined} @close=${() => { this.form = undefined; }}>
      ${f ? html`<form id="host-form" novalidate @submit=${(e: Event) => this.#save(e)}>
        ${formBanner(this.banner)}
        ${textField({ id: 'host-name', label: 'Name', value: f.name, required: true, error: this.errors.name, onInput: (name) => set({ name }) })}
        ${textField({ id: 'host-email', label: 'Email', type: 'email', value: f.email, error: this.errors.email, hint: 'Booking emails and invites go here.', onInput: (email) => set({ email }) })}
        ${timeZoneField({ id: 'host-timezone', label: 'Time zone', value: f.timezone, zones: this.#zones, error: this.errors.timezone, onInput: (timezone) => set({ timezone }) })}
        ${selectField({ id: 'host-schedule', label: 'Schedule', value: f.scheduleId, error: this.errors.scheduleId,
          options: [{ value: '', label: 'No schedule' }, ...schedules.map((s) => ({ value: s.id, label: `${s.name} (${s.timezone})` }))], onChange: (scheduleId) => set({ scheduleId }) })}
      </form>` : nothing}
      <button slot="actions" type="submit" form="host-form" class="primary" ?disabled=${this.saving}>${this.saving ? 'Saving…' : f?.id ? 'Save host' : 'Add host'}</button>
    </sk-dialog>`;
  }

  #feedDialog() {
    const feed = this.feed;
    return html`<sk-dialog heading=${`Calendar feed of ${feed?.host.name ?? ''}`} ?open=${feed !== undefined} @close=${() => { this.feed = undefined; }}>
      ${feed ? html`<div class="stack">
        <p>Subscribe to this address in a calendar app to see the host’s bookings. Anyone with it can read them: keep it secret.</p>
        ${feed.error ? html`<p class="error-text" role="alert">${feed.error}</p>` : feed.url === undefined ? html`<p role="status">Loading…</p>` : html`
          <label for="feed-url">Feed address</label>
          <input id="feed-url" class="feed-url" readonly .value=${feed.url} @focus=${(e: Event) => (e.target as HTMLInputElement).select()}>
          <div class="row"><sk-copy-button .text=${feed.url} label="Copy address"></sk-copy-button>
          ${this.canWrite ? (feed.confirmRotate
            ? html`<span>The current address stops working at once.</span>
                <button type="button" class="danger" @click=${() => this.#openFeed(feed.host, true)}>Make a new address</button>`
            : html`<button type="button" @click=${() => { this.feed = { ...feed, confirmRotate: true }; }}>Rotate address…</button>`) : nothing}</div>`}
      </div>` : nothing}
    </sk-dialog>`;
  }
}

defineElement('sk-page-hosts', HostsPage);

declare global {
  interface HTMLElementTagNameMap {
    'sk-page-hosts': HostsPage;
  }
}
