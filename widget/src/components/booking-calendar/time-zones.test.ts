import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitFor } from '../../../test/booking-calendar.page.ts';
import { mountCalendar, unmountAll } from '../../../test/mount.ts';
import { seedWorkspace, type Seeded } from '../../../test/server-commands.ts';

afterEach(unmountAll);

let seed: Seeded;
before(async () => { seed = await seedWorkspace({ eventType: { maxAdvanceDays: 365 } }); }); // host: Mon–Fri 09:00–17:00 Europe/Berlin

describe('<booking-calendar> time zones and clocks', () => {
  it('shows a Berlin host\'s times in New York (12-hour clock)', async () => {
    const page = await mountCalendar(seed, { timezone: 'America/New_York', locale: 'en-US' });
    await page.pickDay('2026-12-01');
    const times = await page.times();
    expect(times).to.have.length(16);
    expect(times[0]).to.equal('3:00 to 3:30 AM');
    expect(times.at(-1)).to.equal('10:30 to 11:00 AM');
    expect((await page.button(/^Time zone:/)).textContent!.trim()).to.equal('Time zone: America/New_York');
  });

  it('shows them in Tokyo, across the local midnight (24-hour clock for en-GB)', async () => {
    const page = await mountCalendar(seed, { timezone: 'Asia/Tokyo', locale: 'en-GB' });
    expect((await page.day('2026-11-30')).getAttribute('aria-label')).to.equal('Monday 30 November 2026, 14 times available');
    await page.pickDay('2026-12-01');
    const times = await page.times();
    expect(times.slice(0, 3)).to.deep.equal(['00:00 to 00:30', '00:30 to 01:00', '17:00 to 17:30']);
    expect(times).to.have.length(16);
  });

  it('uses the locale\'s clock: 12-hour for en-US, 24-hour for de', async () => {
    const us = await mountCalendar(seed, { locale: 'en-US', timezone: 'Europe/Berlin' });
    await us.pickDay('2026-12-01');
    expect((await us.times()).slice(-1)).to.deep.equal(['4:30 to 5:00 PM']);
    unmountAll();
    const de = await mountCalendar(seed, { locale: 'de-DE', timezone: 'Europe/Berlin' });
    await de.pickDay('2026-12-01');
    expect((await de.times()).slice(-1)).to.deep.equal(['16:30 bis 17:00 Uhr']);
  });

  it('keeps the host\'s 09:00 across the US and EU daylight-saving changes of March 2027', async () => {
    const ny = await mountCalendar(seed, { timezone: 'America/New_York', locale: 'en-US' });
    const firstTime = async (date: string) => { await ny.pickDay(date); return (await ny.times())[0]; };
    expect(await firstTime('2027-03-12'), 'before both changes (EST vs CET)').to.equal('3:00 to 3:30 AM');
    expect(await firstTime('2027-03-15'), 'US changed on 14 March (EDT vs CET)').to.equal('4:00 to 4:30 AM');
    expect(await firstTime('2027-03-26'), 'still only the US').to.equal('4:00 to 4:30 AM');
    expect(await firstTime('2027-03-29'), 'EU changed on 28 March (EDT vs CEST)').to.equal('3:00 to 3:30 AM');
    expect(await ny.times()).to.have.length(16);
    unmountAll();
    const berlin = await mountCalendar(seed, { timezone: 'Europe/Berlin', locale: 'en-GB' });
    for (const date of ['2027-03-26', '2027-03-29']) {
      await berlin.pickDay(date);
      const times = await berlin.times();
      expect([times[0], times.at(-1), times.length], date).to.deep.equal(['09:00 to 09:30', '16:30 to 17:00', 16]);
    }
  });

  it('detects the browser\'s zone and changes it through the searchable picker', async () => {
    const page = await mountCalendar(seed, { timezone: '' });
    const detected = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const button = await page.button(`Time zone: ${detected}`);
    button.click();
    const search = (await page.find('[role="combobox"]', 'Search time zones')) as HTMLInputElement;
    await waitFor(() => page.focused() === search, 'focus in the search box');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ type: 'tokyo' });
    const option = await page.find('[role="option"]', 'Asia/Tokyo');
    expect(search.getAttribute('aria-activedescendant')).to.equal(option.id);
    await sendKeys({ press: 'Enter' });
    const changed = await page.button('Time zone: Asia/Tokyo');
    await waitFor(() => page.focused() === changed, 'focus back on the time-zone button');
    await page.pickDay('2026-12-01');
    expect((await page.times())[0]).to.equal('12:00 to 12:30 AM');

    changed.click();
    await page.find('[role="combobox"]');
    await sendKeys({ type: 'new york' });
    await page.find('[role="option"]', 'America/New York');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !page.root.querySelector('[role="combobox"]') && page.focused() === changed, 'the picker closed, focus returned');
    expect(changed.textContent!.trim()).to.equal('Time zone: Asia/Tokyo');
  });
});
