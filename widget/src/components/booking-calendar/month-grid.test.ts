import { expect } from '@open-wc/testing';
import { monthGrid, weekdayOrder } from './month-grid.ts';

const days = (weeks: ReturnType<typeof monthGrid>) => weeks.map((w) => w.map((d) => (d ? Number(d.date.slice(8)) : 0)));

describe('monthGrid', () => {
  it('lays December 2026 out in weeks starting on Monday', () => {
    const weeks = days(monthGrid(2026, 12, 1, '2026-11-30'));
    expect(weeks).to.have.length(5);
    expect(weeks[0]).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
    expect(weeks[4]).to.deep.equal([28, 29, 30, 31, 0, 0, 0]);
  });

  it('lays it out in weeks starting on Sunday or Saturday', () => {
    expect(days(monthGrid(2026, 12, 0, '2026-11-30'))[0]).to.deep.equal([0, 0, 1, 2, 3, 4, 5]);
    expect(days(monthGrid(2026, 12, 6, '2026-11-30'))[0]).to.deep.equal([0, 0, 0, 1, 2, 3, 4]);
  });

  it('needs only four rows for a February that starts the week', () => {
    expect(days(monthGrid(2026, 2, 0, '2026-01-01'))).to.deep.equal([
      [1, 2, 3, 4, 5, 6, 7], [8, 9, 10, 11, 12, 13, 14], [15, 16, 17, 18, 19, 20, 21], [22, 23, 24, 25, 26, 27, 28],
    ]);
  });

  it('marks today and the past from the `today` it is given', () => {
    const cells = monthGrid(2026, 12, 1, '2026-12-02').flat().filter((d) => d !== null);
    expect(cells.filter((d) => d.past).map((d) => d.date)).to.deep.equal(['2026-12-01']);
    expect(cells.filter((d) => d.today).map((d) => d.date)).to.deep.equal(['2026-12-02']);
  });

  it('orders the weekday columns', () => {
    expect(weekdayOrder(1)).to.deep.equal([1, 2, 3, 4, 5, 6, 0]);
    expect(weekdayOrder(6)).to.deep.equal([6, 0, 1, 2, 3, 4, 5]);
  });
});
