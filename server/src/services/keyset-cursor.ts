import { AppError } from '../errors.ts';

/** A canonical UUID; looser strings (e.g. 36 dashes) make PostgreSQL's uuid cast fail with a 500. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The opaque cursor of a keyset page: the last row's instant and id. */
export function encodeKeysetCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

/** The instant and id inside a cursor from `encodeKeysetCursor`; 422 for anything else. */
export function decodeKeysetCursor(cursor: string): [Date, string] {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  // Accept only what encodeKeysetCursor writes: a 4-digit-year ISO instant (years PostgreSQL
  // can hold; a forged `-271821-...` made the query fail with a 500) and a real UUID.
  const canonical = !Number.isNaN(date.getTime()) && date.toISOString() === at && /^\d{4}-/.test(at);
  if (!id || !canonical || !UUID.test(id)) throw AppError.validation([{ path: 'cursor', message: 'is not a cursor from this API' }]);
  return [date, id];
}

/**
 * One page from rows fetched with `limit + 1`: the extra row only tells that more follow, and
 * the cursor names the last row kept (by `keyOf`: its instant and id).
 */
export function keysetPage<Row>(rows: Row[], limit: number, keyOf: (row: Row) => [Date | string, string]): { data: Row[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const data = more ? rows.slice(0, limit) : rows;
  const last = data[data.length - 1];
  if (!more || !last) return { data, nextCursor: null };
  const [at, id] = keyOf(last);
  return { data, nextCursor: encodeKeysetCursor(new Date(at), id) };
}
