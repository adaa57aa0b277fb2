import type { LoadedBooking } from './bookings.ts';
import { fold, icsTime, text } from './ical-format.ts';

/**
 * The booking as an iTIP message: METHOD:REQUEST while it stands, METHOD:CANCEL once
 * cancelled; the UID never changes and SEQUENCE counts the changes, so calendar apps
 * update the one event they already have.
 */
export function calendarInvite(booking: LoadedBooking, options: { organizerEmail: string; organizerName: string; manageUrl?: string }): string {
  const cancelled = booking.status === 'cancelled';
  const status = cancelled ? 'CANCELLED' : booking.status === 'confirmed' || booking.status === 'completed' ? 'CONFIRMED' : 'TENTATIVE';
  const description = [booking.eventType.title, options.manageUrl ? `Manage: ${options.manageUrl}` : ''].filter(Boolean).join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Slotkit//Booking//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${cancelled ? 'CANCEL' : 'REQUEST'}`,
    'BEGIN:VEVENT',
    `UID:${booking.uid}@slotkit`,
    `SEQUENCE:${booking.sequence}`,
    `DTSTAMP:${icsTime(booking.updatedAt)}`,
    `DTSTART:${icsTime(booking.startAt)}`,
    `DTEND:${icsTime(booking.endAt)}`,
    `SUMMARY:${text(`${booking.eventType.title} with ${booking.host.name}`)}`,
    `DESCRIPTION:${text(description)}`,
    `STATUS:${status}`,
    `ORGANIZER;CN=${text(options.organizerName)}:mailto:${options.organizerEmail}`,
    `ATTENDEE;CN=${text(booking.attendeeName)};ROLE=REQ-PARTICIPANT;PARTSTAT=${cancelled ? 'DECLINED' : 'ACCEPTED'}:mailto:${booking.attendeeEmail}`,
    ...booking.guests.map((guest: string) => `ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:${guest}`),
    ...(booking.location.value ? [`LOCATION:${text(booking.location.value)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
