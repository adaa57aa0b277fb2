/** Encodes one path segment (a slug, id or uid) so it cannot change the route. */
export declare const seg: (value: string) => string;
