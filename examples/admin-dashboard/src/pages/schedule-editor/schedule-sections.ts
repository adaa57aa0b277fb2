import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FieldErrors } from '../../components/field-errors.ts';
import { formatLocalDate } from '../../app/format.ts';
import { addMonths, dateForKey, localDate, monthGrid } from './month-grid.ts';
import type { ScheduleDraft } from './schedule-draft.ts';
import { copyToAllDays, DAYS, suggestInterval, type Day, type Interval } from './weekly-hours.ts';

/** English names of the weekly rule days. */
export const DAY_NAMES: Record<Day, string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};

/** What the section renderers share: the draft, errors by editor path, and a way to change the draft. */
export interface ScheduleContext {
  draft: ScheduleDraft;
  errors: FieldErrors;
  update: (patch: Partial<ScheduleDraft>) => void;
}

/** Start–end time inputs for a list of intervals, each removable, with its problem under it. */
function intervalRows(intervals: Interval[], name: string, errorKey: (i: number) => string, errors: FieldErrors, set: (next: Interval[]) => void): TemplateResult {
  const change = (i: number, patch: Partial<Interval>) => set(intervals.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return html`${intervals.map((interval, i) => {
    const error = errors[errorKey(i)];
    const id = `${errorKey(i).replace(/\W/g, '-')}`;
    return html`<div class="interval">
      <input type="time" step="300" .value=${live(interval.start)} aria-label="${name} hours ${i + 1} start"
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${ifDefined(error ? `${id}-error` : undefined)}
        @change=${(e: Event) => change(i, { start: (e.target as HTMLInputElement).value })}>
      <span aria-hidden="true">–</span>
      <input type="time" step="300" .value=${live(interval.end === '24:00' ? '23:59' : interval.end)} aria-label="${name} hours ${i + 1} end"
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${ifDefined(error ? `${id}-error` : undefined)}
        @change=${(e: Event) => change(i, { end: (e.target as HTMLInputElement).value })}>
      <button type="button" class="icon" aria-label="Remove ${name} ${interval.start}–${interval.end}"
        @click=${() => set(intervals.filter((_x, j) => j !== i))}>×</button>
      ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}
    </div>`;
  })}`;
}

/** The weekly hours: several intervals per day, add and remove, copy one day to all. */
export function weeklySection({ draft, errors, update }: ScheduleContext): TemplateResult {
  const setDay = (day: Day, intervals: Interval[]) => update({ week: { ...draft.week, [day]: intervals } });
  return html`<div class="week">${DAYS.map((day) => {
    const intervals = draft.week[day];
    const name = DAY_NAMES[day];
    const next = suggestInterval(intervals);
    return html`<div class="day-row" data-day=${day}>
      <div class="day-name field inline">
        <input type="checkbox" id="day-${day}" .checked=${live(intervals.length > 0)}
          @change=${(e: Event) => setDay(day, (e.target as HTMLInputElement).checked ? [{ start: '09:00', end: '17:00' }] : [])}>
        <label for="day-${day}">${name}</label>
      </div>
      <div class="intervals">
        ${intervals.length === 0 ? html`<span class="muted">Unavailable</span>` : intervalRows(intervals, name, (i) => `week.${day}.${i}`, errors, (list) => setDay(day, list))}
      </div>
      <div class="day-actions">
        <button type="button" ?disabled=${next === null} aria-label="Add hours on ${name}" @click=${() => next && setDay(day, [...intervals, next])}>Add hours</button>
        <button type="button" aria-label="Copy to all days: ${name}’s hours" @click=${() => update({ week: copyToAllDays(draft.week, day) })}>Copy to all days</button>
      </div>
    </div>`;
  })}${errors.weekly ? html`<p class="field-error">${errors.weekly}</p>` : nothing}</div>`;
}

const monthTitle = (year: number, month: number) => formatLocalDate(localDate(year, month, 1), { month: 'long', year: 'numeric' });
const longDate = (date: string) => formatLocalDate(date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const weekdayOf = (date: string): Day => DAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]!;

/** The override calendar's view state: which month is shown and which date is selected. */
export interface CalendarView {
  year: number;
  month: number;
  selected: string | undefined;
  today: string;
  /** The date keyboard focus is on (the grid's one tab stop). */
  focused?: string | undefined;
  /** Set by a key press: the page moves focus to `focused` once it is rendered. */
  moveFocus?: boolean;
}

