import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bookingBody } from '../../../../server/test/harness.ts';
import { checkA11y, screenshot } from '../fixtures/dashboard.ts';
import { go, useDashboard } from '../fixtures/use-dashboard.ts';
import { createScheduleAndEventType } from '../steps/event-types.ts';

/**
 * The event-type pages as an admin uses them: everything entered in the editor is what the
 * API lists afterwards, the API's 422 shows next to the field, archive and restore.
 */
const dash = useDashboard();
const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

describe('event types', () => {
  it('creates a schedule and an event type using it, as the API then lists them', async () => {
    const { page, problems } = await dash.openSignedIn();
    const created = await createScheduleAndEventType(page, {
      schedule: { name: 'Workshop hours', timezone: 'America/New_York', weekly: { mon: [['09:00', '12:00'], ['13:00', '17:00']], wed: [['10:00', '14:00']] } },
      eventType: { title: 'Strategy session', durations: [45, 90], hosts: ['Ada Lovelace'], seats: 3, requiresConfirmation: true },
    });
    const schedule = await dash.workspace.admin('GET', `/v1/schedules/${created.scheduleId}`);
    expect(schedule.body).toMatchObject({
      name: 'Workshop hours', timezone: 'America/New_York', overrides: [], blackouts: [],
      weekly: [{ day: 'mon', start: '09:00', end: '12:00' }, { day: 'mon', start: '13:00', end: '17:00' }, { day: 'wed', start: '10:00', end: '14:00' }],
    });
    const listed = await dash.workspace.admin('GET', '/v1/event-types');
    expect(listed.body.data.find((e: { id: string }) => e.id === created.eventTypeId)).toMatchObject({
      slug: 'strategy-session', title: 'Strategy session', durations: [45, 90], defaultDuration: 45, seats: 3, requiresConfirmation: true,
      hostIds: [dash.workspace.hostId], scheduleId: created.scheduleId, visibility: 'public', active: true,
    });
    expect(problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
  });

  it('saves every field of the editor exactly as entered', async () => {
    const { page } = await dash.openSignedIn();
    await go(page, '#/event-types/new');
    await page.getByRole('heading', { name: 'New event type' }).waitFor();
    await field(page, 'Title').fill('Piano lesson');
    await field(page, 'URL slug').fill('piano');
    await field(page, 'Description').fill('One to one, any level.');
    await page.getByLabel('Add a duration (minutes)').fill('60');
    await page.getByRole('button', { name: 'Add duration' }).click();
    await page.getByLabel('Default duration').selectOption('60');
    await page.getByRole('spinbutton', { name: 'Start times every (minutes)' }).fill('15');
    await page.getByRole('spinbutton', { name: 'Buffer before (minutes)' }).fill('5');
    await page.getByRole('spinbutton', { name: 'Buffer after (minutes)' }).fill('10');
    await page.getByRole('spinbutton', { name: 'Minimum notice (minutes)' }).fill('120');
    await page.getByRole('spinbutton', { name: 'Booking window (days ahead)' }).fill('30');
    await page.getByRole('spinbutton', { name: 'Most bookings per day' }).fill('4');
    await page.getByRole('spinbutton', { name: 'Seats per slot' }).fill('2');
    await page.getByLabel('Where').selectOption('in_person');
    await field(page, 'Address').fill('1 Main Street');

    // Three questions, the last moved to the top, the middle one removed.
    await page.getByRole('button', { name: 'Add question' }).click();
    await field(page, 'Question').nth(0).fill('Your level');
    await page.getByLabel('Answer type').nth(0).selectOption('select');
    await field(page, 'Choices (one per line)').fill('Beginner\nAdvanced');
    await page.getByRole('checkbox', { name: 'Required' }).nth(0).check();
    await page.getByRole('button', { name: 'Add question' }).click();
    await field(page, 'Question').nth(1).fill('Throwaway');
    await page.getByRole('button', { name: 'Add question' }).click();
    await field(page, 'Question').nth(2).fill('Phone for reminders');
    await page.getByLabel('Answer type').nth(2).selectOption('phone');
    await page.getByRole('button', { name: 'Move up: Phone for reminders' }).click();
    await page.getByRole('button', { name: 'Move up: Phone for reminders' }).click();
    await page.getByRole('button', { name: 'Remove Throwaway' }).click();

    await page.getByRole('checkbox', { name: 'Customers pay when booking' }).check();
    await field(page, 'Price per seat (USD)').first().fill('40');
    await field(page, 'Currency').fill('eur');
    await page.getByRole('button', { name: 'Add role price' }).click();
    await field(page, 'Role key').fill('student');
    await field(page, 'Label').fill('Student');
    await field(page, 'Price per seat (EUR)').nth(1).fill('25.50');
    await field(page, 'Access code (optional)').fill('EDU');
    await page.getByRole('button', { name: 'Add seat tier' }).click();
    await page.getByRole('spinbutton', { name: 'From seats' }).fill('2');
    await field(page, 'Price per seat (EUR)').nth(2).fill('35');
    await page.getByRole('checkbox', { name: 'Limit refunds close to the start' }).check();
    await page.getByRole('spinbutton', { name: 'Full refund up to (hours before)' }).fill('48');
    await page.getByRole('spinbutton', { name: 'Partial refund up to (hours before)' }).fill('12');
    await page.getByRole('spinbutton', { name: 'Partial refund (%)' }).fill('30');

    await page.getByRole('button', { name: 'Remove the reminder 1 h before' }).click();
    await page.getByRole('spinbutton', { name: 'Remind' }).fill('2');
    await page.getByRole('button', { name: 'Add reminder' }).click();
    await page.getByLabel('Visibility', { exact: true }).selectOption('hidden');
    await page.getByRole('checkbox', { name: 'Active (customers can book it)' }).uncheck();
    await screenshot(page, 'event-type-editor-filled');
    await page.getByRole('button', { name: 'Create event type' }).click();
    await page.getByRole('heading', { level: 1, name: 'Piano lesson', exact: true }).waitFor();

    const listed = await dash.workspace.admin('GET', '/v1/event-types');
    const saved = listed.body.data.find((e: { slug: string }) => e.slug === 'piano');
    expect(saved).toMatchObject({
      title: 'Piano lesson', description: 'One to one, any level.', durations: [30, 60], defaultDuration: 60, slotStep: 15,
      bufferBefore: 5, bufferAfter: 10, minNotice: 120, maxAdvanceDays: 30, maxPerDay: 4, seats: 2,
      price: { amount: 4000, currency: 'eur' },
      pricing: { roles: [{ role: 'student', label: 'Student', amount: 2550, accessCode: 'EDU' }], seatTiers: [{ minSeats: 2, amount: 3500 }] },
      cancellationPolicy: { fullRefundHours: 48, partialRefundHours: 12, partialRefundPercent: 30 },
      location: { kind: 'in_person', value: '1 Main Street' },
      questions: [
        { key: 'phone_for_reminders', label: 'Phone for reminders', type: 'phone', required: false },
        { key: 'your_level', label: 'Your level', type: 'select', required: true, options: ['Beginner', 'Advanced'] },
      ],
      reminders: [1440, 120], hostIds: [dash.workspace.hostId], scheduleId: null, visibility: 'hidden', active: false, requiresConfirmation: false,
    });

    // Reloaded, the editor shows what was saved.
    await page.reload();
    await page.getByRole('heading', { name: 'Piano lesson' }).waitFor();
    expect(await field(page, 'Access code (optional)').inputValue()).toBe('EDU');
    expect(await field(page, 'Question').first().inputValue()).toBe('Phone for reminders');

    // An edit changes only what was touched.
    await field(page, 'Title').fill('Piano lesson (60 min)');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved.').waitFor();
    await page.getByRole('heading', { name: 'Piano lesson (60 min)' }).waitFor();
    const edited = (await dash.workspace.admin('GET', `/v1/event-types/${saved.id}`)).body;
    expect(edited).toEqual({ ...saved, title: 'Piano lesson (60 min)' });
  });

  it('shows the API’s 422 next to the field it names, and the obvious problems before sending', async () => {
    const { page } = await dash.openSignedIn();
    await go(page, '#/event-types/new');
    await page.getByRole('heading', { name: 'New event type' }).waitFor();
    await page.getByRole('button', { name: 'Create event type' }).click();
    await page.getByText('Some fields need attention').waitFor();
    expect(await page.getByText('is required').first().isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');

    // The seeded workspace already has /intro-call: only the server knows.
    await field(page, 'Title').fill('Intro call');
    await page.getByRole('button', { name: 'Create event type' }).click();
    const slug = field(page, 'URL slug');
    await page.getByText('an event type with this slug exists').waitFor();
    expect(await slug.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await slug.getAttribute('aria-describedby')) ?? '';
    expect(describedBy).toContain('error');
    await checkA11y(page, 'event-type editor with errors (light)');
  });

  it('archives an event type with bookings and restores it from the archived list', async () => {
    // With a booking it is archived, not deleted.
    const booked = await dash.server.request('POST', `/v1/public/${dash.workspace.slug}/bookings`, { body: bookingBody('2026-12-01T09:00:00Z') });
    expect(booked.status).toBe(201);
    const { page } = await dash.openSignedIn();
    await go(page, `#/event-types/${dash.workspace.eventTypeId}`);
    await page.getByRole('button', { name: 'Archive…' }).click();
    await page.getByRole('button', { name: 'Archive', exact: true }).click();
    await page.getByText('Intro call archived.').waitFor();
    await page.getByRole('link', { name: 'Archived' }).click();
    await page.getByRole('button', { name: 'Restore Intro call' }).click();
    await page.getByText('Intro call restored.').waitFor();
    const live = await dash.workspace.admin('GET', '/v1/event-types');
    expect(live.body.data.map((e: { slug: string }) => e.slug)).toContain('intro-call');
  });

  it('copies an event type’s booking link and opens the embed generator on it', async () => {
    const { page, context } = await dash.openSignedIn();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await go(page, '#/event-types');
    await page.getByRole('button', { name: 'Copy link: Intro call' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${dash.server.url}/book/${dash.workspace.slug}/intro-call`);
    expect((await fetch(link)).status).toBe(200);
    await page.getByRole('link', { name: 'Embed Intro call' }).click();
    await expect.poll(() => page.getByLabel('Embed snippet').textContent()).toContain('event-type="intro-call"');
  });

  it('has no axe violations on the list and the editor, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { page } = await dash.openSignedIn({ colorScheme: theme });
      await go(page, '#/event-types');
      await page.getByRole('link', { name: 'Edit Intro call' }).waitFor();
      await checkA11y(page, `event types (${theme})`);
      await go(page, `#/event-types/${dash.workspace.eventTypeId}`);
      await page.getByRole('heading', { name: 'Intro call' }).waitFor();
      await page.getByRole('checkbox', { name: 'Customers pay when booking' }).check();
      await page.getByRole('button', { name: 'Add question' }).click();
      await checkA11y(page, `event-type editor (${theme})`);
      await screenshot(page, `event-type-editor-${theme}`);
    }
  });
});
