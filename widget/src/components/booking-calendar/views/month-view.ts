import { html, nothing } from 'lit';
import type { Strings } from '../../../strings/index.ts';
import type { DateKey } from '../date-key.ts';
import { formatDayNumber, formatLongDate, formatMonth, formatWeekday } from '../format.ts';
import { monthGrid, weekdayOrder } from '../month-grid.ts';

/** What the month grid shows and does. */
export interface MonthView {
  month: DateKey;
  focus: DateKey;
  selected: DateKey | undefined;
  today: DateKey;
  /** Times available per day; `undefined` while loading. */
  counts: ReadonlyMap<DateKey, number> | undefined;
  locale: string;
  firstDayOfWeek: number;
  canGoBack: boolean;
  t: Strings;
  onMonth: (step: -1 | 1) => void;
  onPick: (date: DateKey) => void;
  onKey: (event: KeyboardEvent) => void;
}


/** The month header with its navigation, and the date grid (WAI-ARIA grid with a roving tabindex). */
export function renderMonth(v: MonthView) {
  const [year, month] = v.month.split('-').map(Number) as [number, number];
  const title = formatMonth(v.month, v.locale);
  const weeks = monthGrid(year, month, v.firstDayOfWeek, v.today);
  const columns = weekdayOrder(v.firstDayOfWeek).map((d) => formatWeekday(d, v.locale));
  return html`
    <div class="month-head" part="header">
      <h3 id="month-title" aria-live="polite">${title}</h3>
      <div class="nav">
        <button part="nav-button" aria-label=${v.t.previousMonth} ?disabled=${!v.canGoBack} @click=${() => v.onMonth(-1)}>‹</button>
        <button part="nav-button" aria-label=${v.t.nextMonth} @click=${() => v.onMonth(1)}>›</button>
      </div>
    </div>
    <table role="grid" part="grid" aria-labelledby="month-title" aria-busy=${v.counts ? 'false' : 'true'}
      class=${v.counts ? '' : 'loading'} @keydown=${v.onKey}>
      <thead><tr>${columns.map((c) => html`<th scope="col" abbr=${c.long}>${c.short}</th>`)}</tr></thead>
      <tbody>${weeks.map((week) => html`<tr>${week.map((day) => {
        if (!day) return html`<td role="gridcell"></td>`;
        const count = v.counts?.get(day.date) ?? 0;
        const open = count > 0 && !day.past;
        const selected = day.date === v.selected;
        const name = formatLongDate(day.date, v.locale) + (v.counts ? `, ${v.t.available(open ? count : 0)}` : '');
        return html`<td role="gridcell" aria-selected=${selected ? 'true' : 'false'}>
          <button class="day ${open ? 'open' : ''} ${day.today ? 'today' : ''}" part=${selected ? 'day day-selected' : open ? 'day day-available' : 'day'}
            data-date=${day.date} tabindex=${day.date === v.focus ? 0 : -1} aria-label=${name}
            aria-pressed=${selected ? 'true' : 'false'} aria-disabled=${open ? nothing : 'true'}
            aria-current=${day.today ? 'date' : nothing} @click=${() => open && v.onPick(day.date)}>${formatDayNumber(day.date, v.locale)}</button>
        </td>`;
      })}</tr>`)}</tbody>
    </table>`;
}
