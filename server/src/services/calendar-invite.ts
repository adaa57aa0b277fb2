import type { LoadedBooking } from './bookings.ts';

/** `20261201T090000Z`: iCalendar UTC form. */
function icsTime(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Escapes TEXT values (RFC 5545 §3.3.11). */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds lines longer than 75 octets (RFC 5545 §3.1). */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = Math.min(start + (start === 0 ? 75 : 74), bytes.length);
    while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end -= 1; // never split a UTF-8 sequence
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
  }
  return parts.join('\r\n ');
}

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
