/**
 * Raw SQL rows (`em.execute`) carry timestamps as PostgreSQL text and json/jsonb either
 * parsed or as text, depending on the driver's type parsers: read them through these.
 */

/** A json/jsonb column's value, whether the driver parsed it or not. */
export function jsonColumn<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
