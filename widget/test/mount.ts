import type { BookingCalendar } from '../src/components/booking-calendar/booking-calendar.ts';
import '../src/define.ts';
import { BookingCalendarPage } from './booking-calendar.page.ts';
import type { Seeded } from './server-commands.ts';

const mounted: HTMLElement[] = [];

/** Puts a `<booking-calendar>` for a seeded workspace in the page, "now" pinned to the server's. */
export async function mountCalendar(seed: Seeded, attributes: Record<string, string> = {}, container: HTMLElement = document.body): Promise<BookingCalendarPage> {
  const el = document.createElement('booking-calendar') as BookingCalendar;
  const all: Record<string, string> = { api: seed.api, workspace: seed.workspace, 'event-type': 'intro-call', timezone: 'Europe/Berlin', locale: 'en-US', ...attributes };
  for (const [name, value] of Object.entries(all)) if (value !== '') el.setAttribute(name, value);
  el.now = Date.parse(seed.now);
  container.append(el);
  mounted.push(el);
  await el.updateComplete;
  return new BookingCalendarPage(el);
}

/** Removes what the test mounted. */
export function unmountAll(): void {
  for (const el of mounted.splice(0)) el.remove();
}
