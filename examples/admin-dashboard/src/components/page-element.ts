import { LitElement, type CSSResult, type PropertyDeclarations } from 'lit';
import type { Slotkit } from '@slotkit/sdk';
import type { Session } from '../app/api.ts';
import { sharedStyles } from '../styles/shared.ts';

/**
 * Base class of every `sk-page-*` element: the shell sets `api`, `session` and `params`
 * (route params and the hash's query, merged) and replaces `params` only on navigation.
 * Subclasses add their own `static properties` (Lit merges them with these) and list
 * `sharedStyles` first in `static styles`.
 */
export class PageElement extends LitElement {
  static override properties: PropertyDeclarations = {
    api: { attribute: false }, session: { attribute: false }, params: { attribute: false },
  };
  static override styles: CSSResult[] = [sharedStyles];
  /** The API client, signed in by the session cookie. */
  declare api: Slotkit;
  /** The signed-in member and workspace. */
  declare session: Session;
  /** Route params and the hash's query. */
  declare params: Record<string, string>;

  constructor() {
    super();
    this.params = {};
  }

  /** Whether the member may change things (viewers only read). */
  get canWrite(): boolean {
    return this.session?.member.role !== 'viewer';
  }

  /** Whether the member is an admin or the owner. */
  get isAdmin(): boolean {
    return this.session?.member.role === 'owner' || this.session?.member.role === 'admin';
  }
}
