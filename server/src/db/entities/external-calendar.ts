import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAt, updatedAt, uuidPrimaryKey } from './common.ts';
import { Host } from './host.ts';
import { Workspace } from './workspace.ts';

/** Where a feed stands: never fetched yet, last fetch parsed, or last fetch failed. */
export const EXTERNAL_CALENDAR_STATUSES = ['pending', 'ok', 'error'] as const;
/** The sync status of an external calendar. */
export type ExternalCalendarStatus = (typeof EXTERNAL_CALENDAR_STATUSES)[number];

/**
 * An ICS feed (a Google, Outlook or iCloud secret address) whose events make a host busy.
 * The address is a credential: it is stored sealed under SECRET_KEY and only a masked form
 * is ever shown. Busy times live in `ExternalBusy`, replaced on each successful refresh.
 */
export const ExternalCalendar = defineEntity({
  name: 'ExternalCalendar',
  properties: {
    id: uuidPrimaryKey(),
    workspace: () => p.manyToOne(Workspace).deleteRule('cascade'),
    host: () => p.manyToOne(Host).deleteRule('cascade'),
    name: p.string(),
    /** The feed URL, AES-GCM sealed (see `sealer`). */
    urlSealed: p.text(),
    /** What the API shows instead, e.g. `https://calendar.google.com/…/basic.ics`. */
    urlMasked: p.string(),
    status: p.enum(EXTERNAL_CALENDAR_STATUSES),
    lastSyncedAt: p.datetime().nullable(),
    /** Why the last refresh failed (or what it had to leave out); null when all went well. */
    lastError: p.text().nullable(),
    /** Failed refreshes in a row, for the backoff. */
    failures: p.integer(),
    nextRefreshAt: p.datetime(),
    /** Busy intervals stored by the last successful refresh. */
    busyCount: p.integer(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  indexes: [
    { properties: ['workspace', 'createdAt'] },
    { properties: ['nextRefreshAt'] },
  ],
});
/** An external calendar row. */
export type IExternalCalendar = InferEntity<typeof ExternalCalendar>;
