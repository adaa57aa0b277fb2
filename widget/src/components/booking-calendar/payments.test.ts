import { expect } from '@open-wc/testing';
import type { BeforeBookEvent } from '../../events/before-book.ts';
import type { CheckoutEvent } from '../../events/checkout.ts';
import { expectAccessible } from '../../../test/axe.ts';
import { type BookingCalendarPage, waitFor } from '../../../test/booking-calendar.page.ts';
import { mountCalendar, unmountAll } from '../../../test/mount.ts';
import { callApi, type Seeded, seedWorkspace, stripeCheckout } from '../../../test/server-commands.ts';

// Paid bookings against the real server and its fake Stripe: the price and the total, the way
// out to Checkout, and every way back (paid, not paid, too late).

const pageUrl = location.href;
afterEach(() => {
  unmountAll();
  history.replaceState(null, '', pageUrl);
  sessionStorage.clear();
});

/** €50 per seat, €40 from 10 seats; students €20, members €30 with the code CLUB. */
const GROUP_PRICING = {
  seats: 12, price: { amount: 5000, currency: 'eur' },
  pricing: {
    roles: [{ role: 'student', label: 'Student', amount: 2000 }, { role: 'member', label: 'Member', amount: 3000, accessCode: 'CLUB' }],
    seatTiers: [{ minSeats: 10, amount: 4000 }],
  },
};

const text = (page: BookingCalendarPage, part: string) => page.root.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

/** Books Tuesday 1 December 9:00 Berlin through the widget; the page keeps the customer (no navigation). */
async function bookAndStay(page: BookingCalendarPage): Promise<CheckoutEvent> {
  const checkouts: CheckoutEvent[] = [];
  page.el.addEventListener('slotkit-checkout', (event) => { checkouts.push(event); event.preventDefault(); });
  await page.pickDay('2026-12-01');
  await page.pickTime(/^9:00 to 9:30 AM/);
  await page.fill({ Name: 'Ada Lovelace', Email: 'ada@example.com' });
  await page.click('Continue to payment');
  return waitFor(() => checkouts[0], 'slotkit-checkout');
}

/** Comes back from Checkout: the page's address as Stripe leaves it, and a fresh widget on it. */
function returnFrom(seed: Seeded, uid: string, outcome: 'success' | 'cancelled'): Promise<BookingCalendarPage> {
  unmountAll();
  const url = new URL(location.href);
  url.searchParams.set('slotkit_booking', uid);
  url.searchParams.set('slotkit_payment', outcome);
  history.replaceState(null, '', url.href);
  return mountCalendar(seed);
}

