import { Task } from '@lit/task';
import type { Schedule } from '@slotkit/sdk';
import { html, nothing } from 'lit';
import type { Column } from '../../components/data-table.ts';
import '../../components/data-table.ts';
import { defineElement } from '../../components/define-element.ts';
import { PageElement } from '../../components/page-element.ts';
import { sharedStyles } from '../../styles/shared.ts';
import '../../components/page-header.ts';
import '../../components/state-message.ts';
import { renderTask } from '../../components/task-states.ts';
import { overrideSummary, DAY_NAMES } from '../schedule-editor/schedule-sections.ts';
import { DAYS, weekFromRules, weeklyHours } from '../schedule-editor/weekly-hours.ts';

/** "Mon–Fri 09:00–17:00" style summary of a schedule's week: consecutive days with equal hours grouped. */
export function weekSummary(schedule: Pick<Schedule, 'weekly'>): string {
  const week = weekFromRules(schedule.weekly);
  const groups: { from: string; to: string; hours: string }[] = [];
  for (const day of DAYS) {
    if (week[day].length === 0) continue;
    const hours = overrideSummary(week[day]);
    const last = groups.at(-1);
    const previous = DAYS[DAYS.indexOf(day) - 1];
    if (last && last.hours === hours && previous && DAY_NAMES[previous].slice(0, 3) === last.to) last.to = DAY_NAMES[day].slice(0, 3);
    else groups.push({ from: DAY_NAMES[day].slice(0, 3), to: DAY_NAMES[day].slice(0, 3), hours });
  }
  return groups.length ? groups.map((g) => `${g.from === g.to ? g.from : `${g.from}–${g.to}`} ${g.hours}`).join('; ') : 'No weekly hours';
}

/**
 * `#/schedules`: every live schedule with its zone, a summary of its week, and how many
 * overrides and blackouts it has.
 *
 * @summary The schedules list.
 */
export class SchedulesPage extends PageElement {
  static override styles = [sharedStyles];

  #list = new Task(this, {
    task: async ([api], { signal }) => (await api.schedules.list(undefined, { signal })).data,
    args: () => [this.api] as const,
  });

  #columns: Column<Schedule>[] = [
    { key: 'name', label: 'Schedule', render: (s) => html`<a href="#/schedules/${s.id}">${s.name}</a><div class="muted"><small>${s.timezone}</small></div>` },
    { key: 'week', label: 'Weekly hours', render: (s) => html`${weekSummary(s)}<div class="muted"><small>${weeklyHours(weekFromRules(s.weekly))} h a week</small></div>` },
    { key: 'exceptions', label: 'Exceptions', render: (s) => `${s.overrides.length} date override${s.overrides.length === 1 ? '' : 's'}, ${s.blackouts.length} blackout${s.blackouts.length === 1 ? '' : 's'}` },
    { key: 'actions', label: 'Actions', hiddenLabel: true, render: (s) => html`<a class="button" href="#/schedules/${s.id}" aria-label="Edit ${s.name}">Edit</a>` },
  ];

  protected override render() {
    return html`
      <sk-page-header heading="Schedules" description="Working hours that hosts and event types follow.">
        ${this.canWrite ? html`<a class="button primary" href="#/schedules/new">New schedule</a>` : nothing}
      </sk-page-header>
      ${renderTask(this.#list, (rows) => (rows.length === 0
        ? html`<sk-state kind="empty" message="No schedules yet.">${this.canWrite ? html`<a class="button primary" href="#/schedules/new">Create a schedule</a>` : nothing}</sk-state>`
        : html`<sk-data-table caption="Schedules" caption-hidden .rows=${rows} .columns=${this.#columns}></sk-data-table>`), 'Loading schedules…')}`;
  }
}

defineElement('sk-page-schedules', SchedulesPage);

declare global {
  interface HTMLElementTagNameMap {
    'sk-page-schedules': SchedulesPage;
  }
}
