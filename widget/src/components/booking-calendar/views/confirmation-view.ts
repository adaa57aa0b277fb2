import type { BookingCreated } from '@slotkit/sdk';
import { html } from 'lit';
import type { Strings } from '../../../strings/index.ts';
import { renderSummary } from './summary.ts';

/** The done step: heading, summary, "Add to calendar" and "Manage booking" links. */
export function renderConfirmation(v: { created: BookingCreated; calendarUrl: string; manageUrl: string; locale: string; timezone: string; t: Strings }) {
  const { booking } = v.created;
  const requested = booking.status === 'pending_confirmation';
  return html`<section part="confirmation" aria-labelledby="done-title">
    <h2 id="done-title" tabindex="-1">${requested ? v.t.bookingRequested : v.t.bookingConfirmed}</h2>
    ${renderSummary({ title: booking.eventType.title, start: booking.start, end: booking.end, locale: v.locale, timezone: v.timezone, t: v.t })}
    <p class="muted">${v.t.sentTo(booking.attendee.email)}</p>
    <div class="actions">
      <a class="btn primary" part="link calendar-link" href=${v.calendarUrl} download="booking.ics">${v.t.addToCalendar}</a>
      <a class="btn" part="link manage-link" href=${v.manageUrl}>${v.t.manageBooking}</a>
    </div>
  </section>`;
}