describe('<booking-calendar> prices', () => {
  it('shows the price, then the total for the seats and rate chosen, with an access code checked by the server', async () => {
    const seed = await seedWorkspace({ eventType: GROUP_PRICING });
    const page = await mountCalendar(seed);
    await waitFor(() => text(page, 'price') === '€50.00 per seat', 'the price on the event type');
    await page.pickDay('2026-12-01');
    await page.pickTime(/^9:00 to 9:30 AM/);
    expect(text(page, 'price')).to.equal('€50.00 per seat');
    await waitFor(() => text(page, 'total') === 'Total: €50.00', 'the total for one seat');
    expect(await page.button('Continue to payment')).to.exist;

    // From 10 seats the tier's €40 applies; a role's price applies whatever the seats. A quote
    // still on its way when the seats change again is aborted (fetch observed, not replaced).
    const quotes: { url: string; signal: AbortSignal | null | undefined }[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      if (String(input).includes('/price?')) quotes.push({ url: String(input), signal: init?.signal ?? (input instanceof Request ? input.signal : undefined) });
      return realFetch(input, init);
    };
    try {
      await page.fill({ Seats: '9' });
      await page.fill({ Seats: '10' });
      await waitFor(() => text(page, 'total') === 'Total: €400.00', 'the tier total at 10 seats');
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(quotes.map((q) => new URL(q.url).searchParams.get('seats'))).to.deep.equal(['9', '10']);
    expect(quotes.map((q) => q.signal?.aborted)).to.deep.equal([true, false]);
    const rate = await page.field('Rate') as unknown as HTMLSelectElement;
    expect([...rate.options].map((o) => o.textContent)).to.deep.equal(['Standard (€50.00)', 'Student (€20.00)', 'Member (€30.00)']);
    await page.fill({ Rate: 'student' });
    await waitFor(() => text(page, 'total') === 'Total: €200.00', 'the student total');
    expect(page.all('input', /^Access code/)).to.have.length(0);

    await page.fill({ Rate: 'member' });
    await waitFor(() => text(page, 'total') === 'Total: €300.00', 'the member total');
    await page.fill({ Name: 'Ada Lovelace', Email: 'ada@example.com' });
    await page.click('Continue to payment');
    expect(await page.errorOf('Access code')).to.equal('Please fill this in.');
    await page.fill({ 'Access code': 'NOPE' });
    await page.click('Continue to payment');
    const code = await page.field('Access code');
    await waitFor(() => code.getAttribute('aria-invalid') === 'true' && page.focused() === code, 'the access code refused inline');
    expect(await page.errorOf('Access code')).to.be.a('string').and.not.equal('Please fill this in.');
    await expectAccessible(page.el, 'access code refused');
    const list = await callApi({ method: 'GET', path: '/v1/bookings', workspace: seed.workspace });
    expect(list.body.data).to.have.length(0);
  });

  it('formats prices in the widget\'s locale, with the currency\'s own decimals', async () => {
    const seed = await seedWorkspace({ eventType: { price: { amount: 5000, currency: 'jpy' } } });
    const page = await mountCalendar(seed, { locale: 'de-DE' });
    await waitFor(() => text(page, 'price') === '5.000 ¥', 'the yen price in German');
    await page.pickDay('2026-12-01');
    await page.pickTime(/^09:00 bis 09:30/);
    await waitFor(() => text(page, 'total') === 'Gesamt: 5.000 ¥', 'the German total');
    expect(await page.button('Weiter zur Zahlung')).to.exist;
  });
});

describe('<booking-calendar> Checkout', () => {
  it('keeps the manage token, returns to this page, and lets the page handle slotkit-checkout', async () => {
    const seed = await seedWorkspace({ eventType: GROUP_PRICING });
    const page = await mountCalendar(seed);
    const requests: BeforeBookEvent['detail']['request'][] = [];
    page.el.addEventListener('slotkit-before-book', (event) => requests.push(event.detail.request));
    history.replaceState(null, '', `${pageUrl}${pageUrl.includes('?') ? '&' : '?'}slotkit_payment=cancelled&keep=1`);
    const checkout = await bookAndStay(page);

    expect(checkout.cancelable).to.equal(true);
    expect(checkout.detail.checkoutUrl).to.match(/^http:\/\/127\.0\.0\.1:\d+\/pay\/cs_test_/);
    const { booking } = checkout.detail;
    expect(booking).to.include({ status: 'pending_payment' });
    const returnUrl = new URL((requests[0] as { returnUrl?: string }).returnUrl!);
    expect(returnUrl.searchParams.get('keep')).to.equal('1');
    expect(returnUrl.searchParams.has('slotkit_payment')).to.equal(false);
    const stored = JSON.parse(sessionStorage.getItem(`slotkit-checkout:${seed.workspace}`)!);
    expect(stored).to.include({ uid: booking.uid });
    const managed = await callApi({ method: 'GET', path: `/v1/public/bookings/${booking.uid}?token=${encodeURIComponent(stored.token)}` });
    expect(managed.status).to.equal(200);

    // The page kept the customer here: the widget offers to pay.
    expect(await page.heading('Continue to payment')).to.equal('Continue to payment');
    expect(await page.button('Pay now')).to.exist;
    await expectAccessible(page.el, 'on the way to Checkout');
  });

  it('shows the confirmation on return once Stripe\'s signed webhook has arrived, even when it lags', async () => {
    const seed = await seedWorkspace({ eventType: { price: { amount: 5000, currency: 'eur' } } });
    const first = await mountCalendar(seed);
    const { detail } = await bookAndStay(first);

    const page = await returnFrom(seed, detail.booking.uid, 'success');
    // Stripe's redirect came first; its webhook a moment later.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect((await stripeCheckout('complete', detail.checkoutUrl)).status).to.equal(200);
    expect(await page.heading('Booking confirmed')).to.equal('Booking confirmed');
    expect(location.search).to.not.contain('slotkit_');
    expect(sessionStorage.getItem(`slotkit-checkout:${seed.workspace}`)).to.equal(null);
    expect((await page.link('Manage booking')).href).to.contain(`/manage/${detail.booking.uid}?token=`);
    await expectAccessible(page.el, 'paid');
    const stored = await callApi({ method: 'GET', path: `/v1/bookings/${detail.booking.uid}`, workspace: seed.workspace });
    expect(stored.body.status).to.equal('confirmed');
  });

  it('says the payment is being confirmed when Stripe\'s webhook is still missing after a few tries', async () => {
    const seed = await seedWorkspace({ eventType: { price: { amount: 5000, currency: 'eur' } } });
    const first = await mountCalendar(seed);
    const { detail } = await bookAndStay(first);

    const page = await returnFrom(seed, detail.booking.uid, 'success');
    await waitFor(() => page.root.querySelector('h2')?.textContent === 'Payment received, confirming…', 'the payment being confirmed', 12_000);
    expect(page.announcement()).to.equal('Payment received, confirming…');
    expect(page.all('button', 'Pay now')).to.have.length(0);
    await expectAccessible(page.el, 'payment being confirmed');
  });

  it('offers "Pay now" and "Choose another time" after a cancelled Checkout; choosing another time frees the slot', async () => {
    const seed = await seedWorkspace({ eventType: { price: { amount: 5000, currency: 'eur' } } });
    const first = await mountCalendar(seed);
    const { detail } = await bookAndStay(first);

    const page = await returnFrom(seed, detail.booking.uid, 'cancelled');
    expect(await page.heading('Payment not completed')).to.equal('Payment not completed');
    // Held for 31 minutes (Stripe's 30-minute minimum plus a margin) from the server's 09:00 Berlin.
    expect(text(page, 'held')).to.equal('Your time is held until 9:31 AM.');
    await expectAccessible(page.el, 'payment not completed');

    const again: CheckoutEvent[] = [];
    page.el.addEventListener('slotkit-checkout', (event) => { again.push(event); event.preventDefault(); });
    await page.click('Pay now');
    const retry = await waitFor(() => again[0], 'slotkit-checkout after "Pay now"');
    expect(retry.detail.checkoutUrl).to.match(/\/pay\/cs_test_/);
    expect(retry.detail.booking.uid).to.equal(detail.booking.uid);

    await page.click('Choose another time');
    expect(await page.gridName()).to.equal('November 2026');
    await page.nextMonth();
    const label = 'Tuesday 1 December 2026, 16 times available';
    await waitFor(() => page.root.querySelector('[data-date="2026-12-01"]')?.getAttribute('aria-label') === label, 'the slot free again');
    const stored = await callApi({ method: 'GET', path: `/v1/bookings/${detail.booking.uid}`, workspace: seed.workspace });
    expect(stored.body.status).to.equal('cancelled');
    expect(sessionStorage.getItem(`slotkit-checkout:${seed.workspace}`)).to.equal(null);
    await expectAccessible(page.el, 'calendar after choosing another time');
  });

  it('says so and starts again when the held booking expired before the customer came back', async () => {
    const seed = await seedWorkspace({ eventType: { price: { amount: 5000, currency: 'eur' } } });
    const first = await mountCalendar(seed);
    const { detail } = await bookAndStay(first);
    expect((await stripeCheckout('expire', detail.checkoutUrl)).status).to.equal(200);

    const page = await returnFrom(seed, detail.booking.uid, 'cancelled');
    const notice = await page.find('[part~="notice"]');
    expect(notice.textContent).to.equal('That booking was not paid in time and is no longer held. Please pick a time again.');
    expect(await page.gridName()).to.equal('November 2026');
    await expectAccessible(page.el, 'expired');
  });
});
