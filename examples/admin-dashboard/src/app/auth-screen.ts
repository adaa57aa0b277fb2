import { css, html, LitElement } from 'lit';
import { RateLimitedError, UnauthorizedError, ValidationError, type Slotkit } from '@slotkit/sdk';
import '../components/form-field.ts';
import { defineElement } from '../components/define-element.ts';
import { sharedStyles } from '../styles/shared.ts';
import { errorMessage, type Session } from './api.ts';

/** Which screen: sign in, first-run setup, forgot password, reset password (token), accept invite (token). */
export type AuthMode = 'sign-in' | 'setup' | 'forgot' | 'reset' | 'invite';

/** A screen signed the person in. */
export class SignedInEvent extends Event {
  readonly session: Session;
  constructor(session: Session) {
    super('sk-signed-in', { bubbles: true, composed: true });
    this.session = session;
  }
}

const LAST_WORKSPACE_KEY = 'slotkit-admin-workspace';
const PASSWORD_HINT = 'At least 10 characters.';

/** "Try again in 2 minutes" from a Retry-After in seconds. */
export function waitText(seconds: number | undefined): string {
  if (seconds === undefined) return 'Try again in a little while.';
  if (seconds < 60) return `Try again in ${Math.max(1, Math.ceil(seconds))} seconds.`;
  const minutes = Math.ceil(seconds / 60);
  return `Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

function formFields(form: HTMLFormElement): Record<string, string> {
  return Object.fromEntries([...new FormData(form)].map(([key, value]) => [key, String(value).trim()]));
}

/**
 * The screens before the dashboard: sign in (workspace, email, password), first-run setup
 * with the owner API key, forgot password, reset password and accept invite (from emailed
 * links). Errors show inline, next to the form.
 * @summary Sign-in and account screens.
 * @event sk-signed-in - Signed in; `session` is the new session.
 */
export class AuthScreen extends LitElement {
  static override properties = {
    api: { attribute: false }, mode: {}, token: {}, error: { state: true }, notice: { state: true },
    busy: { state: true }, workspace: { state: true }, fieldErrors: { state: true },
  };
  static override styles = [sharedStyles, css`
    :host{min-height:100dvh;display:grid;place-items:center;padding:1rem}
    main{width:min(100%,26rem)}
    .brand{font-weight:700;font-size:1.1rem;margin-bottom:1rem;display:flex;gap:.5rem;align-items:center}
    .logo{display:inline-grid;place-items:center;width:1.8rem;height:1.8rem;border-radius:.45rem;background:var(--sk-accent);color:var(--sk-accent-text);font-weight:800}
    form{display:flex;flex-direction:column;gap:.9rem;margin-top:1rem}
    h1:focus{outline:none}
    .alert{border-radius:var(--sk-radius);padding:.6rem .75rem;background:var(--sk-danger-soft);color:var(--sk-danger)}
    .notice{border-radius:var(--sk-radius);padding:.6rem .75rem;background:var(--sk-success-soft);color:var(--sk-success)}
    .links{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem;margin-top:1rem;font-size:.9rem}
    button.primary{width:100%}
  `];
  declare api: Slotkit;
  declare mode: AuthMode;
  /** The emailed token (reset and invite). */
  declare token: string | undefined;
  declare error: string | undefined;
  declare notice: string | undefined;
  declare busy: boolean;
  declare workspace: string;
  declare fieldErrors: Record<string, string>;

  constructor() {
    super();
    this.mode = 'sign-in';
    this.busy = false;
    this.fieldErrors = {};
    this.workspace = new URLSearchParams(location.search).get('workspace') ?? this.#lastWorkspace();
  }

  #lastWorkspace(): string {
    try { return localStorage.getItem(LAST_WORKSPACE_KEY) ?? ''; } catch { return ''; }
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('mode')) {
      this.error = undefined;
      this.fieldErrors = {};
    }
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (changed.has('mode')) {
      document.title = `${this.#heading()} · Slotkit`;
      if (changed.get('mode') !== undefined) this.renderRoot.querySelector('h1')?.focus();
    }
  }

  #heading(): string {
    return { 'sign-in': 'Sign in', setup: 'Set up your workspace', forgot: 'Reset your password', reset: 'Choose a new password', invite: 'Join your team' }[this.mode];
  }

  async #submit(event: SubmitEvent, action: (values: Record<string, string>) => Promise<Session | string>) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    if (!form.checkValidity()) return;
    this.busy = true;
    this.error = undefined;
    this.notice = undefined;
    this.fieldErrors = {};
    try {
      const result = await action(formFields(form));
      if (typeof result === 'string') this.notice = result;
      else this.dispatchEvent(new SignedInEvent(result));
    } catch (error) {
      this.#showError(error);
    } finally {
      this.busy = false;
    }
  }

  #showError(error: unknown) {
    if (error instanceof RateLimitedError) {
      this.error = `Too many attempts. ${waitText(error.retryAfter)}`;
    } else if (error instanceof UnauthorizedError && this.mode === 'sign-in') {
      this.error = 'The workspace, email or password is not right.';
    } else if (error instanceof ValidationError && error.errors.length) {
      this.fieldErrors = Object.fromEntries(error.errors.map((e) => [e.path.split('.').at(-1) ?? e.path, e.message]));
      this.error = 'Please correct the fields below.';
    } else {
      this.error = errorMessage(error);
    }
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.alert')?.focus());
  }

  #rememberWorkspace(slug: string) {
    this.workspace = slug;
    try { localStorage.setItem(LAST_WORKSPACE_KEY, slug); } catch { /* convenience only */ }
  }

  /** After the workspace is typed: if its owner has no password yet, offer first-run setup. */
  async #checkSetup(event: Event) {
    const slug = (event.target as HTMLInputElement).value.trim();
    if (!slug) return;
    try {
      const { needed } = await this.api.auth.setupNeeded(slug);
      if (needed && this.mode === 'sign-in') {
        this.workspace = slug;
        this.notice = 'This workspace has no password yet. Set it up with the owner API key first.';
        location.hash = '#/setup';
      }
    } catch { /* unknown workspace or offline: signing in will say so */ }
  }

  protected override render() {
    return html`<main>
      <div class="brand"><span class="logo" aria-hidden="true">S</span>Slotkit</div>
      <div class="card">
        <h1 tabindex="-1">${this.#heading()}</h1>
        ${this.error ? html`<p class="alert" role="alert" tabindex="-1">${this.error}</p>` : ''}
        ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : ''}
        ${this.#form()}
      </div>
      ${this.#links()}
    </main>`;
  }

  #workspaceField() {
    return html`<sk-form-field label="Workspace" name="workspace" required autocomplete="organization" .value=${this.workspace}
      hint="The short name in your booking links, e.g. acme." .error=${this.fieldErrors.workspace} @change=${this.#checkSetup}></sk-form-field>`;
  }

  #passwordField(label: string, autocomplete: string) {
    return html`<sk-form-field label=${label} name="password" type="password" required minlength="10" maxlength="200"
      autocomplete=${autocomplete} .hint=${autocomplete === 'new-password' ? PASSWORD_HINT : undefined} .error=${this.fieldErrors.password}></sk-form-field>`;
  }

  #form() {
    const auth = this.api.auth;
    const submit = (label: string) => html`<button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? 'Please wait…' : label}</button>`;
    switch (this.mode) {
      case 'sign-in':
        return html`<form @submit=${(e: SubmitEvent) => this.#submit(e, async (v) => {
          this.#rememberWorkspace(v.workspace ?? '');
          return auth.login({ workspace: v.workspace ?? '', email: v.email ?? '', password: v.password ?? '' });
        })}>
          ${this.#workspaceField()}
          <sk-form-field label="Email" name="email" type="email" required autocomplete="username" .error=${this.fieldErrors.email}></sk-form-field>
          ${this.#passwordField('Password', 'current-password')}
          ${submit('Sign in')}
        </form>`;
      case 'setup':
        return html`<p class="muted">Prove you own the workspace with its owner API key (<span class="mono">sk_…</span>), then choose your password.</p>
          <form @submit=${(e: SubmitEvent) => this.#submit(e, async (v) => {
            this.#rememberWorkspace(v.workspace ?? '');
            return auth.setup({ workspace: v.workspace ?? '', apiKey: v.apiKey ?? '', password: v.password ?? '', ...(v.name ? { name: v.name } : {}) });
          })}>
          ${this.#workspaceField()}
          <sk-form-field label="Owner API key" name="apiKey" type="password" required autocomplete="off" .error=${this.fieldErrors.apiKey}></sk-form-field>
          <sk-form-field label="Your name" name="name" autocomplete="name"></sk-form-field>
          ${this.#passwordField('New password', 'new-password')}
          ${submit('Set password and sign in')}
        </form>`;
      case 'forgot':
        return html`<p class="muted">We will email you a link to choose a new password.</p>
          <form @submit=${(e: SubmitEvent) => this.#submit(e, async (v) => {
            await auth.requestPasswordReset({ workspace: v.workspace ?? '', email: v.email ?? '' });
            return 'If that account exists, a reset link is on its way. Check your inbox.';
          })}>
          ${this.#workspaceField()}
          <sk-form-field label="Email" name="email" type="email" required autocomplete="username"></sk-form-field>
          ${submit('Send reset link')}
        </form>`;
      case 'reset':
        if (!this.token) return html`<p class="alert" role="alert">This reset link is incomplete. Ask for a new one.</p>`;
        return html`<form @submit=${(e: SubmitEvent) => this.#submit(e, async (v) => {
          await auth.resetPassword({ token: this.token ?? '', password: v.password ?? '' });
          return 'Your password is changed. Sign in with it now.';
        })}>
          ${this.#passwordField('New password', 'new-password')}
          ${submit('Change password')}
        </form>`;
      case 'invite':
        if (!this.token) return html`<p class="alert" role="alert">This invitation link is incomplete. Ask for a new one.</p>`;
        return html`<form @submit=${(e: SubmitEvent) => this.#submit(e, (v) =>
          auth.acceptInvite({ token: this.token ?? '', password: v.password ?? '', ...(v.name ? { name: v.name } : {}) }))}>
          <sk-form-field label="Your name" name="name" autocomplete="name"></sk-form-field>
          ${this.#passwordField('Choose a password', 'new-password')}
          ${submit('Join and sign in')}
        </form>`;
    }
  }

  #links() {
    if (this.mode === 'sign-in') {
      return html`<p class="links"><a href="#/forgot-password">Forgot your password?</a>
        <a href="#/setup">First run? Set up your workspace</a></p>`;
    }
    return html`<p class="links"><a href="#/">Back to sign in</a></p>`;
  }
}

defineElement('sk-auth-screen', AuthScreen);

declare global {
  interface HTMLElementTagNameMap { 'sk-auth-screen': AuthScreen }
  interface HTMLElementEventMap { 'sk-signed-in': SignedInEvent }
}
