import { css, html } from 'lit';
import { Task } from '@lit/task';
import type { Booking } from '@slotkit/sdk';
import '../../components/page-header.ts';
import { defineElement } from '../../components/define-element.ts';
import { styleProps } from '../../components/style-props.ts';
import { PageElement } from '../../components/page-element.ts';
import { renderTask } from '../../components/task-states.ts';
import { formatLocalDate, formatTime, STATUS_LABELS } from '../../app/format.ts';
import { buildHash } from '../../app/routes.ts';
import { addDays, zonedDate, zonedInstant } from '../../app/zoned-time.ts';
import { sharedStyles } from '../../styles/shared.ts';
import { calendarState, hourRange, placeBlocks, stepDate, visibleDates, type CalendarView, type PlacedBlock } from './calendar-layout.ts';

/** Pixels per hour of the time grid. */
const HOUR_PX = 56;
/** Statuses on the calendar: cancelled bookings free their time, so they are left out. */
const SHOWN_STATUSES = 'pending_payment,pending_confirmation,confirmed,completed,no_show';
/** Enough pages for a busy week without fetching forever. */
const MAX_PAGES = 10;

/**
 * `#/bookings/calendar`: a week or a day of bookings in the workspace's time zone, as blocks
 * on a time grid (one labelled list per day, so it reads in order), with Previous / Today /
 * Next and arrow-key movement between bookings. On phones the days stack as an agenda.
 */
export class BookingCalendarViewPage extends PageElement {
  static override styles = [sharedStyles, css`
    .toolbar{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-bottom:1rem}
    .toolbar .range{font-weight:600;margin:0 .5rem}
    .segmented{display:inline-flex}
    .segmented .button{border-radius:0}
    .segmented .button:first-child{border-radius:var(--sk-radius) 0 0 var(--sk-radius)}
    .segmented .button:last-child{border-radius:0 var(--sk-radius) var(--sk-radius) 0;margin-left:-1px}
    .segmented [aria-current=page]{background:var(--sk-accent-soft);color:var(--sk-accent);font-weight:600}
    .cal{display:grid;grid-template-columns:3.5rem repeat(var(--days),minmax(0,1fr));border:1px solid var(--sk-border);border-radius:var(--sk-radius);background:var(--sk-surface);overflow:hidden}
    .axis{position:relative;border-right:1px solid var(--sk-border)}
    .axis span{position:absolute;right:.35rem;font-size:.75rem;color:var(--sk-muted);transform:translateY(-50%)}
    .day{border-left:1px solid var(--sk-border);min-width:0}
    .day:first-of-type{border-left:0}
    .day h2{font-size:.85rem;font-weight:600;text-align:center;padding:.4rem .25rem;border-bottom:1px solid var(--sk-border);height:2.6rem;margin:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
    .day h2.today{color:var(--sk-accent)}
    .axis .head{height:2.6rem;border-bottom:1px solid var(--sk-border)}
    .slots{position:relative;list-style:none;margin:0;padding:0;background-image:repeating-linear-gradient(to bottom,transparent 0 calc(var(--hour) - 1px),var(--sk-border) calc(var(--hour) - 1px) var(--hour))}
    .block{position:absolute;display:block;overflow:hidden;border-radius:6px;padding:.15rem .35rem;font-size:.78rem;line-height:1.25;text-decoration:none;color:var(--sk-text);background:var(--sk-accent-soft);border-left:3px solid var(--sk-accent)}
    .block:focus-visible{outline:2px solid var(--sk-accent);outline-offset:1px;z-index:2}
    .block.pending_confirmation,.block.pending_payment{background:var(--sk-warning-soft);border-left-color:var(--sk-warning)}
    .block.no_show{background:var(--sk-danger-soft);border-left-color:var(--sk-danger)}
    .block.completed{background:var(--sk-success-soft);border-left-color:var(--sk-success)}
    .block strong{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
    .empty-day{position:absolute;inset:0;display:none}
    .hint{font-size:.85rem;margin-top:.5rem}
    @media (max-width:40rem){
      .cal{display:block;border:0;background:none}
      .axis{display:none}
      .day{border:1px solid var(--sk-border);border-radius:var(--sk-radius);background:var(--sk-surface);margin-bottom:.6rem}
      .day:first-of-type{border-left:1px solid var(--sk-border)}
      .day h2{text-align:left;height:auto;padding:.5rem .75rem}
      .slots{height:auto!important;background:none;padding:.4rem}
      .block{position:static;width:auto!important;height:auto!important;margin:.25rem 0;padding:.35rem .5rem;font-size:.9rem}
      .empty-day{position:static;display:block;padding:.25rem .75rem .5rem;color:var(--sk-muted)}
    }
  `];

