import { fold, icsTime, text } from './ical-format.ts';

/** The fields of a booking (as the API presents it) that an invite needs. */
export interface InviteBooking {
  uid: string;
  status: string;
  sequence: number;
  updatedAt: string;
  start: string;
  end: string;
  eventType: { title: string };
  host: { name: string };
  attendee: { name: string; email: string };
  guests: string[];
  location: { kind: string; value?: string | undefined };
}

/** A parameter value (RFC 5545 §3.2): quoted, since names may hold `:`, `;` or `,`; DQUOTE and controls cannot appear. */
function paramValue(value: string): string {
  return `"${value.replace(/["\p{Cc}]/gu, '')}"`;
}

/**
 * The booking as an iTIP message: METHOD:REQUEST while it stands, METHOD:CANCEL once
 * cancelled; the UID never changes and SEQUENCE counts the changes, so calendar apps
 * update the one event they already have.
 */
export function calendarInvite(booking: InviteBooking, options: { organizerEmail: string; organizerName: string; manageUrl?: string | undefined }): string {
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
    `DTSTAMP:${icsTime(new Date(booking.updatedAt))}`,
    `DTSTART:${icsTime(new Date(booking.start))}`,
    `DTEND:${icsTime(new Date(booking.end))}`,
    `SUMMARY:${text(`${booking.eventType.title} with ${booking.host.name}`)}`,
    `DESCRIPTION:${text(description)}`,
    `STATUS:${status}`,
    `ORGANIZER;CN=${paramValue(options.organizerName)}:mailto:${options.organizerEmail}`,
    `ATTENDEE;CN=${paramValue(booking.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=${cancelled ? 'DECLINED' : 'ACCEPTED'}:mailto:${booking.attendee.email}`,
    ...booking.guests.map((guest) => `ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:${guest}`),
    ...(booking.location.value ? [`LOCATION:${text(booking.location.value)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
