/** Payment statuses whose money was taken (what is left after refunds counts as revenue). */
const PAID_SQL = `('succeeded', 'partially_refunded', 'refunded', 'disputed')`;

/**
 * SQL rows `(currency, amount)` of net revenue (paid minus refunded, in minor units) of the
 * bookings `bookingIds` selects (a `select b.id ...` subquery), plus `extra` grouping columns
 * of the booking (e.g. its local start period). Currencies netting to zero are left out.
 */
export function netRevenueRowsSql(bookings: string, extra: string[] = []): string {
  // Grouped by position, so parameters inside `extra` are bound once.
  const positions = [...extra, 'p.currency'].map((_, i) => i + 1);
  return `select ${extra.map((e, i) => `${e} as k${i}, `).join('')}p.currency, sum(p.amount - p.amount_refunded) as amount
    from payment p join (${bookings}) b on b.id = p.booking_id
   where p.status in ${PAID_SQL}
   group by ${positions.join(', ')} having sum(p.amount - p.amount_refunded) <> 0`;
}

/** A SQL expression: `rows` (from `netRevenueRowsSql`) as a Money[] json array, by currency. */
export function moneyArraySql(rows: string): string {
  return `(select coalesce(json_agg(json_build_object('amount', r.amount, 'currency', r.currency) order by r.currency), '[]'::json) from (${rows}) r)`;
}
