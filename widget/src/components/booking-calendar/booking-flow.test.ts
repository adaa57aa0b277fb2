import { expect } from '@open-wc/testing';
import type { BookedEvent } from '../../events/booked.ts';
import type { SlotSelectEvent } from '../../events/slot-select.ts';
import { mountCalendar, unmountAll } from '../../../test/mount.ts';
import { callApi, seedWorkspace } from '../../../test/server-commands.ts';

afterEach(unmountAll);

describe('<booking-calendar> booking flow', () => {
  it('books a time and the booking exists in the API', async () => {
    const seed = await seedWorkspace();
    const page = await mountCalendar(seed, { metadata: '{"utm_source":"newsletter"}', name: 'Grace Hopper' });
    const selected: SlotSelectEvent[] = [];
    const booked: BookedEvent[] = [];
    page.el.addEventListener('slotkit-slot-select', (e) => selected.push(e));
    document.addEventListener('slotkit-booked', (e) => booked.push(e), { once: true });

    expect(await page.gridName()).to.equal('November 2026');
    await page.pickDay('2026-12-01');
    expect(await page.gridName()).to.equal('December 2026');
    const day = await page.day('2026-12-01');
    expect(day.getAttribute('aria-label')).to.equal('Tuesday 1 December 2026, 16 times available');
    const times = await page.times();
    expect(times[0]).to.equal('9:00 to 9:30 AM');
    expect(page.announcement()).to.equal('16 times available on Tuesday 1 December');
    await page.pickTime('9:00 to 9:30 AM');
    expect(selected[0]!.detail).to.deep.equal({ start: '2026-12-01T08:00:00Z', end: '2026-12-01T08:30:00Z', duration: 30 });
    expect((await page.field('Name')).value).to.equal('Grace Hopper');
    await page.fill({ Email: 'grace@example.com', Guests: 'bob@example.com' });
    await page.submit();
    expect(await page.heading('Booking confirmed')).to.equal('Booking confirmed');

    const { booking, manageToken } = booked[0]!.detail;
    expect(booked[0]!.composed).to.equal(true);
    expect(booking.start).to.equal('2026-12-01T08:00:00Z');
    const calendar = await page.link('Add to calendar');
    expect(calendar.href).to.equal(`${seed.api}/v1/public/bookings/${booking.uid}/calendar.ics?token=${encodeURIComponent(manageToken)}`);
    expect((await page.link('Manage booking')).href).to.equal(`${seed.api}/manage/${booking.uid}?token=${encodeURIComponent(manageToken)}`);

    const stored = await callApi({ method: 'GET', path: `/v1/bookings/${booking.uid}`, workspace: seed.workspace });
    expect(stored.status).to.equal(200);
    expect(stored.body.attendee).to.include({ name: 'Grace Hopper', email: 'grace@example.com' });
    expect(stored.body.guests).to.deep.equal(['bob@example.com']);
    expect(stored.body.metadata).to.deep.equal({ utm_source: 'newsletter' });
    expect(stored.body.timezone).to.equal('Europe/Berlin');
  });
});

