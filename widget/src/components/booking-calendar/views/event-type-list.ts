import type { EventTypePublic } from '@slotkit/sdk';
import { html } from 'lit';
import type { Strings } from '../../../strings/index.ts';
import { formatMinutes } from '../format.ts';
import { priceLabel } from '../pricing.ts';

/** The workspace's event types, one button each (named by its title), with their durations and price. */
export function renderEventTypes(v: { types: EventTypePublic[]; locale: string; t: Strings; onPick: (slug: string) => void }) {
  if (v.types.length === 0) return html`<p class="notice" part="empty">${v.t.noEventTypes}</p>`;
  return html`<h2>${v.t.chooseEventType}</h2>
    <ul class="types" part="event-types">${v.types.map((et) => html`<li>
      <button class="btn" part="event-type" aria-describedby="et-${et.slug}-meta" @click=${() => v.onPick(et.slug)}>${et.title}</button>
      <span class="meta muted" id="et-${et.slug}-meta" aria-hidden="true">${[et.durations.map((d) => formatMinutes(d, v.locale)).join(' / '), priceLabel(et, v.locale, v.t)].filter(Boolean).join(' · ')}</span>
    </li>`)}</ul>`;
}
