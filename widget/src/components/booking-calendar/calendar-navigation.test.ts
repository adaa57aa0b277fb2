import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../test/axe.ts';
import { waitFor } from '../../../test/booking-calendar.page.ts';
import { mountCalendar, unmountAll } from '../../../test/mount.ts';
import { callApi, seedWorkspace, type Seeded } from '../../../test/server-commands.ts';

afterEach(unmountAll);

let seed: Seeded;
before(async () => { seed = await seedWorkspace(); });

describe('<booking-calendar> month view', () => {
  it('shows skeletons while loading, then the month, and prefetches the next month', async () => {
    const page = await mountCalendar(seed);
    expect(page.root.querySelector('[part~="skeleton"]'), 'skeleton while loading').to.exist;
    expect(await page.gridName()).to.equal('November 2026');
    expect((await page.day('2026-11-27')).getAttribute('aria-label')).to.equal('Friday 27 November 2026, no times available');
    expect((await page.day('2026-11-30')).getAttribute('aria-label')).to.equal('Monday 30 November 2026, 16 times available');
    expect((await page.day('2026-11-30')).getAttribute('aria-current')).to.equal('date');
    expect((await page.button('Previous month')).disabled).to.equal(true);
    await waitFor(() => performance.getEntriesByType('resource').some((e) => e.name.includes(`/${seed.workspace}/`) && e.name.includes('from=2026-12-01')), 'the December prefetch');
    await page.nextMonth();
    expect(await page.gridName()).to.equal('December 2026');
    expect((await page.day('2026-12-25')).getAttribute('aria-label')).to.equal('Friday 25 December 2026, 16 times available');
    expect((await page.day('2026-12-26')).getAttribute('aria-label')).to.equal('Saturday 26 December 2026, no times available');
    await page.nextMonth();
    expect(await page.gridName()).to.equal('January 2027');
    await page.previousMonth();
    await page.previousMonth();
    expect(await page.gridName()).to.equal('November 2026');
  });

  it('moves focus through the grid with arrows, Home/End and PageUp/PageDown (one tab stop)', async () => {
    const page = await mountCalendar(seed); // en-US: weeks start on Sunday
    await page.grid();
    const focusable = () => page.all('[role="grid"] button').filter((b) => b.tabIndex === 0).map((b) => b.dataset.date);
    expect(focusable()).to.deep.equal(['2026-11-30']);
    (await page.day('2026-11-30')).focus();
    const focusedDate = () => page.focused()?.dataset.date;
    const press = async (key: string, expected: string) => {
      await sendKeys({ press: key });
      await waitFor(() => focusedDate() === expected, `${key} -> ${expected} (focus is on ${focusedDate()})`);
      expect(focusable()).to.deep.equal([expected]);
    };
    await press('ArrowRight', '2026-12-01');
    expect(await page.gridName()).to.equal('December 2026');
    await press('ArrowDown', '2026-12-08');
    await press('Home', '2026-12-06');
    await press('End', '2026-12-12');
    await press('PageDown', '2027-01-12');
    expect(await page.gridName()).to.equal('January 2027');
    await press('PageUp', '2026-12-12');
    await press('ArrowLeft', '2026-12-11');
    await press('ArrowUp', '2026-12-04');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => page.root.querySelector('[part~="day-selected"]'), 'the selected day');
    expect(page.root.querySelector<HTMLElement>('[part~="day-selected"]')!.dataset.date).to.equal('2026-12-04');
    expect(await page.times()).to.have.length(16);
    expect(page.announcement()).to.equal('16 times available on Friday 4 December');
    await press('ArrowLeft', '2026-12-03');
    await sendKeys({ press: 'Space' });
    await waitFor(() => page.root.querySelector<HTMLElement>('[part~="day-selected"]')?.dataset.date === '2026-12-03', 'Space selects');
  });

  it('offers the next available day when a month is empty, looking a few months ahead', async () => {
    const quiet = await seedWorkspace({ eventType: { maxAdvanceDays: 365 } });
    const patched = await callApi({ method: 'PATCH', path: `/v1/schedules/${quiet.scheduleId}`, workspace: quiet.workspace,
      body: { blackouts: [{ start: '2026-11-01T00:00:00Z', end: '2027-01-14T23:00:00Z' }] } });
    expect(patched.status).to.equal(200);
    const page = await mountCalendar(quiet);
    const jump = await page.button('Next available: Friday 15 January 2027');
    expect(page.root.querySelector('[part~="empty"]')!.textContent).to.contain('No times available this month.');
    await expectAccessible(page.el, 'empty month');
    jump.click();
    expect(await page.gridName()).to.equal('January 2027');
    expect((await page.times())[0]).to.equal('9:00 to 9:30 AM');

    await callApi({ method: 'PATCH', path: `/v1/schedules/${quiet.scheduleId}`, workspace: quiet.workspace,
      body: { blackouts: [{ start: '2026-11-01T00:00:00Z', end: '2027-12-31T00:00:00Z' }] } });
    const none = await mountCalendar(quiet);
    const empty = await none.find('[part~="empty"]', /coming months/);
    expect(empty.textContent!.trim()).to.equal('No times in the coming months.');
  });

  it('keeps up with fast month switching: the last month wins, nothing is reported as failed', async () => {
    const page = await mountCalendar(seed);
    const errors: string[] = [];
    page.el.addEventListener('slotkit-error', (event) => errors.push(event.detail.code));
    await page.grid();
    const next = page.all('[part~="nav-button"]')[1]!;
    for (let i = 0; i < 4; i++) next.click(); // no waiting: each click supersedes the month before
    expect(await page.gridName()).to.equal('March 2027');
    expect((await page.day('2027-03-01')).getAttribute('aria-label')).to.equal('Monday 1 March 2027, no times available'); // beyond the 60-day window
    expect(errors).to.deep.equal([]);
  });

  it('shows an error with a retry, and reports it with slotkit-error', async () => {
    const page = await mountCalendar(seed, { 'event-type': 'later-call' });
    const codes: string[] = [];
    page.el.addEventListener('slotkit-error', (event) => codes.push(event.detail.code));
    const alert = await page.find('[part~="error"]');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('Could not load.');
    await waitFor(() => codes.length > 0, 'slotkit-error');
    expect(codes).to.deep.equal(['not_found']);
    const created = await callApi({ method: 'POST', path: '/v1/event-types', workspace: seed.workspace,
      body: { slug: 'later-call', title: 'Later call', durations: [15], hostIds: [seed.hostId] } });
    expect(created.status).to.equal(201);
    await page.click('Try again');
    expect(await page.heading('Later call')).to.equal('Later call');
    expect(await page.gridName()).to.equal('November 2026');
  });
});
