/** One screen of the dashboard: its hash path pattern, page element and nav label. */
export interface RouteDef {
  /** Path pattern with `:params`, e.g. `/bookings/:uid`. */
  pattern: string;
  /** The page's folder and element name: `sk-page-<page>` in `src/pages/<page>/<page>-page.ts`. */
  page: string;
  /** Title until the page says its own. */
  title: string;
}

/** Every route of the dashboard, most specific first (the first match wins). */
export const ROUTES: readonly RouteDef[] = [
  { pattern: '/bookings', page: 'bookings', title: 'Bookings' },
  { pattern: '/bookings/calendar', page: 'booking-calendar-view', title: 'Calendar' },
  { pattern: '/bookings/:uid', page: 'booking-detail', title: 'Booking' },
  { pattern: '/analytics', page: 'analytics', title: 'Analytics' },
  { pattern: '/event-types', page: 'event-types', title: 'Event types' },
  { pattern: '/event-types/new', page: 'event-type-editor', title: 'New event type' },
  { pattern: '/event-types/:id', page: 'event-type-editor', title: 'Event type' },
  { pattern: '/schedules', page: 'schedules', title: 'Schedules' },
  { pattern: '/schedules/new', page: 'schedule-editor', title: 'New schedule' },
  { pattern: '/schedules/:id', page: 'schedule-editor', title: 'Schedule' },
  { pattern: '/hosts', page: 'hosts', title: 'Hosts' },
  { pattern: '/members', page: 'members', title: 'Members' },
  { pattern: '/api-keys', page: 'api-keys', title: 'API keys' },
  { pattern: '/payments', page: 'payments', title: 'Payments' },
  { pattern: '/payments/:id', page: 'payment-detail', title: 'Payment' },
  { pattern: '/webhooks', page: 'webhooks', title: 'Webhooks' },
  { pattern: '/emails', page: 'emails', title: 'Emails' },
  { pattern: '/embed', page: 'embed', title: 'Embed' },
  { pattern: '/settings', page: 'settings', title: 'Settings' },
];

/** Hash routes of the account screens, shown whether signed in or not (links from emails among them). */
export const AUTH_ROUTES = {
  '/setup': 'setup',
  '/forgot-password': 'forgot',
  '/reset-password': 'reset',
  '/accept-invite': 'invite',
} as const;

/** Where `#/` and unknown paths go. */
export const DEFAULT_PATH = '/bookings';

/** A hash resolved to a route: its definition and params (path params and query, merged). */
export interface RouteMatch {
  route: RouteDef | undefined;
  path: string;
  params: Record<string, string>;
}

/** Splits `#/bookings?status=confirmed` into path and query params. */
export function parseHash(hash: string): { path: string; query: Record<string, string> } {
  const raw = hash.replace(/^#/, '') || '/';
  const [pathPart = '/', queryPart = ''] = raw.split('?', 2);
  const path = `/${pathPart.replace(/^\/+|\/+$/g, '')}`;
  return { path, query: Object.fromEntries(new URLSearchParams(queryPart)) };
}

/** Matches a hash against `ROUTES`; an unknown path gives `route: undefined`. */
export function matchRoute(hash: string, routes: readonly RouteDef[] = ROUTES): RouteMatch {
  const { path, query } = parseHash(hash);
  const segments = path.split('/').filter(Boolean);
  for (const route of routes) {
    const parts = route.pattern.split('/').filter(Boolean);
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = parts.every((part, i) => {
      const segment = segments[i] ?? '';
      if (part.startsWith(':')) {
        try { params[part.slice(1)] = decodeURIComponent(segment); } catch { return false; }
        return true;
      }
      return part === segment;
    });
    if (matches) return { route, path, params: { ...query, ...params } };
  }
  return { route: undefined, path, params: query };
}

/** Builds `#/path?query` from a path and params (empty values left out). */
export function buildHash(path: string, query: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') search.set(key, value);
  const text = search.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}
