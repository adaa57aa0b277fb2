// Chart.js and the matrix chart, loaded on demand by the analytics page (their own chunk).
import {
  ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
import type { BookingAnalytics, StatusCounts } from '../../app/api.ts';
import { BOOKING_STATUSES, formatLocalDate, STATUS_LABELS } from '../../app/format.ts';

Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Legend, LinearScale, Tooltip, MatrixController, MatrixElement);

/** Colours read from the page's `--sk-*` properties, so charts follow light and dark. */
export interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  accent: string;
  /** Fill of each status. */
  status: Record<string, string>;
}

/**
 * The current theme's chart colours. The `--sk-*` properties hold `light-dark(...)`, which
 * only a styled element resolves: a hidden probe inside `root` takes each as its colour and
 * reports the computed `rgb(...)`, which canvas understands.
 */
export function chartColors(root: ShadowRoot | HTMLElement): ChartColors {
  const probe = document.createElement('span');
  probe.hidden = true;
  root.append(probe);
  const v = (name: string) => {
    probe.style.setProperty('color', `var(${name})`);
    return getComputedStyle(probe).color;
  };
  const colors = {
    text: v('--sk-text'), muted: v('--sk-muted'), grid: v('--sk-border'), accent: v('--sk-accent'),
    status: {
      confirmed: v('--sk-accent'), completed: v('--sk-success'), pending_confirmation: v('--sk-warning'),
      pending_payment: v('--sk-muted'), cancelled: v('--sk-danger'), no_show: '#8e5cd9',
    },
  };
  probe.remove();
  return colors;
}

/** An `rgb(r, g, b)` colour at an opacity, as `rgba(...)`. */
export function withAlpha(rgb: string, alpha: number): string {
  const [r = 0, g = 0, b = 0] = rgb.match(/[\d.]+/g)?.map(Number) ?? [];
  return `rgba(${r}, ${g}, ${b}, ${alpha.toFixed(2)})`;
}

/** Monday..Sunday, for ISO weekdays 1..7. */
export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** How a period is labelled for its grouping. */
export function periodLabel(period: string, groupBy: BookingAnalytics['groupBy']): string {
  if (groupBy === 'month') return formatLocalDate(period, { month: 'short', year: 'numeric' });
  if (groupBy === 'week') return `Week of ${formatLocalDate(period, { month: 'short', day: 'numeric' })}`;
  return formatLocalDate(period, { month: 'short', day: 'numeric' });
}

/** The statuses that occur in any of the counts, in the usual order. */
export function statusesIn(counts: readonly StatusCounts[]): string[] {
  return BOOKING_STATUSES.filter((status) => counts.some((c) => (c[status] ?? 0) > 0));
}

/**
 * Options every chart shares. No animation: Chart.js times its animations with `Date.now()`,
 * and the numbers matter more than the motion (nor does anyone with reduced motion want it).
 */
function base(colors: ChartColors) {
  Chart.defaults.color = colors.text;
  Chart.defaults.borderColor = colors.grid;
  return { responsive: true, maintainAspectRatio: false, animation: false as const };
}

/** Builds the four charts on their canvases; returns them so the page can destroy them. */
export function drawCharts(canvases: Record<'time' | 'status' | 'eventType' | 'heatmap', HTMLCanvasElement>, data: BookingAnalytics, colors: ChartColors): Chart[] {
  const options = base(colors);
  const statuses = statusesIn(data.series.map((s) => s.byStatus));
  const time: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: data.series.map((s) => periodLabel(s.period, data.groupBy)),
      datasets: statuses.map((status) => ({
        label: STATUS_LABELS[status as keyof typeof STATUS_LABELS], data: data.series.map((s) => s.byStatus[status as keyof StatusCounts] ?? 0),
        backgroundColor: colors.status[status], stack: 'bookings',
      })),
    },
    options: { ...options, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
  };
  const totals = statusesIn([data.totals.byStatus]);
  const status: ChartConfiguration<'doughnut'> = {
    type: 'doughnut',
    data: {
      labels: totals.map((s) => STATUS_LABELS[s as keyof typeof STATUS_LABELS]),
      datasets: [{ data: totals.map((s) => data.totals.byStatus[s as keyof StatusCounts] ?? 0), backgroundColor: totals.map((s) => colors.status[s]!), borderWidth: 0 }],
    },
    options: { ...options, plugins: { legend: { position: 'bottom' } } },
  };
  const eventType: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: data.byEventType.map((e) => e.title),
      datasets: [
        { label: 'Bookings', data: data.byEventType.map((e) => e.bookings), backgroundColor: colors.accent },
        { label: 'Cancelled', data: data.byEventType.map((e) => e.cancelled), backgroundColor: colors.status.cancelled },
      ],
    },
    options: { ...options, indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  };
  const max = Math.max(1, ...data.weekdayHour.map((c) => c.bookings));
  const heatmap: ChartConfiguration<'matrix'> = {
    type: 'matrix',
    data: {
      datasets: [{
        label: 'Bookings by weekday and hour',
        data: data.weekdayHour.map((c) => ({ x: c.hour, y: c.weekday, v: c.bookings })),
        backgroundColor: (ctx) => {
          const value = (ctx.raw as { v?: number } | undefined)?.v ?? 0;
          return withAlpha(colors.accent, 0.15 + (0.85 * value) / max);
        },
        width: ({ chart }) => (chart.chartArea?.width ?? 0) / 24 - 2,
        height: ({ chart }) => (chart.chartArea?.height ?? 0) / 7 - 2,
      }],
    },
    options: {
      ...options,
      plugins: { legend: { display: false }, tooltip: { callbacks: {
        title: () => '',
        label: (ctx) => {
          const raw = ctx.raw as { x: number; y: number; v: number };
          return `${WEEKDAYS[raw.y - 1]} ${String(raw.x).padStart(2, '0')}:00 — ${raw.v} booking${raw.v === 1 ? '' : 's'}`;
        },
      } } },
      scales: {
        // Cells are centred on whole hours and weekdays; the ticks sit on those centres.
        x: {
          type: 'linear', min: -0.5, max: 23.5, offset: false, grid: { display: false },
          afterBuildTicks: (axis) => { axis.ticks = [0, 3, 6, 9, 12, 15, 18, 21].map((value) => ({ value })); },
          ticks: { callback: (v) => `${String(v).padStart(2, '0')}:00` },
        },
        y: {
          type: 'linear', min: 0.5, max: 7.5, reverse: true, offset: false, grid: { display: false },
          afterBuildTicks: (axis) => { axis.ticks = [1, 2, 3, 4, 5, 6, 7].map((value) => ({ value })); },
          ticks: { callback: (v) => WEEKDAYS[Number(v) - 1] ?? '' },
        },
      },
    },
  };
  return [
    new Chart(canvases.time, time),
    new Chart(canvases.status, status),
    new Chart(canvases.eventType, eventType),
    new Chart(canvases.heatmap, heatmap),
  ];
}
