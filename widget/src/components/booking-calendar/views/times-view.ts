import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../../strings/index.ts';
import type { DateKey } from '../date-key.ts';
import { formatDayName, formatLongDate, formatMinutes, formatTimeRange } from '../format.ts';
import type { Slot } from '../slot-months.ts';

/** What the times panel shows and does. */
export interface TimesView {
  day: DateKey | undefined;
  /** The chosen day's slots; `undefined` while loading. */
  slots: Slot[] | undefined;
  /** No slot at all this month: the next day with slots, `null` when none in the coming months, `undefined` while unknown. */
  monthEmpty: boolean;
  nextAvailable: DateKey | null | undefined;
  durations: number[];
  duration: number;
  showSeats: boolean;
  locale: string;
  timezone: string;
  t: Strings;
  timezonePicker: TemplateResult;
  onDuration: (minutes: number) => void;
  onSlot: (slot: Slot) => void;
  onJump: (date: DateKey) => void;
}

/** The duration choice, the time-zone button and the chosen day's times (or the empty state). */
export function renderTimes(v: TimesView) {
  return html`
    <div class="times-head">${v.timezonePicker}</div>
    ${v.durations.length > 1 ? html`<fieldset><legend>${v.t.duration}</legend><div class="durations" part="durations">
      ${v.durations.map((d) => html`<label part="duration"><input type="radio" name="duration" .checked=${d === v.duration}
        @change=${() => v.onDuration(d)}>${formatMinutes(d, v.locale)}</label>`)}</div></fieldset>` : nothing}
    ${renderDayTimes(v)}`;
}

function renderDayTimes(v: TimesView) {
  if (v.monthEmpty) {
    if (v.nextAvailable === undefined) return html`<div class="skeleton" aria-hidden="true"></div>`;
    if (v.nextAvailable === null) return html`<p class="notice" part="empty">${v.t.noTimesSoon}</p>`;
    const next = v.nextAvailable;
    return html`<div class="notice" part="empty"><p>${v.t.noTimesMonth}</p>
      <button class="btn" part="next-available" @click=${() => v.onJump(next)}>${v.t.nextAvailable(formatLongDate(next, v.locale))}</button></div>`;
  }
  if (!v.day) return html`<p class="muted">${v.t.pickDay}</p>`;
  if (!v.slots) return html`<div aria-hidden="true">${[0, 1, 2, 3].map(() => html`<div class="skeleton" part="skeleton"></div>`)}</div>`;
  return html`
    <h3 id="times-title">${formatDayName(v.day, v.locale)}</h3>
    ${v.slots.length === 0 ? html`<p class="muted">${v.t.timesOn(v.t.available(0), formatDayName(v.day, v.locale))}</p>` : nothing}
    <ul class="slots" part="slots" aria-labelledby="times-title">${v.slots.map((slot) => html`<li>
      <button class="btn" part="slot" @click=${() => v.onSlot(slot)}>${formatTimeRange(slot.start, slot.end, v.locale, v.timezone, v.t.rangeTo)}${
        v.showSeats ? html` <small>(${v.t.seatsLeft(slot.seatsLeft)})</small>` : nothing}</button></li>`)}</ul>`;
}
