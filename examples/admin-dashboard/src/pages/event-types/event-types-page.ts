import { Task } from '@lit/task';
import { css, html, nothing } from 'lit';
import { buildHash } from '../../app/routes.ts';
import type { Column } from '../../components/data-table.ts';
import '../../components/data-table.ts';
import { defineElement } from '../../components/define-element.ts';
import { PageElement } from '../../components/page-element.ts';
import { sharedStyles } from '../../styles/shared.ts';
import '../../components/page-header.ts';
import '../../components/state-message.ts';
import { renderTask } from '../../components/task-states.ts';
import { showToast } from '../../components/toaster.ts';
import '../../components/copy-button.ts';
import { formatMinutes, type AdminEventType } from '../event-type-editor/event-type-draft.ts';
import { problemMessage } from '../../components/field-errors.ts';
import { formatMoney } from '../../app/format.ts';

/**
 * `#/event-types`: live event types (active or not, public or hidden) with their booking
 * links, and `?archived=1` for archived ones with a restore action.
 *
 * @summary The event types list.
 */
export class EventTypesPage extends PageElement {
  static override properties = { ...PageElement.properties, rowError: { state: true }, busy: { state: true } };
  static override styles = [sharedStyles, css`
    .tabs{display:flex;gap:.25rem;margin-bottom:1rem;border-bottom:1px solid var(--sk-border)}
    .tabs a{padding:.5rem .9rem;text-decoration:none;color:var(--sk-muted);border-bottom:2px solid transparent;margin-bottom:-1px}
    .tabs a[aria-current=page]{color:var(--sk-text);border-bottom-color:var(--sk-accent);font-weight:600}
  `];

  /** A message under the row whose action failed (e.g. restoring onto a taken slug). */
  declare rowError: { id: string; message: string } | undefined;
  declare busy: string | undefined;

  get #archived(): boolean {
    return this.params?.archived === '1';
  }

  #list = new Task(this, {
    task: async ([api, archived], { signal }) => (await api.eventTypes.list(archived ? { archived: 'true' } : undefined, { signal })).data as unknown as AdminEventType[],
    args: () => [this.api, this.#archived] as const,
  });

  async #restore(eventType: AdminEventType) {
    this.busy = eventType.id;
    this.rowError = undefined;
    try {
      await this.api.eventTypes.restore(eventType.id);
      showToast(`${eventType.title} restored.`);
      await this.#list.run();
    } catch (error) {
      const code = (error as { code?: string }).code;
      this.rowError = {
        id: eventType.id,
        message: code === 'slug_taken' ? `Another event type uses /${eventType.slug}. Change that one’s slug first, then restore this one.` : problemMessage(error),
      };
    } finally {
      this.busy = undefined;
    }
  }

  #columns(): Column<AdminEventType>[] {
    const workspace = this.session?.workspace.slug ?? '';
    const archived = this.#archived;
    return [
      { key: 'title', label: 'Event type', render: (e) => html`<strong>${archived ? e.title : html`<a href="#/event-types/${e.id}">${e.title}</a>`}</strong>
        <div class="muted"><small>/book/${workspace}/${e.slug}</small></div>
        ${this.rowError?.id === e.id ? html`<p class="error-text" role="alert">${this.rowError.message}</p>` : nothing}` },
      { key: 'durations', label: 'Length', render: (e) => e.durations.map(formatMinutes).join(' · ') },
      { key: 'price', label: 'Price', render: (e) => (e.price ? formatMoney(e.price) : 'Free') },
      { key: 'status', label: 'Status', render: (e) => html`<span class="row">
        ${archived ? html`<span class="badge">Archived</span>` : html`<span class="badge ${e.active ? 'active' : ''}">${e.active ? 'Active' : 'Inactive'}</span>`}
        ${e.visibility === 'hidden' ? html`<span class="badge">Hidden</span>` : nothing}
        ${e.seats > 1 ? html`<span class="badge">${e.seats} seats</span>` : nothing}
        ${e.requiresConfirmation ? html`<span class="badge pending">Needs confirmation</span>` : nothing}</span>` },
      {
        key: 'actions', label: 'Actions', hiddenLabel: true, render: (e) => (archived
          ? html`<button type="button" ?disabled=${!this.isAdmin || this.busy === e.id} aria-label="Restore ${e.title}" @click=${() => this.#restore(e)}>Restore</button>`
          : html`<span class="row">
              <a class="button" href="#/event-types/${e.id}" aria-label="Edit ${e.title}">Edit</a>
              <sk-copy-button .text=${`${location.origin}/book/${workspace}/${e.slug}`} label="Copy link" accessible-name="Copy link: ${e.title}"></sk-copy-button>
              <a class="button" href=${buildHash('/embed', { eventType: e.slug })} aria-label="Embed ${e.title}">Embed</a>
            </span>`),
      },
    ];
  }

  protected override render() {
    const archived = this.#archived;
    return html`
      <sk-page-header heading="Event types" description="What customers can book: length, hours, price and questions.">
        ${this.canWrite ? html`<a class="button primary" href="#/event-types/new">New event type</a>` : nothing}
      </sk-page-header>
      <nav class="tabs" aria-label="Event type lists">
        <a href=${buildHash('/event-types')} aria-current=${archived ? 'false' : 'page'}>Live</a>
        <a href=${buildHash('/event-types', { archived: '1' })} aria-current=${archived ? 'page' : 'false'}>Archived</a>
      </nav>
      ${renderTask(this.#list, (rows) => (rows.length === 0
        ? html`<sk-state kind="empty" .message=${archived ? 'No archived event types.' : 'No event types yet.'}>
            ${archived || !this.canWrite ? nothing : html`<a class="button primary" href="#/event-types/new">Create your first event type</a>`}</sk-state>`
        : html`<sk-data-table caption=${archived ? 'Archived event types' : 'Event types'} caption-hidden .rows=${rows} .columns=${this.#columns()}></sk-data-table>`),
      'Loading event types…')}`;
  }
}

defineElement('sk-page-event-types', EventTypesPage);

declare global {
  interface HTMLElementTagNameMap {
    'sk-page-event-types': EventTypesPage;
  }
}