/** What a date's override says, in a few words. */
export function overrideSummary(intervals: Interval[] | undefined): string {
  if (intervals === undefined) return 'weekly hours';
  if (intervals.length === 0) return 'closed';
  return intervals.map((i) => `${i.start}–${i.end}`).join(', ');
}

/** A month of dates to click, marking overrides, and the editor of the selected date's override. */
export function overridesSection({ draft, errors, update }: ScheduleContext, view: CalendarView, setView: (v: CalendarView) => void): TemplateResult {
  const setOverride = (date: string, intervals: Interval[] | undefined) => {
    const overrides = { ...draft.overrides };
    if (intervals === undefined) delete overrides[date];
    else overrides[date] = intervals;
    update({ overrides });
  };
  const go = (delta: number) => setView({ ...view, ...addMonths(view.year, view.month, delta) });
  const selected = view.selected;
  const current = selected ? draft.overrides[selected] : undefined;
  const mode = current === undefined ? 'weekly' : current.length === 0 ? 'closed' : 'custom';
  const dates = Object.keys(draft.overrides).sort();
  const monthPrefix = `${localDate(view.year, view.month, 1).slice(0, 8)}`;
  const shown = (date: string | undefined) => (date?.startsWith(monthPrefix) ? date : undefined);
  // One tab stop in the grid (roving tabindex); arrows, Home/End and PageUp/PageDown move from there.
  const tabStop = shown(view.focused) ?? shown(selected) ?? shown(view.today) ?? localDate(view.year, view.month, 1);
  const onKey = (e: KeyboardEvent) => {
    const from = (e.target as HTMLElement).dataset.date;
    const to = from ? dateForKey(e.key, from) : undefined;
    if (!to) return;
    e.preventDefault();
    setView({ ...view, year: Number(to.slice(0, 4)), month: Number(to.slice(5, 7)), focused: to, moveFocus: true });
  };
  return html`<div class="overrides">
    <div class="calendar">
      <div class="cal-head">
        <button type="button" class="icon" aria-label="Previous month" @click=${() => go(-1)}>‹</button>
        <h3 id="cal-title" aria-live="polite">${monthTitle(view.year, view.month)}</h3>
        <button type="button" class="icon" aria-label="Next month" @click=${() => go(1)}>›</button>
      </div>
      <table class="month" aria-labelledby="cal-title" aria-describedby="cal-keys" @keydown=${onKey}>
        <thead><tr>${DAYS.map((d) => html`<th scope="col" abbr=${DAY_NAMES[d]}>${DAY_NAMES[d].slice(0, 2)}</th>`)}</tr></thead>
        <tbody>${monthGrid(view.year, view.month).map((week) => html`<tr>${week.map((date) => {
          if (date === null) return html`<td></td>`;
          const o = draft.overrides[date];
          const state = o === undefined ? '' : o.length === 0 ? 'closed' : 'custom';
          return html`<td><button type="button" class="date ${state} ${date === view.today ? 'today' : ''}" aria-pressed=${date === selected ? 'true' : 'false'}
            tabindex=${date === tabStop ? '0' : '-1'} aria-current=${date === view.today ? 'date' : 'false'}
            aria-label="${longDate(date)}${o === undefined ? '' : `, ${overrideSummary(o)}`}" data-date=${date}
            @click=${() => setView({ ...view, selected: date, focused: date })}>${Number(date.slice(8))}</button></td>`;
        })}</tr>`)}</tbody>
      </table>
      <p class="hint"><span class="swatch closed" aria-hidden="true"></span> closed · <span class="swatch custom" aria-hidden="true"></span> custom hours</p>
      <p class="hint" id="cal-keys">Arrow keys move between dates, Page Up and Page Down between months; Enter picks a date.</p>
    </div>
    <div class="override-panel">
      ${selected ? html`<fieldset class="stack" aria-describedby=${ifDefined(errors[`overrides.${selected}`] ? 'override-error' : undefined)}>
        <legend>${longDate(selected)}</legend>
        ${(['weekly', 'closed', 'custom'] as const).map((m) => html`<div class="field inline">
          <input type="radio" name="override-mode" id="override-${m}" .checked=${live(mode === m)}
            @change=${() => setOverride(selected, m === 'weekly' ? undefined : m === 'closed' ? [] : draft.week[weekdayOf(selected)].length ? draft.week[weekdayOf(selected)].map((i) => ({ ...i })) : [{ start: '09:00', end: '17:00' }])}>
          <label for="override-${m}">${m === 'weekly' ? `Usual ${DAY_NAMES[weekdayOf(selected)]} hours (${overrideSummary(draft.week[weekdayOf(selected)].length ? draft.week[weekdayOf(selected)] : [])})`
            : m === 'closed' ? 'Closed all day' : 'Custom hours'}</label></div>`)}
        ${mode === 'custom' && current ? html`<div class="intervals">
          ${intervalRows(current, longDate(selected), (i) => `overrides.${selected}.${i}`, errors, (list) => setOverride(selected, list))}
          <div><button type="button" ?disabled=${suggestInterval(current) === null}
            @click=${() => { const next = suggestInterval(current); if (next) setOverride(selected, [...current, next]); }}>Add hours</button></div>
        </div>` : nothing}
        ${errors[`overrides.${selected}`] ? html`<p class="field-error" id="override-error">${errors[`overrides.${selected}`]}</p>` : nothing}
      </fieldset>` : html`<p class="muted">Pick a date to close it or give it other hours.</p>`}
      ${dates.length ? html`<h3 class="mt">Dates with other hours</h3><ul class="override-list">${dates.map((date) => {
        const bad = Object.keys(errors).some((k) => k === `overrides.${date}` || k.startsWith(`overrides.${date}.`));
        return html`<li class=${bad ? 'error-text' : ''}><span>${longDate(date)}: ${overrideSummary(draft.overrides[date])}${bad ? ' (needs attention)' : ''}</span>
          <span class="actions"><button type="button" class="link" aria-label="Edit ${longDate(date)}"
            @click=${() => setView({ ...view, selected: date, year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) })}>Edit</button>
          <button type="button" class="link" aria-label="Remove the override of ${longDate(date)}" @click=${() => setOverride(date, undefined)}>Remove</button></span></li>`;
      })}</ul>` : nothing}
    </div>
  </div>`;
}

