import type { RequestOptions } from './request.ts';
import type { Page } from './types.ts';
/**
 * Turns a one-page `list` call into an async iterator over every item: it fetches the next
 * page (passing `nextCursor` back as `cursor`) only as the loop reaches it.
 */
export declare function allPages<Query extends {
    cursor?: string | undefined;
}, Item>(list: (query: Query, o?: RequestOptions) => Promise<Page<Item>>): (query?: Omit<Query, 'cursor'>, o?: RequestOptions) => AsyncGenerator<Item, void, undefined>;
