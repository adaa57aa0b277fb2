import { expect } from '@open-wc/testing';
import type { CancelledEvent } from '../../events/cancelled.ts';
import type { RescheduledEvent } from '../../events/rescheduled.ts';
import { expectAccessible } from '../../../test/axe.ts';
import { waitFor } from '../../../test/booking-calendar.page.ts';
import { mountCalendar, unmountAll } from '../../../test/mount.ts';
import { callApi, seedWorkspace, type Seeded } from '../../../test/server-commands.ts';

afterEach(unmountAll);

let seed: Seeded;
before(async () => { seed = await seedWorkspace(); });

async function book(start: string) {
  const created = await callApi({ method: 'POST', path: `/v1/public/${seed.workspace}/bookings`, body: {
    eventType: 'intro-call', start, timezone: 'Europe/Berlin', attendee: { name: 'Ada Lovelace', email: 'ada@example.com' } } });
  expect(created.status).to.equal(201);
  return created.body as { booking: { uid: string }; manageToken: string };
}

describe('<booking-calendar> manage mode', () => {
  it('shows the booking and cancels it with a reason', async () => {
    const { booking, manageToken } = await book('2026-12-03T10:00:00Z');
    const page = await mountCalendar(seed, { 'event-type': '', 'booking-uid': booking.uid, token: manageToken });
    const cancelled: CancelledEvent[] = [];
    page.el.addEventListener('slotkit-cancelled', (e) => cancelled.push(e));
    expect(await page.heading('Intro call')).to.equal('Intro call');
    expect(page.root.querySelector('[part~="summary"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('Thursday 3 December 2026').and.contain('11:00 to 11:30 AM');
    await page.click('Cancel booking');
    const reason = await page.field('Reason');
    await waitFor(() => page.focused() === reason, 'focus on the reason');
    await page.fill({ Reason: 'Something came up' });
    await page.click('Confirm cancellation');
    expect(await page.heading('Booking cancelled')).to.equal('Booking cancelled');
    await expectAccessible(page.el, 'cancelled');
    await waitFor(() => cancelled.length === 1, 'slotkit-cancelled');
    expect(cancelled[0]!.detail.booking).to.include({ uid: booking.uid, status: 'cancelled', cancelReason: 'Something came up' });
    const stored = await callApi({ method: 'GET', path: `/v1/bookings/${booking.uid}`, workspace: seed.workspace });
    expect(stored.body).to.include({ status: 'cancelled', cancelReason: 'Something came up' });
    expect(page.all('button', 'Cancel booking')).to.have.length(0);
  });

  it('reschedules through the same calendar, keeping the uid', async () => {
    const { booking, manageToken } = await book('2026-12-03T13:00:00Z');
    const page = await mountCalendar(seed, { 'event-type': '', 'booking-uid': booking.uid, token: manageToken });
    const moved: RescheduledEvent[] = [];
    page.el.addEventListener('slotkit-rescheduled', (e) => moved.push(e));
    await page.click('Reschedule');
    expect(await page.heading('Pick a new time')).to.equal('Pick a new time');
    await page.grid();
    await expectAccessible(page.el, 'reschedule calendar');
    await page.pickDay('2026-12-03');
    expect(await page.times()).to.not.include('2:00 to 2:30 PM'); // its own current time is taken
    await page.pickDay('2026-12-04');
    await page.pickTime('10:00 to 10:30 AM');
    await page.click('Confirm new time');
    expect(await page.heading('Booking rescheduled')).to.equal('Booking rescheduled');
    await expectAccessible(page.el, 'rescheduled');
    await waitFor(() => moved.length === 1, 'slotkit-rescheduled');
    expect(moved[0]!.detail.booking).to.include({ uid: booking.uid, start: '2026-12-04T09:00:00Z' });
    const stored = await callApi({ method: 'GET', path: `/v1/bookings/${booking.uid}`, workspace: seed.workspace });
    expect(stored.body).to.include({ start: '2026-12-04T09:00:00Z', status: 'confirmed' });
  });

  it('offers no changes for a cancelled booking', async () => {
    const { booking, manageToken } = await book('2026-12-07T10:00:00Z');
    await callApi({ method: 'POST', path: `/v1/bookings/${booking.uid}/cancel`, workspace: seed.workspace, body: {} });
    const page = await mountCalendar(seed, { 'event-type': '', 'booking-uid': booking.uid, token: manageToken });
    await page.heading('Intro call');
    expect((await page.find('[part~="status"]')).textContent).to.equal('Booking cancelled');
    expect(page.all('button', /Cancel booking|Reschedule/)).to.have.length(0);
  });
});
