import { executeServerCommand } from '@web/test-runner-commands';

/** Where a seeded workspace lives. */
export interface Seeded {
  api: string;
  workspace: string;
  /** The server's fixed "now" (ISO); pin the element's `now` to it. */
  now: string;
  /** The seeded host and its schedule. */
  hostId: string;
  scheduleId: string;
}

/** Seeds a workspace on the run's Slotkit server (see `test/fixtures/test-api.ts`). */
export function seedWorkspace(options: { timezone?: string; eventType?: Record<string, unknown> } = {}): Promise<Seeded> {
  return executeServerCommand('slotkit-seed', options) as Promise<Seeded>;
}

/** Calls the API from the Node side; with `workspace`, as its owner (admin routes). */
export function callApi<T = any>(call: { method: string; path: string; body?: unknown; workspace?: string }): Promise<{ status: number; body: T }> {
  return executeServerCommand('slotkit-request', call) as Promise<{ status: number; body: T }>;
}

/** At the fake Stripe: pays a Checkout session (its signed `checkout.session.completed` reaches the server) or expires it. */
export function stripeCheckout(action: 'complete' | 'expire', checkoutUrl: string): Promise<{ status: number }> {
  return executeServerCommand('slotkit-stripe', { action, checkoutUrl }) as Promise<{ status: number }>;
}
