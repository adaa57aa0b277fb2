import type { Page } from 'playwright-core';
import { go } from '../fixtures/use-dashboard.ts';

/** A day of a weekly rule. */
type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

const DAY_NAMES: Record<Day, string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};

/** What `createScheduleAndEventType` enters; everything but the event type's title has a default. */
export interface ScheduleAndEventTypeInput {
  schedule?: {
    /** Default: "<title> hours". */
    name?: string;
    /** IANA zone typed into the picker. Default: the workspace's. */
    timezone?: string;
    /** Intervals per day as `[start, end]`; days left out are unavailable. Default: Monday–Friday 09:00–17:00. */
    weekly?: Partial<Record<Day, [string, string][]>>;
  };
  eventType: {
    title: string;
    /** Default: made from the title. */
    slug?: string;
    description?: string;
    /** Minutes; the first is the default. Default: 30. */
    durations?: number[];
    /** Names of hosts to tick (default: the one ticked already when the workspace has a single host). */
    hosts?: string[];
    seats?: number;
    requiresConfirmation?: boolean;
  };
}

/** What was created, by id. */
export interface CreatedScheduleAndEventType {
  scheduleId: string;
  eventTypeId: string;
  slug: string;
}

const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** Waits until the hash names a created resource under `prefix` and returns its id. */
async function createdId(page: Page, prefix: string): Promise<string> {
  const pattern = new RegExp(`#/${prefix}/(${ID.source})`);
  await page.waitForFunction((source) => new RegExp(source).test(location.hash), pattern.source, { timeout: 30_000 });
  return pattern.exec(await page.evaluate(() => location.hash))![1]!;
}

/**
 * With a signed-in dashboard tab: creates a schedule in the schedule editor (name, zone,
 * weekly hours) and then an event type using it in the event-type editor, as an admin
 * would, clicking and typing. Returns both ids and the event type's slug.
 */
export async function createScheduleAndEventType(page: Page, input: ScheduleAndEventTypeInput): Promise<CreatedScheduleAndEventType> {
  const { eventType } = input;
  const scheduleName = input.schedule?.name ?? `${eventType.title} hours`;

  await go(page, '#/schedules/new');
  await page.getByRole('heading', { name: 'New schedule' }).waitFor();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(scheduleName);
  if (input.schedule?.timezone) await page.getByRole('combobox', { name: 'Time zone' }).fill(input.schedule.timezone);
  const timezone = await page.getByRole('combobox', { name: 'Time zone' }).inputValue();
  if (input.schedule?.weekly) await enterWeeklyHours(page, input.schedule.weekly);
  await page.getByRole('button', { name: 'Create schedule' }).click();
  const scheduleId = await createdId(page, 'schedules');

  await go(page, '#/event-types/new');
  await page.getByRole('heading', { name: 'New event type' }).waitFor();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(eventType.title);
  if (eventType.slug) await page.getByRole('textbox', { name: 'URL slug', exact: true }).fill(eventType.slug);
  if (eventType.description) await page.getByLabel('Description').fill(eventType.description);
  if (eventType.durations) {
    const [first, ...more] = eventType.durations;
    for (const minutes of [first!, ...more]) {
      await page.getByLabel('Add a duration (minutes)').fill(String(minutes));
      await page.getByRole('button', { name: 'Add duration' }).click();
    }
    // The new form starts with 30 minutes: drop it unless asked for.
    if (!eventType.durations.includes(30)) await page.getByRole('button', { name: 'Remove 30 min' }).click();
    await page.getByLabel('Default duration').selectOption(String(first));
  }
  if (eventType.seats) await page.getByLabel('Seats per slot').fill(String(eventType.seats));
  for (const host of eventType.hosts ?? []) await page.getByRole('checkbox', { name: host, exact: true }).check();
  await page.getByLabel('Schedule', { exact: true }).selectOption({ label: `${scheduleName} (${timezone})` });
  if (eventType.requiresConfirmation) await page.getByLabel('Requires confirmation').check();
  const slug = await page.getByRole('textbox', { name: 'URL slug', exact: true }).inputValue();
  await page.getByRole('button', { name: 'Create event type' }).click();
  const eventTypeId = await createdId(page, 'event-types');
  // The editor reopens on the stored event type (the "created" toast may already have gone).
  await page.getByRole('heading', { level: 1, name: eventType.title, exact: true }).waitFor();
  return { scheduleId, eventTypeId, slug };
}

/** Sets each day's hours in the weekly editor: ticks or unticks the day, then types every interval. */
async function enterWeeklyHours(page: Page, weekly: Partial<Record<Day, [string, string][]>>): Promise<void> {
  for (const day of Object.keys(DAY_NAMES) as Day[]) {
    const name = DAY_NAMES[day];
    const intervals = weekly[day] ?? [];
    const box = page.getByRole('checkbox', { name, exact: true });
    if (intervals.length === 0) {
      await box.uncheck();
      continue;
    }
    await box.check();
    for (const [i, [start, end]] of intervals.entries()) {
      if (i > 0 && (await page.getByLabel(`${name} hours ${i + 1} start`).count()) === 0) {
        await page.getByRole('button', { name: `Add hours on ${name}` }).click();
      }
      await page.getByLabel(`${name} hours ${i + 1} start`).fill(start);
      await page.getByLabel(`${name} hours ${i + 1} end`).fill(end);
    }
    // Remove intervals beyond the ones asked for (the last first, so labels stay put).
    while ((await page.getByLabel(`${name} hours ${intervals.length + 1} start`).count()) > 0) {
      await page.getByRole('button', { name: new RegExp(`^Remove ${name} \\d`) }).last().click();
    }
  }
}
