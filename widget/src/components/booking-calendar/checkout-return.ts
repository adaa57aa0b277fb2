// Where a customer comes back from Stripe Checkout: the page they booked on, with
// `slotkit_booking=<uid>&slotkit_payment=success|cancelled` added by the server, and the
// booking's manage token kept in sessionStorage (per workspace) before they left.

/** What the widget keeps while the customer pays: enough to manage the held booking on return. */
export interface StoredCheckout {
  uid: string;
  token: string;
  /** When the slot stops being held (the Checkout session's expiry). */
  expiresAt?: string;
}

/** What the page's address says about a return from Checkout. */
export interface CheckoutReturn {
  uid: string;
  paid: boolean;
}

const key = (workspace: string) => `slotkit-checkout:${workspace}`;

/** `href` without the `slotkit_*` parameters a previous return from Checkout left in it. */
export function withoutSlotkitParams(href: string): string {
  const url = new URL(href);
  for (const name of [...url.searchParams.keys()]) if (name.startsWith('slotkit_')) url.searchParams.delete(name);
  return url.href;
}

/** The return from Checkout `href` describes, if any. */
export function checkoutReturn(href: string): CheckoutReturn | undefined {
  const params = new URL(href).searchParams;
  const uid = params.get('slotkit_booking');
  const outcome = params.get('slotkit_payment');
  return uid && outcome ? { uid, paid: outcome === 'success' } : undefined;
}

/** Keeps (or, with `undefined`, forgets) a workspace's booking awaiting payment; storage failures (private modes) are ignored. */
export function storeCheckout(workspace: string, value: StoredCheckout | undefined): void {
  try {
    if (value) sessionStorage.setItem(key(workspace), JSON.stringify(value));
    else sessionStorage.removeItem(key(workspace));
  } catch { /* without storage the return shows the calendar again */ }
}

/** The booking awaiting payment that this tab kept for a workspace. */
export function storedCheckout(workspace: string): StoredCheckout | undefined {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(key(workspace)) ?? 'null');
    return value && typeof value === 'object' && 'uid' in value && 'token' in value ? value as StoredCheckout : undefined;
  } catch {
    return undefined;
  }
}
