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
