import { Task } from '@lit/task';
import type { Host, Schedule } from '@slotkit/sdk';
import { css, html, nothing } from 'lit';
import { defineElement } from '../../components/define-element.ts';
import { EditorPage, type EditedResource } from '../../components/editor-page.ts';
import '../../components/page-header.ts';
import { renderTask } from '../../components/task-states.ts';
import {
  draftFromEventType, draftToBody, LOCATION_KINDS, newEventTypeDraft, slugify, type AdminEventType, type EventTypeBody, type EventTypeDraft, type LocationKind,
} from './event-type-draft.ts';
import {
  durationsSection, pricingSection, questionsSection, remindersSection, type SectionContext,
} from './event-type-sections.ts';
import { errorFor, unplacedErrors } from '../../components/field-errors.ts';
import { checkboxField, formBanner, selectField, textField } from '../../components/form-fields.ts';

const LOCATION_LABELS: Record<LocationKind, { label: string; value: string; placeholder: string }> = {
  video: { label: 'Video call', value: 'Meeting link (optional)', placeholder: 'https://meet.example.com/room' },
  phone: { label: 'Phone call', value: 'Number to call, or leave empty to call the customer', placeholder: '+44 20 7946 0000' },
  in_person: { label: 'In person', value: 'Address', placeholder: '1 Main Street, Springfield' },
  custom: { label: 'Other', value: 'Details', placeholder: 'How and where you meet' },
};

/** Paths the form shows next to a field; any other 422 path goes to the summary above the form. */
const PLACED = [
  'title', 'slug', 'description', 'durations', 'defaultDuration', 'slotStep', 'bufferBefore', 'bufferAfter', 'minNotice', 'maxAdvanceDays',
  'maxPerDay', 'seats', 'price', 'pricing', 'cancellationPolicy', 'location', 'questions', 'reminders', 'hostIds', 'scheduleId',
];

interface Loaded {
  eventType: AdminEventType | undefined;
  hosts: Host[];
  schedules: Schedule[];
}

/**
 * `#/event-types/new` and `#/event-types/:id`: every setting of an event type in one form,
 * checked in the browser for the obvious and by the API for the rest (its 422 messages show
 * next to the fields they name).
 *
 * @summary The event-type editor.
 */
export class EventTypeEditorPage extends EditorPage<EventTypeDraft, AdminEventType, EventTypeBody> {
  static override properties = {
    ...EditorPage.properties,
    durationToAdd: { state: true },
    reminderToAdd: { state: true },
  };

  static override styles = [...EditorPage.styles, css`
    .slug-prefix{font-size:.85rem;color:var(--sk-muted);overflow-wrap:anywhere}
    .hosts{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem}
  `];

  declare durationToAdd: string;
  declare reminderToAdd: { amount: string; unit: string };

  protected override readonly resource: EditedResource<EventTypeDraft, AdminEventType, EventTypeBody> = {
    list: '#/event-types',
    toBody: draftToBody,
    fromSaved: draftFromEventType,
    create: (body) => this.api.eventTypes.create(body),
    update: async (id, body) => await this.api.eventTypes.update(id, body) as unknown as AdminEventType,
    remove: (id) => this.api.eventTypes.delete(id),
    invalid: 'Some fields need attention; see the messages next to them.',
    savedToast: 'Changes saved.',
    createdToast: 'Event type created.',
    removedToast: (result) => `${this.draft?.title ?? 'Event type'} ${result}.`,
  };

  constructor() {
    super();
    this.durationToAdd = '';
    this.reminderToAdd = { amount: '', unit: '60' };
  }

