/**
 * Turns a one-page `list` call into an async iterator over every item: it fetches the next
 * page (passing `nextCursor` back as `cursor`) only as the loop reaches it.
 */
export function allPages(list) {
    return async function* listAll(query = {}, o) {
        let cursor;
        do {
            const page = await list({ ...query, cursor }, o);
            yield* page.data;
            cursor = page.nextCursor ?? undefined;
        } while (cursor);
    };
}
