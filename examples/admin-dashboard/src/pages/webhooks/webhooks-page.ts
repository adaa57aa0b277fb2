import { Task } from '@lit/task';
import type { Result, Schemas } from '@slotkit/sdk';
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
import { secretDialog, secretDialogStyles } from '../../components/secret-dialog.ts';
import { errorFor, problemMessage, type FieldErrors } from '../../components/field-errors.ts';
import { checkboxField, formBanner, formStyles, textField } from '../../components/form-fields.ts';
import { formatDateTime } from '../../app/format.ts';

type Endpoint = Schemas['WebhookEndpoint'];
type Delivery = Result<'listWebhookDeliveries'>['data'][number];
type EventName = Endpoint['events'][number];

/** Events an endpoint can hear about, grouped for the form. */
const EVENT_GROUPS: { label: string; events: string[] }[] = [
  { label: 'Bookings', events: ['booking.created', 'booking.confirmed', 'booking.rescheduled', 'booking.cancelled', 'booking.no_show', 'booking.completed'] },
  { label: 'Payments', events: ['payment.succeeded', 'payment.failed', 'payment.refunded'] },
];

interface EndpointForm {
  id: string | undefined;
  url: string;
  description: string;
  events: string[];
  active: boolean;
}

const when = (iso: string | null) => (iso ? formatDateTime(iso, Intl.DateTimeFormat().resolvedOptions().timeZone) : '—');

/**
 * `#/webhooks`: endpoints that hear about booking and payment changes (create, edit,
 * delete; the signing secret shows once, on creation or when rolled) and, with
 * `?endpoint=<id>`, that endpoint's deliveries with redelivery.
 *
 * @summary Webhook endpoints and deliveries.
 */
export class WebhooksPage extends FormPage {
  static override properties = {
    ...FormPage.properties, form: { state: true },
    secret: { state: true }, deleting: { state: true },
  };
  static override styles = [sharedStyles, formStyles, secretDialogStyles, css`
    form{display:flex;flex-direction:column;gap:.9rem}
    .url{font-family:var(--sk-mono);font-size:.9rem;overflow-wrap:anywhere}
    .event-grid{display:grid;gap:.35rem 1rem;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr))}
    pre{margin:.5rem 0 0;padding:.6rem;background:var(--sk-surface-2);border-radius:var(--sk-radius);overflow:auto;max-height:16rem;font-size:.8rem}
    h2{margin:1.5rem 0 .75rem}
  `];

  declare form: EndpointForm | undefined;
  /** A signing secret just made: shown once. */
  declare secret: { url: string; secret: string } | undefined;
  declare deleting: Endpoint | undefined;

