import type { ComplexAttributeConverter } from 'lit';
import { warnOnce } from '../../dev-warnings.ts';

/** Reads the `metadata` attribute: a JSON object whose values become strings (the API stores strings). */
export const metadataConverter: ComplexAttributeConverter<Record<string, string>> = {
  fromAttribute(value: string | null) {
    if (!value) return {};
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
      }
    } catch { /* reported below */ }
    warnOnce('invalid-metadata', 'metadata must be a JSON object; ignored.');
    return {};
  },
  toAttribute: (value: Record<string, string>) => JSON.stringify(value),
};

/** Whether the engine knows an IANA zone name. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The browser's own time zone. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
