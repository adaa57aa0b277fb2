/** Encodes one path segment (a slug, id or uid) so it cannot change the route. */
export const seg = (value) => encodeURIComponent(value);
