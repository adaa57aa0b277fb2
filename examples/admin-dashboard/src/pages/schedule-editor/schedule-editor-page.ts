import { Task } from '@lit/task';
import type { Schedule } from '@slotkit/sdk';
import { css, html, nothing } from 'lit';
import { defineElement } from '../../components/define-element.ts';
import { EditorPage, type EditedResource } from '../../components/editor-page.ts';
import '../../components/page-header.ts';
import { renderTask } from '../../components/task-states.ts';
import { formBanner, textField, timeZoneField } from '../../components/form-fields.ts';
import { zonedDate } from '../../app/zoned-time.ts';
import { draftFromSchedule, newScheduleDraft, placeApiErrors, scheduleToBody, type ScheduleBody, type ScheduleDraft } from './schedule-draft.ts';
import { blackoutsSection, overridesSection, weeklySection, type CalendarView, type ScheduleContext } from './schedule-sections.ts';
import { weeklyHours } from './weekly-hours.ts';
import { timeZoneNames } from './time-zone-names.ts';

/**
 * `#/schedules/new` and `#/schedules/:id`: weekly hours (several intervals a day), date
 * overrides picked on a month calendar, blackout ranges, and the schedule's time zone.
 *
 * @summary The schedule editor.
 */
export class ScheduleEditorPage extends EditorPage<ScheduleDraft, Schedule, ScheduleBody> {
  static override properties = {
    ...EditorPage.properties,
    now: { attribute: false },
    view: { state: true },
  };

  static override styles = [...EditorPage.styles, css`
    .week{display:flex;flex-direction:column}
    .day-row{display:grid;grid-template-columns:9rem 1fr auto;gap:.5rem 1rem;align-items:start;padding:.6rem 0;border-bottom:1px solid var(--sk-border)}
    .day-row:last-of-type{border-bottom:0}
    .day-name{padding-top:.4rem}
    .intervals{display:flex;flex-direction:column;gap:.4rem;min-width:0}
    .intervals>.muted{padding-top:.4rem}
    .interval{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center}
    .interval .field-error{flex-basis:100%}
    .day-actions{display:flex;flex-wrap:wrap;gap:.4rem;justify-content:flex-end}
    button.icon{min-width:2.25rem;padding:0 .5rem}
    .overrides{display:grid;grid-template-columns:minmax(0,20rem) minmax(0,1fr);gap:1.25rem}
    .cal-head{display:flex;align-items:center;justify-content:space-between;margin-bottom:.25rem}
    table.month{border:0;table-layout:fixed}
    table.month th{background:none;border:0;text-align:center;padding:.2rem}
    table.month td{border:0;padding:2px;text-align:center}
    button.date{width:100%;min-height:2.4rem;padding:0;font-variant-numeric:tabular-nums}
    button.date.today{font-weight:700;text-decoration:underline}
    button.date[aria-pressed=true]{outline:2px solid var(--sk-accent);outline-offset:-2px}
    button.date.closed,.swatch.closed{background:var(--sk-danger-soft);color:var(--sk-danger);border-color:var(--sk-danger)}
    button.date.custom,.swatch.custom{background:var(--sk-accent-soft);color:var(--sk-text);border-color:var(--sk-accent)}
    .swatch{display:inline-block;width:.8rem;height:.8rem;border:1px solid;border-radius:3px;vertical-align:middle}
    .override-list{list-style:none;padding:0;margin:.5rem 0 0;display:flex;flex-direction:column;gap:.3rem}
    .override-list li{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem}
    .blackout{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end}
    .blackout .field-error{flex-basis:100%}
    @media (max-width:44rem){.day-row{grid-template-columns:1fr}.day-actions{justify-content:flex-start}.overrides{grid-template-columns:minmax(0,1fr)}}
  `];

  /** The current instant in ms ("today" on the calendar); default: the clock. */
  declare now: number | undefined;
  declare view: CalendarView | undefined;

  readonly #zones = timeZoneNames();

  protected override readonly resource: EditedResource<ScheduleDraft, Schedule, ScheduleBody> = {
    list: '#/schedules',
    toBody: scheduleToBody,
    fromSaved: draftFromSchedule,
    create: (body) => this.api.schedules.create(body),
    update: (id, body) => this.api.schedules.update(id, body),
    remove: (id) => this.api.schedules.delete(id),
    invalid: 'Some hours need attention; see the messages next to them.',
    savedToast: 'Schedule saved.',
    createdToast: 'Schedule created.',
    removedToast: (result) => (result === 'archived' ? 'Schedule archived.' : 'Schedule deleted.'),
    placeErrors: placeApiErrors,
  };

