import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context, Middleware, Next } from 'koa';
import { AppError } from '../errors.ts';
import { escapeHtml } from '../escape-html.ts';
import { bookingByManageToken } from '../services/bookings.ts';
import { bookableEventType } from '../services/event-types.ts';
import { workspaceBySlug } from '../services/workspaces.ts';
import { slug, workspaceSlug } from './schemas/common.ts';
import { WIDGET_SCRIPT_PATH } from './widget-assets.ts';

/** The pages' only stylesheet; allowed by its hash, so the CSP needs no 'unsafe-inline'. */
const PAGE_CSS = `:root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.5}
body{margin:0;min-height:100vh;display:grid;place-items:start center;background:Canvas;color:CanvasText}
main{width:min(100% - 2rem,44rem);padding:2rem 0}
h1{font-size:1.5rem;margin:0 0 1rem}`;
const PAGE_CSS_HASH = `'sha256-${createHash('sha256').update(PAGE_CSS).digest('base64')}'`;

/** Scripts, data and images from this server only: the widget talks to the origin it came from. */
const PAGE_CSP = [
  "default-src 'self'", "script-src 'self'", `style-src 'self' ${PAGE_CSS_HASH}`, "img-src 'self' data:",
  "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

/** One hosted page: a heading and the widget, in the language of its strings (English). */
function renderPage(options: { title: string; heading: string; element: string; noIndex?: boolean }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
${options.noIndex ? '<meta name="robots" content="noindex">\n' : ''}<title>${escapeHtml(options.title)}</title>
<style>${PAGE_CSS}</style>
<script type="module" src="${WIDGET_SCRIPT_PATH}"></script>
</head>
<body>
<main>
<h1>${escapeHtml(options.heading)}</h1>
${options.element}
</main>
</body>
</html>
`;
}

/** `name="value"` pairs for an element, escaped. */
const attributes = (values: Record<string, string | undefined>) => Object.entries(values)
  .filter((entry): entry is [string, string] => entry[1] !== undefined)
  .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');

function sendPage(ctx: Context, html: string, cache: string): void {
  ctx.set({ 'Content-Security-Policy': PAGE_CSP, 'Cache-Control': cache });
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = html;
}

/** Path parameters that cannot name anything are a 404 like any unknown page. */
function parsed<T>(schema: { safeParse: (value: unknown) => { success: true; data: T } | { success: false } }, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw AppError.notFound(what);
  return result.data;
}

// Raw (undecoded) path segments: slugs and uids never need percent-encoding, so anything encoded is a 404.
const BOOK_PATH = /^\/book\/([^/]+)(?:\/([^/]+))?\/?$/;
const MANAGE_PATH = /^\/manage\/([^/]+)\/?$/;

/** A booking page: the workspace's event types, or straight to one of them. */
async function bookingPage(ctx: Context, workspaceParam: string, eventTypeParam: string | undefined): Promise<string> {
  const em = ctx.state.em as EntityManager;
  const workspace = await workspaceBySlug(em, parsed(workspaceSlug, workspaceParam, 'Workspace'));
  const eventType = eventTypeParam === undefined ? undefined
    : await bookableEventType(em, workspace.id, { slug: parsed(slug, eventTypeParam, 'Event type') });
  return renderPage({
    title: eventType ? `${eventType.title} · ${workspace.name}` : `Book with ${workspace.name}`,
    // The widget titles the event type itself; the page says whose booking page this is.
    heading: workspace.name,
    element: `<booking-calendar${attributes({ workspace: workspace.slug, 'event-type': eventType?.slug })}></booking-calendar>`,
  });
}

/** The manage page of one booking; a wrong token is a 404, as on the API. */
async function managePage(ctx: Context, uid: string): Promise<string> {
  const em = ctx.state.em as EntityManager;
  const token = typeof ctx.query.token === 'string' ? ctx.query.token : undefined;
  const booking = await bookingByManageToken(em, uid, token);
  await em.populate(booking, ['workspace']);
  return renderPage({
    title: `Your booking · ${booking.eventType.title}`,
    heading: 'Your booking',
    element: `<booking-calendar${attributes({
      workspace: booking.workspace.slug, 'event-type': booking.eventType.slug, 'booking-uid': booking.uid, token,
    })}></booking-calendar>`,
    noIndex: true,
  });
}

/**
 * Pages the server hosts for people without a site of their own, each embedding the widget
 * from this server: `GET /book/{workspace}`, `GET /book/{workspace}/{eventType}` (booking) and
 * `GET /manage/{uid}?token=…` (the manage link of emails, invites and the widget).
 * Unknown workspaces, event types and bookings (or a wrong token) answer 404.
 */
export function hostedPages(): Middleware {
  return async function hostedPagesMiddleware(ctx: Context, next: Next): Promise<void> {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    const book = BOOK_PATH.exec(ctx.path);
    if (book) return sendPage(ctx, await bookingPage(ctx, book[1]!, book[2]), 'no-cache');
    const manage = MANAGE_PATH.exec(ctx.path);
    // The page holds the manage token: never cached, never indexed.
    if (manage) return sendPage(ctx, await managePage(ctx, manage[1]!), 'no-store');
    return next();
  };
}
