/** Every IANA time zone the browser knows (just UTC in engines without `supportedValuesOf`). */
export function allTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? ['UTC'];
}

const normalise = (text: string) => text.toLowerCase().replace(/[_/]+/g, ' ');

/**
 * The zones matching a search, best first: each word of the query must occur in the zone's
 * name (ignoring case, `_` and `/`); zones whose city starts with the query come first.
 */
export function searchTimeZones(zones: readonly string[], query: string, limit = 50): string[] {
  const words = normalise(query).split(' ').filter(Boolean);
  if (words.length === 0) return zones.slice(0, limit);
  const matches = zones.filter((zone) => { const name = normalise(zone); return words.every((w) => name.includes(w)); });
  const city = (zone: string) => normalise(zone.slice(zone.lastIndexOf('/') + 1));
  const first = words.join(' ');
  matches.sort((a, b) => Number(!city(a).startsWith(first)) - Number(!city(b).startsWith(first)));
  return matches.slice(0, limit);
}