  #endpoints = new Task(this, {
    task: async ([api], { signal }) => (await api.webhooks.list({ signal })).data,
    args: () => [this.api] as const,
  });

  #deliveries = new Task(this, {
    task: async ([api, endpoint], { signal }) => (endpoint ? (await api.webhooks.deliveries(endpoint, { limit: 50 }, { signal })).data : []),
    args: () => [this.api, this.params?.endpoint ?? ''] as const,
  });

  #open(endpoint?: Endpoint) {
    this.form = endpoint
      ? { id: endpoint.id, url: endpoint.url, description: endpoint.description, events: [...endpoint.events], active: endpoint.active }
      : { id: undefined, url: '', description: '', events: ['booking.created', 'booking.cancelled', 'booking.rescheduled'], active: true };
    this.errors = {};
    this.banner = undefined;
  }

  async #save(event: Event) {
    event.preventDefault();
    const f = this.form;
    if (!f || this.saving) return;
    const errors: FieldErrors = {};
    const url = URL.parse(f.url.trim());
    if (!url || !/^https?:$/.test(url.protocol)) errors.url = 'must be an http(s) address like https://example.com/hooks/slotkit';
    if (f.events.length === 0) errors.events = 'choose at least one event';
    await this.submit(errors, async () => {
      const body = { url: f.url.trim(), description: f.description.trim(), events: f.events as EventName[], active: f.active };
      if (f.id) {
        await this.api.webhooks.update(f.id, body);
        showToast('Endpoint saved.');
      } else {
        const created = await this.api.webhooks.create(body);
        this.secret = { url: created.url, secret: created.secret };
      }
      this.form = undefined;
      await this.#endpoints.run();
    });
  }

  async #rollSecret(endpoint: Endpoint) {
    try {
      const rolled = await this.api.webhooks.rollSecret(endpoint.id);
      this.secret = { url: rolled.url, secret: rolled.secret };
    } catch (error) {
      showToast(problemMessage(error), 'error');
    }
  }

  async #delete(endpoint: Endpoint) {
    try {
      await this.api.webhooks.delete(endpoint.id);
      showToast('Endpoint deleted.');
      this.deleting = undefined;
      if (this.params?.endpoint === endpoint.id) location.hash = buildHash('/webhooks');
      await this.#endpoints.run();
    } catch (error) {
      showToast(problemMessage(error), 'error');
    }
  }

  async #redeliver(delivery: Delivery) {
    try {
      await this.api.webhooks.redeliver(delivery.endpointId, delivery.id);
      showToast(`${delivery.eventType} sent again.`);
      await this.#deliveries.run();
    } catch (error) {
      showToast(problemMessage(error), 'error');
    }
  }

  #columns: Column<Endpoint>[] = [
    { key: 'url', label: 'Endpoint', render: (e) => html`<span class="mono">${e.url}</span>${e.description ? html`<div class="muted"><small>${e.description}</small></div>` : nothing}` },
    { key: 'events', label: 'Events', render: (e) => html`<span class="row">${e.events.map((name) => html`<span class="badge">${name}</span>`)}</span>` },
    { key: 'active', label: 'Status', render: (e) => html`<span class="badge ${e.active ? 'active' : ''}">${e.active ? 'Active' : 'Paused'}</span>` },
    { key: 'actions', label: 'Actions', hiddenLabel: true, render: (e) => html`<span class="row">
      <a class="button" href=${buildHash('/webhooks', { endpoint: e.id })} aria-label="Deliveries to ${e.url}">Deliveries</a>
      ${this.isAdmin ? html`<button type="button" aria-label="Edit ${e.url}" @click=${() => this.#open(e)}>Edit</button>
        <button type="button" aria-label="Roll secret for ${e.url}" @click=${() => this.#rollSecret(e)}>Roll secret</button>
        <button type="button" class="danger" aria-label="Delete ${e.url}" @click=${() => { this.deleting = e; }}>Delete</button>` : nothing}</span>` },
  ];

  #deliveryColumns: Column<Delivery>[] = [
    { key: 'eventType', label: 'Event', render: (d) => html`<strong>${d.eventType}</strong><div class="muted"><small>${when(d.createdAt)}</small></div>` },
    { key: 'status', label: 'Status', render: (d) => html`<span class="badge ${d.status}">${d.status}</span>
      <div class="muted"><small>${d.attempts} attempt${d.attempts === 1 ? '' : 's'}${d.lastStatusCode ? `, last HTTP ${d.lastStatusCode}` : ''}</small></div>
      ${d.lastError ? html`<div class="error-text"><small>${d.lastError}</small></div>` : nothing}
      ${d.nextAttemptAt && d.status === 'pending' ? html`<div class="muted"><small>Next try ${when(d.nextAttemptAt)}</small></div>` : nothing}` },
    { key: 'payload', label: 'Payload', render: (d) => html`<details><summary>Show</summary><pre>${JSON.stringify(d.payload, null, 2)}</pre></details>` },
    { key: 'actions', label: 'Actions', hiddenLabel: true, render: (d) => (this.isAdmin
      ? html`<button type="button" aria-label="Redeliver ${d.eventType} of ${when(d.createdAt)}" @click=${() => this.#redeliver(d)}>Redeliver</button>` : nothing) },
  ];

  protected override render() {
    const endpointId = this.params?.endpoint;
    return html`
      <sk-page-header heading="Webhooks" description="Your servers hear about bookings and payments as they happen, signed with a secret.">
        ${this.isAdmin ? html`<button type="button" class="primary" @click=${() => this.#open()}>New endpoint</button>` : nothing}
      </sk-page-header>
      ${renderTask(this.#endpoints, (endpoints) => {
        const selected = endpoints.find((e) => e.id === endpointId);
        return html`${endpoints.length === 0 ? html`<sk-state kind="empty" message="No webhook endpoints."></sk-state>`
          : html`<sk-data-table caption="Endpoints" caption-hidden .rows=${endpoints} .columns=${this.#columns}></sk-data-table>`}
          ${selected ? html`<section aria-labelledby="deliveries-h">
            <h2 id="deliveries-h">Deliveries to <span class="url">${selected.url}</span></h2>
            ${renderTask(this.#deliveries, (deliveries) => (deliveries.length === 0 ? html`<sk-state kind="empty" message="Nothing delivered yet."></sk-state>`
              : html`<sk-data-table caption="Deliveries" caption-hidden .rows=${deliveries} .columns=${this.#deliveryColumns}></sk-data-table>`), 'Loading deliveries…')}
          </section>` : nothing}`;
      }, 'Loading endpoints…')}
      ${this.#formDialog()}
      ${secretDialog({ heading: 'Signing secret', id: 'webhook-secret', label: `Secret for ${this.secret?.url ?? ''}`, secret: this.secret?.secret,
        warning: 'Copy it now: it is shown only once. Verify each delivery’s signature with it (the SDK’s verifyWebhook does).', onClose: () => { this.secret = undefined; } })}
      <sk-dialog heading="Delete this endpoint?" ?open=${this.deleting !== undefined} @close=${() => { this.deleting = undefined; }}>
        <p>${this.deleting?.url} stops receiving events, and its delivery log is deleted.</p>
        <button slot="actions" type="button" class="danger" @click=${() => this.deleting && this.#delete(this.deleting)}>Delete endpoint</button>
      </sk-dialog>`;
  }

  #formDialog() {
    const f = this.form;
    const set = (patch: Partial<EndpointForm>) => { if (this.form) this.form = { ...this.form, ...patch }; };
    const eventsError = errorFor(this.errors, 'events');
    return html`<sk-dialog heading=${f?.id ? 'Edit endpoint' : 'New endpoint'} ?open=${f !== undefined} @close=${() => { this.form = undefined; }}>
      ${f ? html`<form id="webhook-form" novalidate @submit=${(e: Event) => this.#save(e)}>
        ${formBanner(this.banner)}
        ${textField({ id: 'webhook-url', label: 'URL', type: 'url', value: f.url, required: true, error: this.errors.url, placeholder: 'https://example.com/hooks/slotkit', onInput: (url) => set({ url }) })}
        ${textField({ id: 'webhook-description', label: 'Description (optional)', value: f.description, error: this.errors.description, onInput: (description) => set({ description }) })}
        <fieldset aria-describedby=${eventsError ? 'events-error' : nothing}><legend>Events</legend>
          ${EVENT_GROUPS.map((group) => html`<p class="hint">${group.label}</p><div class="event-grid">${group.events.map((name) => html`<div class="field inline">
            <input type="checkbox" id="event-${name}" .checked=${f.events.includes(name)}
              @change=${(e: Event) => set({ events: (e.target as HTMLInputElement).checked ? [...f.events, name] : f.events.filter((x) => x !== name) })}>
            <label for="event-${name}" class="mono">${name}</label></div>`)}</div>`)}
          ${eventsError ? html`<p class="field-error" id="events-error">${eventsError}</p>` : nothing}
        </fieldset>
        ${checkboxField({ id: 'webhook-active', label: 'Active', checked: f.active, hint: 'Paused endpoints receive nothing.', onChange: (active) => set({ active }) })}
      </form>` : nothing}
      <button slot="actions" type="submit" form="webhook-form" class="primary" ?disabled=${this.saving}>${this.saving ? 'Saving…' : f?.id ? 'Save endpoint' : 'Add endpoint'}</button>
    </sk-dialog>`;
  }
}

defineElement('sk-page-webhooks', WebhooksPage);

declare global {
  interface HTMLElementTagNameMap {
    'sk-page-webhooks': WebhooksPage;
  }
}
