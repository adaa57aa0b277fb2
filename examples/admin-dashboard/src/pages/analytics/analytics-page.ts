import { css, html } from 'lit';
import { Task } from '@lit/task';
import type { EventType, Host } from '@slotkit/sdk';
import type { Chart } from 'chart.js';
import '../../components/form-field.ts';
import '../../components/page-header.ts';
import '../../components/state-message.ts';
import { defineElement } from '../../components/define-element.ts';
import { PageElement } from '../../components/page-element.ts';
import { renderTask } from '../../components/task-states.ts';
import type { BookingAnalytics } from '../../app/api.ts';
import { BOOKING_STATUSES, formatMoneyList, formatPercent, STATUS_LABELS } from '../../app/format.ts';
import { buildHash } from '../../app/routes.ts';
import { zonedDate } from '../../app/zoned-time.ts';
import { sharedStyles } from '../../styles/shared.ts';
import { defaultGroupBy, RANGE_PRESETS, resolveRange, type ResolvedRange } from './analytics-range.ts';

type GroupBy = BookingAnalytics['groupBy'];
const GROUPS: { value: GroupBy; label: string }[] = [{ value: 'day', label: 'Day' }, { value: 'week', label: 'Week' }, { value: 'month', label: 'Month' }];
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "3.5 hours", "2 days" for a lead time in hours. */
function leadTime(hours: number): string {
  if (hours < 48) return `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(hours)} hours`;
  return `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(hours / 24)} days`;
}

/**
 * `#/analytics`: bookings of a date range (presets or custom), grouped by day, week or month,
 * for one event type or host or all: totals, and Chart.js charts over time (stacked by
 * status), by status, by event type and by weekday and hour; each chart has a table of the
 * same numbers for screen readers and for anyone who prefers numbers.
 */
export class AnalyticsPage extends PageElement {
  static override styles = [sharedStyles, css`
    .filters{display:grid;gap:.75rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,11rem),1fr));align-items:end;margin-bottom:1rem}
    .totals{display:grid;gap:.75rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,10rem),1fr));margin-bottom:1rem}
    .total{display:flex;flex-direction:column;gap:.25rem}
    .total dt{color:var(--sk-muted);font-size:.85rem}
    .total dd{margin:0;font-size:1.5rem;font-weight:700}
    .charts{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,24rem),1fr))}
    .chart h2{margin-bottom:.5rem}
    .chart.wide{grid-column:1/-1}
    .canvas{position:relative;height:16rem}
    .chart.wide .canvas{height:18rem}
    details{margin-top:.5rem}
    summary{cursor:pointer;color:var(--sk-accent)}
    details .table-wrap{margin-top:.5rem;max-height:18rem;overflow:auto}
    .error{color:var(--sk-danger)}
  `];
  #charts: Chart[] = [];
  #themeObserver?: MutationObserver;
  #systemTheme = matchMedia('(prefers-color-scheme: dark)');