  get #timezone() {
    return this.session.workspace.timezone;
  }

  get #state() {
    return calendarState(this.params, zonedDate(new Date(), this.#timezone));
  }

  #bookings = new Task(this, {
    task: async ([view, date, timezone], { signal }) => {
      const dates = visibleDates(view, date);
      const query = {
        status: SHOWN_STATUSES, limit: 100,
        from: zonedInstant(dates[0]!, timezone).toISOString(),
        to: zonedInstant(addDays(dates.at(-1)!, 1), timezone).toISOString(),
      };
      const bookings: Booking[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const result = await this.api.bookings.list({ ...query, ...(cursor ? { cursor } : {}) }, { signal });
        bookings.push(...result.data);
        if (!result.nextCursor) break;
        cursor = result.nextCursor;
      }
      return bookings;
    },
    args: () => [this.#state.view, this.#state.date, this.#timezone] as const,
  });

  #go(view: CalendarView, date: string) {
    location.hash = buildHash('/bookings/calendar', { view: view === 'week' ? undefined : view, date });
  }

  /** Arrow keys move between bookings: up/down within a day, left/right to the nearest one in the next day that has any. */
  #onKeydown(event: KeyboardEvent) {
    const keys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];
    const current = event.composedPath()[0] as HTMLElement;
    if (!keys.includes(event.key) || !current.classList?.contains('block')) return;
    const days = [...this.renderRoot.querySelectorAll<HTMLElement>('.day')]
      .map((day) => [...day.querySelectorAll<HTMLAnchorElement>('.block')]).filter((blocks) => blocks.length);
    const dayIndex = days.findIndex((blocks) => blocks.includes(current as HTMLAnchorElement));
    const blocks = days[dayIndex];
    if (!blocks) return;
    const index = blocks.indexOf(current as HTMLAnchorElement);
    let target: HTMLAnchorElement | undefined;
    if (event.key === 'ArrowUp') target = blocks[index - 1];
    else if (event.key === 'ArrowDown') target = blocks[index + 1];
    else if (event.key === 'Home') target = days[0]?.[0];
    else if (event.key === 'End') target = days.at(-1)?.at(-1);
    else {
      const next = days[dayIndex + (event.key === 'ArrowRight' ? 1 : -1)];
      const top = current.offsetTop;
      target = next?.reduce((best, b) => (Math.abs(b.offsetTop - top) < Math.abs(best.offsetTop - top) ? b : best), next[0]!);
    }
    if (target) {
      event.preventDefault();
      target.focus();
    }
  }

  protected override render() {
    const { view, date } = this.#state;
    const dates = visibleDates(view, date);
    const today = zonedDate(new Date(), this.#timezone);
    const range = view === 'day'
      ? formatLocalDate(date, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' })
      : `${formatLocalDate(dates[0]!, { month: 'short', day: 'numeric' })} – ${formatLocalDate(dates.at(-1)!, { month: 'short', day: 'numeric', year: 'numeric' })}`;
    return html`
      <sk-page-header heading="Calendar" description="Bookings in ${this.#timezone} time.">
        <a class="button" href="#/bookings">List view</a>
      </sk-page-header>
      <div class="toolbar" role="group" aria-label="Calendar navigation">
        <button type="button" @click=${() => this.#go(view, stepDate(view, date, -1))}>Previous ${view}</button>
        <button type="button" @click=${() => this.#go(view, today)}>Today</button>
        <button type="button" @click=${() => this.#go(view, stepDate(view, date, 1))}>Next ${view}</button>
        <span class="range" aria-live="polite">${range}</span>
        <span class="segmented">
          <a class="button" href=${buildHash('/bookings/calendar', { date })} aria-current=${view === 'week' ? 'page' : 'false'}>Week</a>
          <a class="button" href=${buildHash('/bookings/calendar', { view: 'day', date })} aria-current=${view === 'day' ? 'page' : 'false'}>Day</a>
        </span>
      </div>
      ${renderTask(this.#bookings, (bookings) => this.#grid(bookings, dates, today), 'Loading bookings…')}
      <p class="hint muted">Tab to a booking, then use the arrow keys to move between bookings; Enter opens one.</p>`;
  }

  #grid(bookings: Booking[], dates: string[], today: string) {
    const tz = this.#timezone;
    const { first, last } = hourRange(bookings, tz);
    const placed = placeBlocks(bookings, dates, tz, first);
    const height = (last - first) * HOUR_PX;
    const px = (minutes: number) => `${(minutes / 60) * HOUR_PX}px`;
    const hours = Array.from({ length: last - first }, (_, i) => first + i);
    return html`<div class="cal" ${styleProps({ '--days': String(dates.length), '--hour': `${HOUR_PX}px` })} @keydown=${this.#onKeydown}>
      <div class="axis" aria-hidden="true"><div class="head"></div>
        <div ${styleProps({ position: 'relative', height: `${height}px` })}>
          ${hours.slice(1).map((hour) => html`<span ${styleProps({ top: px((hour - first) * 60) })}>${String(hour).padStart(2, '0')}:00</span>`)}
        </div>
      </div>
      ${dates.map((date) => {
        const blocks = placed.filter((p) => p.date === date);
        const label = formatLocalDate(date, { weekday: 'long', month: 'long', day: 'numeric' });
        return html`<section class="day" aria-label=${label}>
          <h2 class=${date === today ? 'today' : ''}>${formatLocalDate(date, { weekday: 'short', day: 'numeric' })}${date === today ? html`<span class="sr-only"> (today)</span>` : ''}</h2>
          <ul class="slots" ${styleProps({ height: `${height}px` })} aria-label="Bookings on ${label}">
            ${blocks.map((block) => html`<li>${this.#block(block, px)}</li>`)}
            ${blocks.length ? '' : html`<li class="empty-day">No bookings</li>`}
          </ul>
        </section>`;
      })}
    </div>`;
  }

  #block(block: PlacedBlock<Booking>, px: (minutes: number) => string) {
    const b = block.item;
    const tz = this.#timezone;
    const width = 100 / block.lanes;
    const style = { top: px(block.top), height: px(block.height), left: `calc(${block.lane * width}% + 2px)`, width: `calc(${width}% - 4px)` };
    // The visible text is the start of the link's name (WCAG 2.5.3); the rest is for screen readers only.
    return html`<a class="block ${b.status}" href="#/bookings/${b.uid}" ${styleProps(style)}>
      <strong>${formatTime(b.start, tz)}<span class="sr-only"> to ${formatTime(b.end, tz)}:</span> ${b.attendee.name}</strong>${b.eventType.title}<span class="sr-only"> (${STATUS_LABELS[b.status]})</span>
    </a>`;
  }
}

defineElement('sk-page-booking-calendar-view', BookingCalendarViewPage);

declare global {
  interface HTMLElementTagNameMap { 'sk-page-booking-calendar-view': BookingCalendarViewPage }
}
