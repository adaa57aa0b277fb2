import type { Slot } from './types.ts';

/** A slot offered by one or more hosts of a multi-host event type. */
export interface HostSlot extends Slot {
  /** Hosts offering this exact slot, most seats left first, ties in input order. */
  hostIds: string[];
}

/** One viewer-local date of merged multi-host slots. */
export interface HostDaySlots {
  date: string;
  slots: HostSlot[];
}

/**
 * Union of several hosts' slots (each computed with the same viewer zone): slots with the same
 * date, start and end become one, with `seatsLeft` the maximum over the hosts offering it and
 * `hostIds` ordered by that host's `seatsLeft` descending, then input order. Days are sorted by
 * date, slots by start (then end); empty days are omitted.
 */
export function mergeHostSlots(perHost: readonly { hostId: string; days: readonly { date: string; slots: readonly Slot[] }[] }[]): HostDaySlots[] {
  const entries: { date: string; start: number; end: number; seatsLeft: number; host: number }[] = [];
  perHost.forEach((host, index) => {
    for (const day of host.days) {
      for (const slot of day.slots) entries.push({ date: day.date, start: slot.start, end: slot.end, seatsLeft: slot.seatsLeft, host: index });
    }
  });
  entries.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      a.start - b.start ||
      a.end - b.end ||
      b.seatsLeft - a.seatsLeft ||
      a.host - b.host,
  );

  const days: HostDaySlots[] = [];
  let day: HostDaySlots | undefined;
  let slot: HostSlot | undefined;
  for (const entry of entries) {
    if (day === undefined || day.date !== entry.date) {
      day = { date: entry.date, slots: [] };
      days.push(day);
      slot = undefined;
    }
    const hostId = perHost[entry.host]!.hostId;
    if (slot !== undefined && slot.start === entry.start && slot.end === entry.end) {
      // Entries arrive with the most seats first, so the first one already set seatsLeft.
      if (!slot.hostIds.includes(hostId)) slot.hostIds.push(hostId);
    } else {
      slot = { start: entry.start, end: entry.end, seatsLeft: entry.seatsLeft, hostIds: [hostId] };
      day.slots.push(slot);
    }
  }
  return days;
}
