/**
 * Where the framework examples book: the Slotkit API and workspace, from the page's query
 * (`?api=http://127.0.0.1:3000&workspace=acme`), else the demo of `pnpm start`.
 */
const query = new URLSearchParams(location.search);

/** The Slotkit server's origin. */
export const api = query.get('api') ?? 'http://localhost:3000';

/** The workspace whose intro call the examples book. */
export const workspace = query.get('workspace') ?? 'demo';
