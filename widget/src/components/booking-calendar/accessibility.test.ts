import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { expectAccessible } from '../../../test/axe.ts';
import { waitFor } from '../../../test/booking-calendar.page.ts';
import { mountCalendar, unmountAll } from '../../../test/mount.ts';
import { callApi, seedWorkspace, type Seeded } from '../../../test/server-commands.ts';

afterEach(async () => {
  unmountAll();
  await setViewport({ width: 1024, height: 768 });
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
});

let seed: Seeded;
before(async () => {
  seed = await seedWorkspace({ eventType: { questions: [{ key: 'topic', label: 'Topic', type: 'select', required: true, options: ['Sales', 'Support'] }] } });
});

describe('<booking-calendar> accessibility, theming and small screens', () => {
  it('has no axe violations in any step of booking', async () => {
    const page = await mountCalendar(seed, { 'event-type': '' });
    await page.find('[part~="event-type"]');
    await expectAccessible(page.el, 'event-type list');
    await page.pickEventType('Intro call');
    await page.grid();
    await expectAccessible(page.el, 'month');
    await page.pickDay('2026-12-01');
    await page.times();
    await expectAccessible(page.el, 'times');
    (await page.button(/^Time zone:/)).click();
    await page.find('[role="combobox"]');
    await sendKeys({ type: 'york' });
    await page.find('[role="option"]', 'America/New York');
    await expectAccessible(page.el, 'time-zone picker');
    await sendKeys({ press: 'Escape' });
    await page.pickTime();
    await page.submit();
    await page.errorOf('Name');
    await expectAccessible(page.el, 'form with errors');
    await page.fill({ Name: 'Ada', Email: 'ada@example.com', Topic: 'Sales' });
    await page.submit();
    await page.heading('Booking confirmed');
    await expectAccessible(page.el, 'confirmation');
  });

  it('has no axe violations in manage mode, empty and error states, dark and right-to-left', async () => {
    const created = await callApi({ method: 'POST', path: `/v1/public/${seed.workspace}/bookings`, body: {
      eventType: 'intro-call', start: '2026-12-02T10:00:00Z', timezone: 'Europe/Berlin', attendee: { name: 'Ada', email: 'ada@example.com' }, answers: { topic: 'Sales' } } });
    const { booking, manageToken } = created.body;
    const manage = await mountCalendar(seed, { 'event-type': '', 'booking-uid': booking.uid, token: manageToken });
    await manage.heading('Intro call');
    await expectAccessible(manage.el, 'manage');
    await manage.click('Cancel booking');
    await manage.field('Reason');
    await expectAccessible(manage.el, 'cancel form');
    unmountAll();

    const broken = await mountCalendar(seed, { 'event-type': 'missing' });
    await broken.find('[part~="error"]');
    await expectAccessible(broken.el, 'error');
    unmountAll();

    const dark = await mountCalendar(seed, { theme: 'dark', locale: 'ar' });
    await dark.pickDay('2026-12-01');
    await dark.times();
    await expectAccessible(dark.el, 'dark, right-to-left');
  });

  it('follows theme: light, dark, auto with prefers-color-scheme, custom properties and parts', async () => {
    const style = document.createElement('style');
    style.textContent = 'booking-calendar.branded { --slotkit-accent: rgb(200, 0, 80); } booking-calendar::part(nav-button) { border-color: rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const bg = (el: Element) => getComputedStyle(el).backgroundColor;
      const light = await mountCalendar(seed, { theme: 'light' });
      const dark = await mountCalendar(seed, { theme: 'dark' });
      const auto = await mountCalendar(seed, {});
      expect(bg(light.el)).to.equal('rgb(255, 255, 255)');
      expect(bg(dark.el)).to.equal('rgb(23, 25, 28)');
      expect(bg(auto.el)).to.equal('rgb(255, 255, 255)');
      await emulateMedia({ colorScheme: 'dark' });
      expect(bg(auto.el)).to.equal('rgb(23, 25, 28)');
      expect(bg(light.el), 'an explicit light theme stays light').to.equal('rgb(255, 255, 255)');
      auto.el.classList.add('branded');
      await auto.pickDay('2026-12-01');
      const selected = await waitFor(() => auto.root.querySelector('[part~="day-selected"]'), 'selected day');
      expect(getComputedStyle(selected).backgroundColor).to.equal('rgb(200, 0, 80)');
      expect(getComputedStyle(auto.all('[part~="nav-button"]')[0]!).borderTopColor).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });

  it('fits a 320 px wide screen without horizontal overflow', async () => {
    await setViewport({ width: 320, height: 700 });
    const page = await mountCalendar(seed);
    const overflow = () => {
      const wide = [...page.root.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > 320.5);
      return { page: document.documentElement.scrollWidth, element: page.el.scrollWidth, wide: wide.map((el) => el.outerHTML.slice(0, 80)) };
    };
    await page.pickDay('2026-12-01');
    await page.times();
    expect(overflow(), 'calendar and times').to.deep.equal({ page: 320, element: page.el.clientWidth, wide: [] });
    await page.pickTime();
    await page.submit();
    await page.errorOf('Name');
    expect(overflow(), 'form').to.deep.equal({ page: 320, element: page.el.clientWidth, wide: [] });
  });

  it('honours prefers-reduced-motion', async () => {
    const page = await mountCalendar(seed);
    await page.grid();
    const step = page.root.querySelector('.step')!;
    expect(getComputedStyle(step).animationName).to.equal('enter');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(step).animationName).to.equal('none');
  });
});
