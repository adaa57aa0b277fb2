import { SlotkitEvent } from './slotkit-event.ts';

/** What `slotkit-error` carries. */
export interface SlotkitErrorDetail {
  /** The failure (usually an SDK `SlotkitError`). */
  error: unknown;
  /** A stable code: the API's problem code, `connection_error`, `timeout` or `unknown`. */
  code: string;
}

/** Dispatched when loading or sending failed (the element also shows the error). */
export class SlotkitErrorEvent extends SlotkitEvent<SlotkitErrorDetail> {
  constructor(detail: SlotkitErrorDetail) {
    super('slotkit-error', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'slotkit-error': SlotkitErrorEvent;
  }
}