  #today(timezone: string): string {
    return zonedDate(new Date(this.now ?? Date.now()), timezone);
  }

  #load = new Task(this, {
    task: async ([api, id], { signal }): Promise<Schedule | undefined> => {
      const schedule = id ? await api.schedules.get(id, { signal }) : undefined;
      const draft = this.startEditing(id, () => (schedule ? draftFromSchedule(schedule)
        : newScheduleDraft(this.session?.workspace.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone)));
      if (draft) {
        const today = this.#today(draft.timezone);
        this.view = { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)), selected: undefined, today };
      }
      return schedule;
    },
    args: () => [this.api, this.editedId] as const,
  });

  protected override updated(): void {
    const view = this.view;
    if (!view?.moveFocus) return;
    // Consumed without a new render: the focus move happens once, after the month is on screen.
    view.moveFocus = false;
    this.renderRoot.querySelector<HTMLElement>(`button.date[data-date="${view.focused}"]`)?.focus();
  }

  #update = (patch: Partial<ScheduleDraft>) => {
    if (this.draft) this.draft = { ...this.draft, ...patch };
  };

  override render() {
    return renderTask(this.#load, (schedule) => (this.draft && this.view ? this.#form(this.saved ?? schedule, this.draft, this.view) : nothing), 'Loading schedule…');
  }

  #form(schedule: Schedule | undefined, d: ScheduleDraft, view: CalendarView) {
    const ctx: ScheduleContext = { draft: d, errors: this.errors, update: this.#update };
    const tzError = this.errors.timezone;
    const hours = weeklyHours(d.week);
    const placed = Object.keys(this.errors).filter((k) => !/^(name|timezone|week\.|overrides\.|blackouts\.)/.test(k)).map((k) => `${k}: ${this.errors[k]}`);
    return html`
      <sk-page-header heading=${schedule ? schedule.name : 'New schedule'}>
        <a slot="description" href="#/schedules">All schedules</a>
        ${schedule && !schedule.archived ? this.archiveControls('Delete this schedule? If hosts or event types use it, it is archived instead.', 'Delete') : nothing}
      </sk-page-header>
      ${formBanner(this.banner, placed)}
      <form novalidate @submit=${(e: Event) => this.save(e)}>
        <section class="card section" aria-labelledby="basics-h">
          <header><h2 id="basics-h">Name and time zone</h2></header>
          <div class="fields">
            ${textField({ id: 'name', label: 'Name', value: d.name, required: true, error: this.errors.name, placeholder: 'Office hours', onInput: (name) => this.#update({ name }) })}
            ${timeZoneField({ id: 'timezone', label: 'Time zone', value: d.timezone, zones: this.#zones, error: tzError,
              hint: 'Type to search, e.g. “Berlin” or “New_York”. Hours below are in this zone.', onInput: (timezone) => this.#update({ timezone }) })}
          </div>
        </section>
        <section class="card section" aria-labelledby="weekly-h">
          <header><h2 id="weekly-h">Weekly hours</h2><p class="hint">${hours} hours a week.</p></header>
          ${weeklySection(ctx)}
        </section>
        <section class="card section" aria-labelledby="overrides-h">
          <header><h2 id="overrides-h">Date overrides</h2><p class="hint">Close a date or give it other hours (holidays, late openings).</p></header>
          ${overridesSection(ctx, view, (v) => { this.view = v; })}
        </section>
        <section class="card section" aria-labelledby="blackouts-h">
          <header><h2 id="blackouts-h">Blackouts</h2><p class="hint">Ranges with no bookings at all, e.g. a vacation.</p></header>
          ${blackoutsSection(ctx, view.today)}
        </section>
        ${this.formActions(schedule !== undefined, 'Create schedule')}
      </form>`;
  }
}

defineElement('sk-page-schedule-editor', ScheduleEditorPage);

declare global {
  interface HTMLElementTagNameMap {
    'sk-page-schedule-editor': ScheduleEditorPage;
  }
}
