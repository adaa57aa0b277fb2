/** One link of the side navigation. */
export interface NavItem {
  path: string;
  label: string;
}

/** The side navigation, in groups. */
export const NAV_GROUPS: readonly { label: string; items: readonly NavItem[] }[] = [
  { label: 'Bookings', items: [
    { path: '/bookings', label: 'Bookings' },
    { path: '/bookings/calendar', label: 'Calendar' },
    { path: '/analytics', label: 'Analytics' },
    { path: '/payments', label: 'Payments' },
  ] },
  { label: 'Setup', items: [
    { path: '/event-types', label: 'Event types' },
    { path: '/schedules', label: 'Schedules' },
    { path: '/hosts', label: 'Hosts' },
    { path: '/embed', label: 'Embed' },
  ] },
  { label: 'Workspace', items: [
    { path: '/members', label: 'Members' },
    { path: '/api-keys', label: 'API keys' },
    { path: '/webhooks', label: 'Webhooks' },
    { path: '/emails', label: 'Emails' },
    { path: '/settings', label: 'Settings' },
  ] },
];

/** The nav item a path belongs to: the longest item path that is a prefix of it. */
export function activeNavPath(path: string): string | undefined {
  let best: string | undefined;
  for (const group of NAV_GROUPS) {
    for (const item of group.items) {
      const inside = path === item.path || path.startsWith(`${item.path}/`);
      if (inside && (!best || item.path.length > best.length)) best = item.path;
    }
  }
  return best;
}