describe('<booking-calendar> form, events and conflicts', () => {
  it('lists the event types when none is given, with a duration picker for several durations', async () => {
    const seed = await seedWorkspace();
    const created = await callApi({ method: 'POST', path: '/v1/event-types', workspace: seed.workspace,
      body: { slug: 'deep-dive', title: 'Deep dive', durations: [30, 60], defaultDuration: 30, hostIds: [seed.hostId] } });
    expect(created.status).to.equal(201);
    const page = await mountCalendar(seed, { 'event-type': '' });
    const names = (await page.find('[part~="event-type"]', 'Deep dive')) && page.all('[part~="event-type"]').map((b) => b.textContent!.trim().split(/\s+/).slice(0, 2).join(' '));
    expect(names).to.have.members(['Intro call', 'Deep dive']);
    await page.pickEventType('Deep dive');
    expect(await page.heading('Deep dive')).to.equal('Deep dive');
    await page.pickDay('2026-12-01');
    expect((await page.times())[0]).to.equal('9:00 to 9:30 AM');
    const sixty = await page.find('label[part~="duration"]', '60 min');
    sixty.querySelector('input')!.click();
    await page.pickDay('2026-12-01');
    const times = await page.times();
    expect(times[0]).to.equal('9:00 to 10:00 AM');
    await page.click('Back');
    await page.find('[part~="event-type"]', /Intro call/);
  });

  it('shows inline errors tied to their fields and sends nothing until they are fixed', async () => {
    const seed = await seedWorkspace();
    const page = await mountCalendar(seed);
    await page.pickDay('2026-12-01');
    await page.pickTime('9:00 to 9:30 AM');
    await page.fill({ Email: 'not-an-email', Guests: 'bob@example.com, nope' });
    await page.submit();
    expect(await page.errorOf('Name')).to.equal('Please fill this in.');
    expect(await page.errorOf('Email')).to.equal('Please enter a valid email address.');
    expect(await page.errorOf('Guests')).to.equal('Please enter a valid email address.');
    const name = await page.field('Name');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(page.focused()).to.equal(name);
    expect(page.announcement()).to.equal('Please fix 3 fields.');
    await page.fill({ Name: 'Ada', Email: 'ada@example.com' });
    expect(await page.errorOf('Name')).to.equal(undefined);
    expect(await page.errorOf('Email')).to.equal(undefined);
    const list = await callApi({ method: 'GET', path: '/v1/bookings', workspace: seed.workspace });
    expect(list.body.data).to.have.length(0);
  });

  it('sends nothing when the page vetoes slotkit-before-book', async () => {
    const seed = await seedWorkspace();
    const page = await mountCalendar(seed, { metadata: '{"campaign":"spring"}' });
    const requests: unknown[] = [];
    page.el.addEventListener('slotkit-before-book', (event) => { requests.push(event.detail.request); event.preventDefault(); });
    await page.pickDay('2026-12-01');
    await page.pickTime('9:30 to 10:00 AM');
    await page.fill({ Name: 'Ada', Email: 'ada@example.com' });
    await page.submit();
    expect(requests).to.deep.equal([{
      eventType: 'intro-call', start: '2026-12-01T08:30:00Z', duration: 30, timezone: 'Europe/Berlin',
      attendee: { name: 'Ada', email: 'ada@example.com' }, answers: {}, guests: [], metadata: { campaign: 'spring' }, locale: 'en-US',
    }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const list = await callApi({ method: 'GET', path: '/v1/bookings', workspace: seed.workspace });
    expect(list.body.data).to.have.length(0);
    expect(await page.button('Confirm booking')).to.exist;
  });

  it('says kindly when the time was taken meanwhile (409) and shows the fresh times', async () => {
    const seed = await seedWorkspace();
    const page = await mountCalendar(seed);
    const errors: { code: string }[] = [];
    page.el.addEventListener('slotkit-error', (event) => errors.push(event.detail));
    await page.pickDay('2026-12-01');
    await page.pickTime('9:00 to 9:30 AM');
    await page.fill({ Name: 'Ada', Email: 'ada@example.com' });
    const taken = await callApi({ method: 'POST', path: `/v1/public/${seed.workspace}/bookings`, body: {
      eventType: 'intro-call', start: '2026-12-01T08:00:00Z', timezone: 'Europe/Berlin', attendee: { name: 'Grace', email: 'grace@example.com' } } });
    expect(taken.status).to.equal(201);
    await page.submit();
    const notice = await page.find('[part~="notice"]');
    expect(notice.textContent).to.equal('Sorry, that time was just taken. Please pick another.');
    expect(errors.map((e) => e.code)).to.deep.equal(['slot_unavailable']);
    await waitForLabel(page, '2026-12-01', 'Tuesday 1 December 2026, 15 times available');
    await page.pickDay('2026-12-01');
    const times = await page.times();
    expect(times).to.not.include('9:00 to 9:30 AM');
    expect(times[0]).to.equal('9:30 to 10:00 AM');
  });

  it('asks for phone, questions and seats, and says "Booking requested" when the host confirms', async () => {
    const seed = await seedWorkspace({ eventType: {
      seats: 5, requiresConfirmation: true, location: { kind: 'phone' },
      questions: [{ key: 'topic', label: 'Topic', type: 'text', required: true }, { key: 'terms', label: 'I accept the terms', type: 'checkbox', required: true }],
    } });
    const page = await mountCalendar(seed);
    await page.pickDay('2026-12-02');
    expect((await page.times())[0]).to.equal('9:00 to 9:30 AM (5 left)');
    await page.pickTime(/^10:00 to 10:30 AM/);
    await page.fill({ Name: 'Ada', Email: 'ada@example.com' });
    await page.submit();
    expect(await page.errorOf('Phone')).to.equal('Please fill this in.');
    expect(await page.errorOf('Topic')).to.equal('Please fill this in.');
    expect(await page.errorOf('I accept the terms')).to.equal('Please fill this in.');
    await page.fill({ Phone: '+49 30 1234567', Topic: 'Pricing', 'I accept the terms': true, Seats: '9' });
    await page.submit();
    expect(await page.errorOf('Seats')).to.equal('Please choose 1 to 5.');
    await page.fill({ Seats: '2' });
    await page.submit();
    expect(await page.heading('Booking requested')).to.equal('Booking requested');
    const list = await callApi({ method: 'GET', path: '/v1/bookings', workspace: seed.workspace });
    expect(list.body.data).to.have.length(1);
    expect(list.body.data[0]).to.deep.include({ seats: 2, status: 'pending_confirmation', answers: { topic: 'Pricing', terms: true } });
    expect(list.body.data[0].attendee.phone).to.equal('+49 30 1234567');
  });
});

async function waitForLabel(page: { day: (d: string) => Promise<HTMLButtonElement> }, date: string, label: string) {
  const until = Date.now() + 8000;
  for (;;) {
    const current = (await page.day(date)).getAttribute('aria-label');
    if (current === label) return;
    if (Date.now() > until) throw new Error(`day ${date} is "${current}", expected "${label}"`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
