import { css, html, LitElement } from 'lit';
import { Task } from '@lit/task';
import type { Slotkit } from '@slotkit/sdk';
import '../../components/state-message.ts';
import { defineElement } from '../../components/define-element.ts';
import { renderTask } from '../../components/task-states.ts';
import { formatLocalDate, formatTime } from '../../app/format.ts';
import { addDays, isLocalDate } from '../../app/zoned-time.ts';
import { sharedStyles } from '../../styles/shared.ts';

/** The days one view of the picker shows. */
const DAYS_SHOWN = 7;

/**
 * Free slots of an event type for a week from a chosen date (public slots API, in the
 * workspace's time zone), as a radio group per day; `value` is the chosen slot's start.
 * @summary Slot picker for rescheduling.
 * @event change - A slot was chosen (read `value`).
 */
export class ReschedulePicker extends LitElement {
  static override properties = {
    api: { attribute: false }, workspace: {}, eventType: { attribute: 'event-type' }, host: {}, timezone: {},
    duration: { type: Number }, from: {}, value: {}, exclude: {},
  };
  static override styles = [sharedStyles, css`
    .nav{display:flex;gap:.5rem;align-items:end;flex-wrap:wrap;margin-bottom:.75rem}
    .nav label{display:flex;flex-direction:column;gap:.25rem}
    .days{display:flex;flex-direction:column;gap:.75rem;max-height:22rem;overflow:auto}
    fieldset{padding:.5rem .75rem}
    .slots{display:flex;flex-wrap:wrap;gap:.4rem}
    .slot{display:inline-flex;align-items:center;gap:.35rem;border:1px solid var(--sk-border);border-radius:var(--sk-radius);padding:.25rem .6rem;cursor:pointer}
    .slot:has(input:checked){background:var(--sk-accent);color:var(--sk-accent-text);border-color:var(--sk-accent)}
    .slot:has(input:focus-visible){outline:2px solid var(--sk-accent);outline-offset:2px}
    .slot input{position:absolute;opacity:0;pointer-events:none}
  `];
  declare api: Slotkit;
  /** The workspace slug. */
  declare workspace: string;
  /** The event type slug. */
  declare eventType: string;
  /** Only this host's slots (the booking's host). */
  declare host: string | undefined;
  declare timezone: string;
  declare duration: number | undefined;
  /** First local date shown. */
  declare from: string;
  /** The chosen slot's start (ISO). */
  declare value: string;
  /** A start to leave out (the booking's current one). */
  declare exclude: string | undefined;

  constructor() {
    super();
    this.value = '';
    this.from = '';
  }

  #slots = new Task(this, {
    task: async ([api, workspace, eventType, from, timezone, duration, host], { signal }) => {
      const query = { eventType, from, to: addDays(from, DAYS_SHOWN - 1), timezone, ...(duration ? { duration } : {}), ...(host ? { host } : {}) };
      return api.public(workspace).slots.list(query, { signal });
    },
    args: () => [this.api, this.workspace, this.eventType, this.from, this.timezone, this.duration, this.host] as const,
  });

  #choose(start: string) {
    this.value = start;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  #move(days: number) {
    this.from = addDays(this.from, days);
  }

  protected override render() {
    return html`<div class="nav">
        <button type="button" @click=${() => this.#move(-DAYS_SHOWN)}>Previous week</button>
        <label>Week from <input type="date" .value=${this.from} @change=${(e: Event) => {
          const value = (e.target as HTMLInputElement).value;
          if (isLocalDate(value)) this.from = value;
        }}></label>
        <button type="button" @click=${() => this.#move(DAYS_SHOWN)}>Next week</button>
      </div>
      ${renderTask(this.#slots, (slots) => {
        const days = slots.days.map((d) => ({ ...d, slots: d.slots.filter((s) => s.start !== this.exclude) })).filter((d) => d.slots.length);
        if (!days.length) return html`<sk-state kind="empty" message="No free times this week. Try the next one."></sk-state>`;
        return html`<div class="days">${days.map((day) => html`<fieldset>
          <legend>${formatLocalDate(day.date, { weekday: 'long', month: 'long', day: 'numeric' })}</legend>
          <div class="slots">${day.slots.map((slot) => html`<label class="slot">
            <input type="radio" name="slot" .value=${slot.start} .checked=${slot.start === this.value} @change=${() => this.#choose(slot.start)}>
            ${formatTime(slot.start, this.timezone)}</label>`)}</div>
        </fieldset>`)}</div>`;
      }, 'Finding free times…')}`;
  }
}

defineElement('sk-reschedule-picker', ReschedulePicker);

declare global {
  interface HTMLElementTagNameMap { 'sk-reschedule-picker': ReschedulePicker }
}
