import { html, nothing } from 'lit';
import type { Strings } from '../../../strings/index.ts';
import { dateKeyIn } from '../date-key.ts';
import { formatLongDate, formatTimeRange } from '../format.ts';

/** The "what and when" box: title, long date and time range in the viewer's zone. */
export function renderSummary(s: { title: string; start: string; end: string; locale: string; timezone: string; t: Strings; headingId?: string }) {
  return html`<div class="summary" part="summary">
    <p><strong id=${s.headingId ?? nothing}>${s.title}</strong></p>
    <p>${formatLongDate(dateKeyIn(new Date(s.start), s.timezone), s.locale)}</p>
    <p>${formatTimeRange(s.start, s.end, s.locale, s.timezone, s.t.rangeTo)} <span class="muted">(${s.timezone.replaceAll('_', ' ')})</span></p>
  </div>`;
}
