import type { PublicResources, Slots } from '@slotkit/sdk';
import { addMonths, type DateKey, endOfMonth, startOfMonth } from './date-key.ts';

/** One free slot, as the API lists it. */
export type Slot = Slots['days'][number]['slots'][number];

/** The length of a slot (or any start/end pair) in whole minutes. */
export function slotMinutes(slot: { start: string; end: string }): number {
  return Math.round((Date.parse(slot.end) - Date.parse(slot.start)) / 60_000);
}

/** The free slots of a month by local date (days without slots are absent). */
export type MonthSlots = Map<DateKey, Slot[]>;

/** What identifies a month of slots, besides the month. */
export interface SlotQuery {
  site: PublicResources;
  /** Distinguishes caches of different servers or workspaces. */
  scope: string;
  eventType: string;
  timezone: string;
  duration: number | undefined;
}

/**
 * Loads free slots a month at a time and keeps them, so the next month (prefetched) and going
 * back cost nothing. A request made with an AbortSignal is dropped from the cache when it fails
 * or is aborted, so switching months quickly never leaves a dead entry.
 */
export class SlotMonths {
  #cache = new Map<string, Promise<MonthSlots>>();

  /** The slots of the month containing `month`. */
  load(query: SlotQuery, month: DateKey, signal?: AbortSignal): Promise<MonthSlots> {
    const first = startOfMonth(month);
    const id = [query.scope, query.eventType, query.timezone, query.duration ?? '', first].join('|');
    let pending = this.#cache.get(id);
    if (!pending) {
      const { site, eventType, timezone, duration } = query;
      pending = site.slots.list({ eventType, timezone, from: first, to: endOfMonth(first), ...(duration ? { duration } : {}) }, { ...(signal ? { signal } : {}) })
        .then((slots) => new Map(slots.days.filter((d) => d.slots.length > 0).map((d) => [d.date, d.slots])));
      this.#cache.set(id, pending);
      pending.catch(() => { if (this.#cache.get(id) === pending) this.#cache.delete(id); });
    }
    return pending;
  }

  /** Loads the month after `month` in the background; failures are ignored (it loads again on demand). */
  prefetch(query: SlotQuery, month: DateKey): void {
    this.load(query, addMonths(startOfMonth(month), 1)).catch(() => undefined);
  }

  /** The first day with slots in the `months` months after `month`, looking one month at a time. */
  async nextAvailable(query: SlotQuery, month: DateKey, months: number, signal?: AbortSignal): Promise<DateKey | undefined> {
    for (let i = 1; i <= months; i++) {
      const slots = await this.load(query, addMonths(startOfMonth(month), i), signal);
      const first = [...slots.keys()].sort()[0];
      if (first) return first;
    }
    return undefined;
  }

  /** Forgets every month (after a booking or a 409, when slots changed). */
  clear(): void {
    this.#cache.clear();
  }
}
