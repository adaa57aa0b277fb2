import { expect } from '@open-wc/testing';
import { focusTarget } from './grid-keys.ts';

const monday = { firstDayOfWeek: 1 };
const sunday = { firstDayOfWeek: 0 };

describe('focusTarget (date grid keyboard)', () => {
  it('moves by a day or a week with the arrows', () => {
    expect(focusTarget('ArrowRight', '2026-12-31', monday)).to.equal('2027-01-01');
    expect(focusTarget('ArrowLeft', '2026-12-01', monday)).to.equal('2026-11-30');
    expect(focusTarget('ArrowDown', '2026-12-29', monday)).to.equal('2027-01-05');
    expect(focusTarget('ArrowUp', '2026-12-03', monday)).to.equal('2026-11-26');
  });

  it('swaps left and right in right-to-left layouts', () => {
    expect(focusTarget('ArrowLeft', '2026-12-01', { ...monday, rtl: true })).to.equal('2026-12-02');
    expect(focusTarget('ArrowRight', '2026-12-01', { ...monday, rtl: true })).to.equal('2026-11-30');
  });

  it('goes to the start and end of the week as the locale counts it', () => {
    // Wednesday 2 December 2026
    expect(focusTarget('Home', '2026-12-02', monday)).to.equal('2026-11-30');
    expect(focusTarget('End', '2026-12-02', monday)).to.equal('2026-12-06');
    expect(focusTarget('Home', '2026-12-02', sunday)).to.equal('2026-11-29');
    expect(focusTarget('End', '2026-12-02', sunday)).to.equal('2026-12-05');
    expect(focusTarget('Home', '2026-11-29', sunday), 'already on the first day').to.equal('2026-11-29');
  });

  it('moves a month (Shift: a year) with PageUp/PageDown, clamping the day', () => {
    expect(focusTarget('PageDown', '2027-01-31', monday)).to.equal('2027-02-28');
    expect(focusTarget('PageUp', '2027-03-31', monday)).to.equal('2027-02-28');
    expect(focusTarget('PageDown', '2028-02-29', { ...monday, shiftKey: true })).to.equal('2029-02-28');
  });

  it('ignores other keys', () => {
    expect(focusTarget('a', '2026-12-01', monday)).to.equal(null);
    expect(focusTarget('Enter', '2026-12-01', monday)).to.equal(null);
  });
});
