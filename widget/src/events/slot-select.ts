import { SlotkitEvent } from './slotkit-event.ts';

/** What `slotkit-slot-select` carries: the chosen slot. */
export interface SlotSelectDetail {
  /** Start instant, UTC ISO string. */
  start: string;
  /** End instant, UTC ISO string. */
  end: string;
  /** Length in minutes. */
  duration: number;
}

/** Dispatched when the customer picks a time. */
export class SlotSelectEvent extends SlotkitEvent<SlotSelectDetail> {
  constructor(detail: SlotSelectDetail) {
    super('slotkit-slot-select', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'slotkit-slot-select': SlotSelectEvent;
  }
}
