import { expect } from '@open-wc/testing';
import { checkoutReturn, storeCheckout, storedCheckout, withoutSlotkitParams } from './checkout-return.ts';

describe('checkout return', () => {
  afterEach(() => sessionStorage.clear());

  it('reads a return from Checkout, and removes only the slotkit_ parameters', () => {
    const back = 'https://shop.example/book?ref=mail&slotkit_booking=bk_1&slotkit_payment=success#top';
    expect(checkoutReturn(back)).to.deep.equal({ uid: 'bk_1', paid: true });
    expect(checkoutReturn(back.replace('success', 'cancelled'))).to.deep.equal({ uid: 'bk_1', paid: false });
    expect(checkoutReturn('https://shop.example/book?slotkit_booking=bk_1')).to.equal(undefined);
    expect(withoutSlotkitParams(back)).to.equal('https://shop.example/book?ref=mail#top');
    expect(withoutSlotkitParams('https://shop.example/?slotkit_payment=cancelled')).to.equal('https://shop.example/');
  });

  it('keeps one booking per workspace in sessionStorage, and forgets it', () => {
    storeCheckout('acme', { uid: 'bk_1', token: 't1', expiresAt: '2026-11-30T08:30:00Z' });
    storeCheckout('other', { uid: 'bk_2', token: 't2' });
    expect(storedCheckout('acme')).to.deep.equal({ uid: 'bk_1', token: 't1', expiresAt: '2026-11-30T08:30:00Z' });
    storeCheckout('acme', undefined);
    expect(storedCheckout('acme')).to.equal(undefined);
    expect(storedCheckout('other')).to.deep.equal({ uid: 'bk_2', token: 't2' });
    sessionStorage.setItem('slotkit-checkout:broken', '{');
    expect(storedCheckout('broken')).to.equal(undefined);
  });
});