/** Blackout ranges (start and end in the schedule's zone): nothing can be booked inside them. */
export function blackoutsSection({ draft, errors, update }: ScheduleContext, today: string): TemplateResult {
  const set = (i: number, patch: Partial<ScheduleDraft['blackouts'][number]>) =>
    update({ blackouts: draft.blackouts.map((b, j) => (j === i ? { ...b, ...patch } : b)) });
  const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return html`<div class="stack">
    ${draft.blackouts.length === 0 ? html`<p class="muted">No blackouts.</p>` : nothing}
    ${draft.blackouts.map((b, i) => {
      const error = errors[`blackouts.${i}`];
      return html`<div class="blackout" data-index=${i}>
        <div class="field"><label for="blackout-${i}-start">Blackout ${i + 1} from</label>
          <input type="datetime-local" id="blackout-${i}-start" .value=${live(b.start)} aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${ifDefined(error ? `blackout-${i}-error` : undefined)} @change=${(e: Event) => set(i, { start: (e.target as HTMLInputElement).value })}></div>
        <div class="field"><label for="blackout-${i}-end">until</label>
          <input type="datetime-local" id="blackout-${i}-end" .value=${live(b.end)} aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${ifDefined(error ? `blackout-${i}-error` : undefined)} @change=${(e: Event) => set(i, { end: (e.target as HTMLInputElement).value })}></div>
        <button type="button" class="danger" aria-label="Remove blackout ${i + 1}" @click=${() => update({ blackouts: draft.blackouts.filter((_x, j) => j !== i) })}>Remove</button>
        ${error ? html`<p class="field-error" id="blackout-${i}-error">${error}</p>` : nothing}
      </div>`;
    })}
    <div><button type="button" @click=${() => update({ blackouts: [...draft.blackouts, { start: `${today}T00:00`, end: `${nextDay(today)}T00:00` }] })}>Add blackout</button></div>
    <p class="hint">Times are in ${draft.timezone}.</p>
  </div>`;
}