  #load = new Task(this, {
    task: async ([api, id], { signal }): Promise<Loaded> => {
      const [eventType, hosts, schedules] = await Promise.all([
        id ? api.eventTypes.get(id, { signal }) as Promise<unknown> as Promise<AdminEventType> : Promise.resolve(undefined),
        api.hosts.list(undefined, { signal }),
        api.schedules.list(undefined, { signal }),
      ]);
      this.startEditing(id, () => (eventType ? draftFromEventType(eventType)
        : { ...newEventTypeDraft({ hostIds: hosts.data.length === 1 ? [hosts.data[0]!.id] : [] }), scheduleId: this.params?.schedule ?? '' }));
      return { eventType, hosts: hosts.data, schedules: schedules.data };
    },
    args: () => [this.api, this.editedId] as const,
  });

  #update = (patch: Partial<EventTypeDraft>) => {
    if (!this.draft) return;
    const next = { ...this.draft, ...patch };
    if ('title' in patch && next.autoSlug) next.slug = slugify(next.title);
    this.draft = next;
  };

  override render() {
    return renderTask(this.#load, (loaded) => (this.draft ? this.#form(loaded, this.draft) : nothing), 'Loading event type…');
  }

  #form({ eventType: loaded, hosts, schedules }: Loaded, d: EventTypeDraft) {
    const eventType = this.saved ?? loaded;
    const ctx: SectionContext = { draft: d, errors: this.errors, update: this.#update };
    const e = this.errors;
    const archived = eventType?.archived ?? false;
    const liveHosts = hosts.filter((h) => !h.archived || d.hostIds.includes(h.id));
    return html`
      <sk-page-header heading=${eventType ? eventType.title : 'New event type'}>
        <a slot="description" href="#/event-types">All event types</a>
        ${eventType && !archived && eventType.active ? html`<a class="button" href="/book/${this.session?.workspace.slug}/${eventType.slug}" target="_blank"
          rel="noopener">Open booking page</a>` : nothing}
        ${eventType && !archived ? this.archiveControls('Archive this event type? Customers can no longer book it.', 'Archive') : nothing}
      </sk-page-header>
      ${archived ? html`<div class="banner" role="status">This event type is archived; restore it from the list to take bookings again.</div>` : nothing}
      ${formBanner(this.banner, unplacedErrors(e, PLACED))}
      <form novalidate @submit=${(ev: Event) => this.save(ev)}>
        <section class="card section" aria-labelledby="basics-h">
          <header><h2 id="basics-h">Basics</h2></header>
          <div class="fields">
            ${textField({ id: 'title', label: 'Title', value: d.title, required: true, error: e.title, onInput: (title) => this.#update({ title }) })}
            ${textField({ id: 'slug', label: 'URL slug', value: d.slug, required: true, error: e.slug,
              hint: `Booking page: /book/${this.session?.workspace.slug ?? 'workspace'}/${d.slug || '…'}`,
              onInput: (slug) => this.#update({ slug: slug.toLowerCase(), autoSlug: false }) })}
          </div>
          ${textField({ id: 'description', label: 'Description', multiline: true, value: d.description, error: e.description,
            hint: 'Shown to customers above the calendar.', onInput: (description) => this.#update({ description }) })}
        </section>

        <section class="card section" aria-labelledby="time-h">
          <header><h2 id="time-h">Length and availability</h2></header>
          ${durationsSection(ctx, this.durationToAdd, (v) => { this.durationToAdd = v; })}
          <div class="fields">
            ${textField({ id: 'slotStep', label: 'Start times every (minutes)', type: 'number', min: 5, value: d.slotStep, error: e.slotStep,
              placeholder: String(Math.min(...(d.durations.length ? d.durations : [30]))), hint: 'Empty: the shortest duration.', onInput: (slotStep) => this.#update({ slotStep }) })}
            ${textField({ id: 'bufferBefore', label: 'Buffer before (minutes)', type: 'number', min: 0, value: d.bufferBefore, error: e.bufferBefore, onInput: (bufferBefore) => this.#update({ bufferBefore }) })}
            ${textField({ id: 'bufferAfter', label: 'Buffer after (minutes)', type: 'number', min: 0, value: d.bufferAfter, error: e.bufferAfter, onInput: (bufferAfter) => this.#update({ bufferAfter }) })}
            ${textField({ id: 'minNotice', label: 'Minimum notice (minutes)', type: 'number', min: 0, value: d.minNotice, error: e.minNotice,
              hint: 'How soon before the start customers may still book.', onInput: (minNotice) => this.#update({ minNotice }) })}
            ${textField({ id: 'maxAdvanceDays', label: 'Booking window (days ahead)', type: 'number', min: 1, max: 730, value: d.maxAdvanceDays, error: e.maxAdvanceDays, onInput: (maxAdvanceDays) => this.#update({ maxAdvanceDays }) })}
            ${textField({ id: 'maxPerDay', label: 'Most bookings per day', type: 'number', min: 1, value: d.maxPerDay, error: e.maxPerDay, hint: 'Empty: no limit.', onInput: (maxPerDay) => this.#update({ maxPerDay }) })}
            ${textField({ id: 'seats', label: 'Seats per slot', type: 'number', min: 1, value: d.seats, error: e.seats, hint: 'More than 1 makes a group event.', onInput: (seats) => this.#update({ seats }) })}
          </div>
        </section>

        <section class="card section" aria-labelledby="hosts-h">
          <header><h2 id="hosts-h">Hosts and schedule</h2></header>
          <fieldset aria-describedby=${e.hostIds ? 'hostIds-error' : 'hostIds-hint'}>
            <legend>Hosts</legend>
            ${liveHosts.length === 0 ? html`<p class="muted">No hosts yet. <a href="#/hosts">Add a host</a> first.</p>` : html`<div class="hosts">
              ${liveHosts.map((h) => html`<div class="field inline"><input type="checkbox" id="host-${h.id}" .checked=${d.hostIds.includes(h.id)}
                @change=${(ev: Event) => this.#update({ hostIds: (ev.target as HTMLInputElement).checked ? [...d.hostIds, h.id] : d.hostIds.filter((x) => x !== h.id) })}>
                <label for="host-${h.id}">${h.name}</label></div>`)}</div>`}
            <p class="hint" id="hostIds-hint">Customers get a free host among these for the time they pick.</p>
            ${e.hostIds ? html`<p class="field-error" id="hostIds-error">${errorFor(e, 'hostIds')}</p>` : nothing}
          </fieldset>
          ${selectField({ id: 'scheduleId', label: 'Schedule', value: d.scheduleId, error: e.scheduleId,
            hint: 'Hours when this event type can be booked; by default, each host’s own schedule.',
            options: [{ value: '', label: 'Each host’s own schedule' }, ...schedules.filter((s) => !s.archived || s.id === d.scheduleId).map((s) => ({ value: s.id, label: `${s.name} (${s.timezone})` }))],
            onChange: (scheduleId) => this.#update({ scheduleId }) })}
        </section>

        <section class="card section" aria-labelledby="location-h">
          <header><h2 id="location-h">Location</h2></header>
          <div class="fields">
            ${selectField({ id: 'location-kind', label: 'Where', value: d.locationKind, error: errorFor(e, 'location.kind'),
              options: LOCATION_KINDS.map((k) => ({ value: k, label: LOCATION_LABELS[k].label })),
              onChange: (kind) => this.#update({ locationKind: kind as LocationKind }) })}
            ${textField({ id: 'location-value', label: LOCATION_LABELS[d.locationKind].value, value: d.locationValue,
              placeholder: LOCATION_LABELS[d.locationKind].placeholder, error: errorFor(e, 'location.value') ?? (e.location && !e['location.kind'] ? e.location : undefined),
              onInput: (locationValue) => this.#update({ locationValue }) })}
          </div>
        </section>

        <section class="card section" aria-labelledby="questions-h">
          <header><h2 id="questions-h">Booking form questions</h2></header>
          ${questionsSection(ctx)}
        </section>

        <section class="card section" aria-labelledby="price-h">
          <header><h2 id="price-h">Price</h2></header>
          ${pricingSection(ctx)}
        </section>

        <section class="card section" aria-labelledby="reminders-h">
          <header><h2 id="reminders-h">Reminders</h2><p class="hint">Emails to the customer and host before the start.</p></header>
          ${remindersSection(ctx, this.reminderToAdd, (v) => { this.reminderToAdd = v; })}
        </section>

        <section class="card section" aria-labelledby="visibility-h">
          <header><h2 id="visibility-h">Visibility and confirmation</h2></header>
          ${selectField({ id: 'visibility', label: 'Visibility', value: d.visibility,
            hint: 'Hidden event types are bookable by their link only, and not listed on the booking page.',
            options: [{ value: 'public', label: 'Public: listed on the booking page' }, { value: 'hidden', label: 'Hidden: link only' }],
            onChange: (visibility) => this.#update({ visibility: visibility as 'public' | 'hidden' }) })}
          ${checkboxField({ id: 'requiresConfirmation', label: 'Requires confirmation', checked: d.requiresConfirmation,
            hint: 'Bookings wait for a host to confirm or decline them.', onChange: (requiresConfirmation) => this.#update({ requiresConfirmation }) })}
          ${checkboxField({ id: 'active', label: 'Active (customers can book it)', checked: d.active, onChange: (active) => this.#update({ active }) })}
        </section>

        ${this.formActions(eventType !== undefined, 'Create event type')}
      </form>`;
  }
}

defineElement('sk-page-event-type-editor', EventTypeEditorPage);

declare global {
  interface HTMLElementTagNameMap {
    'sk-page-event-type-editor': EventTypeEditorPage;
  }
}
