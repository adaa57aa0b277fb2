/**
 * Links Slotkit sends to people (in API responses, emails and calendar invites). They point
 * at pages the server hosts, never at the JSON API, so a customer can open them in a browser.
 */

/** The hosted page where a customer sees, cancels or reschedules one booking. */
export function manageUrl(publicUrl: string, uid: string, token: string): string {
  return `${publicUrl.replace(/\/$/, '')}/manage/${encodeURIComponent(uid)}?token=${encodeURIComponent(token)}`;
}