  get #timezone() {
    return this.session.workspace.timezone;
  }

  get #range(): ResolvedRange {
    return resolveRange(this.params, zonedDate(new Date(), this.#timezone));
  }

  get #groupBy(): GroupBy {
    const range = this.#range;
    const chosen = this.params.groupBy;
    if (chosen === 'day' || chosen === 'week' || chosen === 'month') return chosen;
    return range.ok ? defaultGroupBy(range.from, range.to) : 'day';
  }

  #data = new Task(this, {
    task: async ([range, groupBy, eventType, host, timezone], { signal }) => {
      if (!range.ok) throw new Error(range.error);
      const query = { from: range.from, to: range.to, groupBy, timezone, ...(eventType ? { eventType } : {}), ...(host ? { host } : {}) };
      const [data, charts] = await Promise.all([this.api.analytics.bookings(query), import('./charts.ts')]);
      signal.throwIfAborted();
      return { data, charts };
    },
    args: () => [this.#range, this.#groupBy, this.params.eventType, this.params.host, this.#timezone] as const,
    // The range is a new object on every call: compare what it says.
    argsEqual: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });

  #lookups = new Task(this, {
    task: async ([api], { signal }) => {
      const [eventTypes, hosts] = await Promise.all([api.eventTypes.list({}, { signal }), api.hosts.list({}, { signal })]);
      return { eventTypes: eventTypes.data as EventType[], hosts: hosts.data as Host[] };
    },
    args: () => [this.api] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Charts paint on canvas: redraw them in the new colours when the theme changes.
    this.#themeObserver = new MutationObserver(() => this.#redraw());
    this.#themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    this.#systemTheme.addEventListener('change', this.#redraw);
  }

  override disconnectedCallback(): void {
    this.#themeObserver?.disconnect();
    this.#systemTheme.removeEventListener('change', this.#redraw);
    this.#destroyCharts();
    super.disconnectedCallback();
  }

  #destroyCharts() {
    for (const chart of this.#charts) chart.destroy();
    this.#charts = [];
  }

  #redraw = () => {
    this.#destroyCharts();
    this.requestUpdate();
  };

  protected override updated(): void {
    const loaded = this.#data.value;
    const canvases = {
      time: this.renderRoot.querySelector<HTMLCanvasElement>('#chart-time'),
      status: this.renderRoot.querySelector<HTMLCanvasElement>('#chart-status'),
      eventType: this.renderRoot.querySelector<HTMLCanvasElement>('#chart-event-type'),
      heatmap: this.renderRoot.querySelector<HTMLCanvasElement>('#chart-heatmap'),
    };
    if (!loaded || this.#data.status !== 2 || !canvases.time || !canvases.status || !canvases.eventType || !canvases.heatmap) return;
    // Drawn once per data set (and theme): the same canvases keep their charts.
    if (this.#charts[0]?.canvas === canvases.time && this.#charts.length) return;
    this.#destroyCharts();
    this.#charts = loaded.charts.drawCharts(
      { time: canvases.time, status: canvases.status, eventType: canvases.eventType, heatmap: canvases.heatmap },
      loaded.data, loaded.charts.chartColors(this.renderRoot as ShadowRoot));
  }

  #apply(event: Event) {
    event.preventDefault();
    const form = (event.target as HTMLElement).closest('form')!;
    const values = Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v)]));
    const custom = values.range === 'custom';
    location.hash = buildHash('/analytics', {
      range: values.range, from: custom ? values.from || this.#range.from : undefined, to: custom ? values.to || this.#range.to : undefined,
      groupBy: values.groupBy, eventType: values.eventType, host: values.host,
    });
  }

  protected override render() {
    const range = this.#range;
    return html`
      <sk-page-header heading="Analytics" description="Bookings by their start, in ${this.#timezone} time."></sk-page-header>
      ${this.#filters(range)}
      ${!range.ok
        ? html`<sk-state kind="error" .message=${range.error}></sk-state>`
        : renderTask(this.#data, ({ data }) => this.#report(data), 'Counting bookings…')}`;
  }

  #filters(range: ResolvedRange) {
    const lookups = this.#lookups.value;
    const custom = range.preset === 'custom';
    return html`<form class="filters card" aria-label="Analytics filters" @change=${this.#apply} @submit=${this.#apply}>
      <sk-form-field label="Date range" name="range" type="select" .options=${RANGE_PRESETS} .value=${range.preset}></sk-form-field>
      ${custom ? html`
        <sk-form-field label="From" name="from" type="date" .value=${range.from ?? ''}></sk-form-field>
        <sk-form-field label="To" name="to" type="date" .value=${range.to ?? ''}></sk-form-field>` : ''}
      <sk-form-field label="Group by" name="groupBy" type="select" .options=${GROUPS} .value=${this.#groupBy}></sk-form-field>
      <sk-form-field label="Event type" name="eventType" type="select" .value=${this.params.eventType ?? ''}
        .options=${[{ value: '', label: 'All event types' }, ...(lookups?.eventTypes ?? []).map((e) => ({ value: e.id, label: e.title }))]}></sk-form-field>
      <sk-form-field label="Host" name="host" type="select" .value=${this.params.host ?? ''}
        .options=${[{ value: '', label: 'All hosts' }, ...(lookups?.hosts ?? []).map((h) => ({ value: h.id, label: h.name }))]}></sk-form-field>
    </form>`;
  }

  #report(data: BookingAnalytics) {
    const t = data.totals;
    return html`
      <dl class="totals" aria-label="Totals">
        <div class="card total"><dt>Bookings</dt><dd>${t.bookings}</dd></div>
        <div class="card total"><dt>Cancellation rate</dt><dd>${formatPercent(t.cancellationRate)}</dd></div>
        <div class="card total"><dt>No-show rate</dt><dd>${formatPercent(t.noShowRate)}</dd></div>
        <div class="card total"><dt>Median lead time</dt><dd>${t.leadTimeHours ? leadTime(t.leadTimeHours.median) : '—'}</dd></div>
        <div class="card total"><dt>Revenue</dt><dd>${formatMoneyList(t.revenue)}</dd></div>
      </dl>
      ${t.bookings === 0 ? html`<sk-state kind="empty" message="No bookings in this range."></sk-state>` : html`
      <div class="charts">
        ${this.#chart('time', 'Bookings over time', `Bookings per ${data.groupBy}, stacked by status.`, true, this.#timeTable(data))}
        ${this.#chart('status', 'By status', 'Share of bookings in each status.', false, html`<table><thead><tr><th scope="col">Status</th><th scope="col">Bookings</th></tr></thead>
          <tbody>${BOOKING_STATUSES.filter((s) => t.byStatus[s]).map((s) => html`<tr><td>${STATUS_LABELS[s]}</td><td>${t.byStatus[s]}</td></tr>`)}</tbody></table>`)}
        ${this.#chart('event-type', 'By event type', 'Bookings and cancellations per event type.', false, html`<table><thead><tr><th scope="col">Event type</th><th scope="col">Bookings</th><th scope="col">Cancelled</th><th scope="col">Revenue</th></tr></thead>
          <tbody>${data.byEventType.map((e) => html`<tr><td>${e.title}</td><td>${e.bookings}</td><td>${e.cancelled}</td><td>${formatMoneyList(e.revenue)}</td></tr>`)}</tbody></table>`)}
        ${this.#chart('heatmap', 'Busiest times', 'Bookings by weekday and starting hour; darker is busier.', true, html`<table><thead><tr><th scope="col">Weekday</th><th scope="col">Hour</th><th scope="col">Bookings</th></tr></thead>
          <tbody>${[...data.weekdayHour].sort((a, b) => a.weekday - b.weekday || a.hour - b.hour).map((c) => html`<tr><td>${WEEKDAY_NAMES[c.weekday - 1]}</td><td>${String(c.hour).padStart(2, '0')}:00</td><td>${c.bookings}</td></tr>`)}</tbody></table>`)}
      </div>
      <section class="card" aria-labelledby="hosts-heading">
        <h2 id="hosts-heading">By host</h2>
        <div class="table-wrap"><table><thead><tr><th scope="col">Host</th><th scope="col">Bookings</th><th scope="col">Cancelled</th><th scope="col">No-shows</th></tr></thead>
          <tbody>${data.byHost.map((h) => html`<tr><td>${h.name}</td><td>${h.bookings}</td><td>${h.cancelled}</td><td>${h.noShow}</td></tr>`)}</tbody></table></div>
      </section>`}`;
  }

  #timeTable(data: BookingAnalytics) {
    const statuses = BOOKING_STATUSES.filter((s) => data.series.some((p) => p.byStatus[s]));
    return html`<table><thead><tr><th scope="col">Period from</th><th scope="col">Bookings</th>
      ${statuses.map((s) => html`<th scope="col">${STATUS_LABELS[s]}</th>`)}</tr></thead>
      <tbody>${data.series.map((p) => html`<tr><td>${p.period}</td><td>${p.bookings}</td>
        ${statuses.map((s) => html`<td>${p.byStatus[s] ?? 0}</td>`)}</tr>`)}</tbody></table>`;
  }

  #chart(id: string, title: string, summary: string, wide: boolean, table: unknown) {
    return html`<section class="card chart ${wide ? 'wide' : ''}" aria-labelledby="h-${id}">
      <h2 id="h-${id}">${title}</h2>
      <p class="muted">${summary}</p>
      <div class="canvas"><canvas id="chart-${id}" role="img" aria-label="${title} chart; the same numbers are in the table below."></canvas></div>
      <details><summary>Show the numbers<span class="sr-only"> of ${title}</span></summary>
        <div class="table-wrap" tabindex="0" role="region" aria-label="${title}: numbers">${table}</div></details>
    </section>`;
  }
}

defineElement('sk-page-analytics', AnalyticsPage);

declare global {
  interface HTMLElementTagNameMap { 'sk-page-analytics': AnalyticsPage }
}
