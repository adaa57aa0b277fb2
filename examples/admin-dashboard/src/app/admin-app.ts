import { css, html, LitElement } from 'lit';
import type { Slotkit } from '@slotkit/sdk';
import '../components/page-header.ts';
import '../components/state-message.ts';
import '../components/toaster.ts';
import { defineElement } from '../components/define-element.ts';
import type { PageTitleEvent, PageHeader } from '../components/page-header.ts';
import type { PageElement } from '../components/page-element.ts';
import { showToast } from '../components/toaster.ts';
import { sharedStyles } from '../styles/shared.ts';
import { createClient, errorMessage, SESSION_EXPIRED_EVENT, setCsrfToken, type Session } from './api.ts';
import './auth-screen.ts';
import type { SignedInEvent } from './auth-screen.ts';
import { activeNavPath, NAV_GROUPS } from './nav-items.ts';
import { AUTH_ROUTES, DEFAULT_PATH, matchRoute, type RouteMatch } from './routes.ts';
import { applyTheme, currentTheme } from './theme.ts';

/**
 * The dashboard: checks the session, shows the account screens when signed out (or for an
 * emailed link), else the navigation and the page of the current hash route. Moves focus to
 * the page's heading after each navigation and keeps `document.title` in step.
 * @summary The admin dashboard application shell.
 */
export class AdminApp extends LitElement {
  static override properties = {
    session: { state: true }, match: { state: true }, navOpen: { state: true }, menuOpen: { state: true }, theme: { state: true },
  };
  static override styles = [sharedStyles, css`
    :host{min-height:100dvh}
    .skip:not(:focus){position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
    .skip:focus{position:absolute;left:.5rem;top:.5rem;z-index:100;border:2px solid var(--sk-accent)}
    .top{position:sticky;top:0;z-index:20;display:flex;align-items:center;gap:.5rem;padding:.5rem 1rem;background:var(--sk-surface);border-bottom:1px solid var(--sk-border);min-height:3.25rem}
    .brand{display:flex;align-items:center;gap:.5rem;font-weight:700;min-width:0}
    .logo{display:inline-grid;place-items:center;width:1.7rem;height:1.7rem;border-radius:.4rem;background:var(--sk-accent);color:var(--sk-accent-text);font-weight:800;flex:none}
    .ws{font-weight:500;color:var(--sk-muted);overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
    .spacer{flex:1}
    .menu-toggle{display:none}
    .member{position:relative}
    .member-menu{position:absolute;right:0;top:calc(100% + .35rem);min-width:15rem;background:var(--sk-surface);border:1px solid var(--sk-border);border-radius:var(--sk-radius);box-shadow:var(--sk-shadow);padding:.5rem;display:flex;flex-direction:column;gap:.35rem;z-index:30}
    .member-menu p{margin:.25rem .25rem .5rem;overflow-wrap:anywhere}
    .member-menu button{justify-content:flex-start}
    .who{max-width:11rem;overflow:hidden;text-overflow:ellipsis}
    .layout{display:grid;grid-template-columns:var(--sk-nav-width) minmax(0,1fr);min-height:calc(100dvh - 3.25rem)}
    nav{border-right:1px solid var(--sk-border);background:var(--sk-surface);padding:1rem .75rem}
    nav h2{font-size:.75rem;text-transform:uppercase;letter-spacing:.06em;color:var(--sk-muted);margin:1rem .5rem .35rem}
    nav h2:first-child{margin-top:0}
    nav ul{list-style:none;margin:0;padding:0}
    nav a{display:block;padding:.4rem .6rem;border-radius:var(--sk-radius);color:var(--sk-text);text-decoration:none}
    nav a:hover{background:var(--sk-surface-2)}
    nav a[aria-current=page]{background:var(--sk-accent-soft);color:var(--sk-accent);font-weight:600}
    main{padding:1.5rem clamp(1rem,3vw,2rem) 3rem;min-width:0}
    main:focus{outline:none}
    @media (max-width:48rem){
      .menu-toggle{display:inline-flex}
      .layout{grid-template-columns:minmax(0,1fr)}
      nav{display:none;border-right:0;border-bottom:1px solid var(--sk-border)}
      nav.open{display:block}
      .ws{display:none}
    }
    @media (max-width:30rem){.who{display:none}}
  `];
  declare session: Session | null | undefined;
  declare match: RouteMatch;
  declare navOpen: boolean;
  declare menuOpen: boolean;
  declare theme: 'light' | 'dark';
  readonly api: Slotkit = createClient();
  #page: { key: string; element: HTMLElement; params?: Record<string, string> } | undefined;
  #focusHeadingOnTitle = false;

  constructor() {
    super();
    this.match = matchRoute(location.hash);
    this.navOpen = false;
    this.menuOpen = false;
    this.theme = currentTheme();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    window.addEventListener(SESSION_EXPIRED_EVENT, this.#onSessionExpired);
    document.addEventListener('keydown', this.#onKeydown);
    this.addEventListener('sk-page-title', this.#onPageTitle);
    this.addEventListener('sk-signed-in', this.#onSignedIn);
    void this.#loadSession();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
    window.removeEventListener(SESSION_EXPIRED_EVENT, this.#onSessionExpired);
    document.removeEventListener('keydown', this.#onKeydown);
    super.disconnectedCallback();
  }

  async #loadSession() {
    try {
      this.#setSession(await this.api.auth.session());
    } catch {
      this.#setSession(null);
    }
  }

  #setSession(session: Session | null) {
    setCsrfToken(session?.csrfToken);
    this.session = session;
    if (!session) this.#page = undefined;
  }

  #onHashChange = () => {
    const before = this.match.path;
    this.match = matchRoute(location.hash);
    this.navOpen = false;
    this.menuOpen = false;
    // A new page gets focus on its heading; new filters of the same page (only the query changed) leave focus where it is.
    if (this.match.path !== before) this.#focusHeadingOnTitle = true;
  };

  #onSessionExpired = () => {
    if (!this.session) return;
    this.#setSession(null);
    showToast('Your session ended. Please sign in again.', 'info');
  };

  #onSignedIn = (event: SignedInEvent) => {
    this.#setSession(event.session);
    this.#focusHeadingOnTitle = true;
    // An account screen (setup, invite) leads on to the dashboard itself.
    if (this.match.path in AUTH_ROUTES || !this.match.route) location.hash = `#${DEFAULT_PATH}`;
  };

  #onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.menuOpen) {
      this.menuOpen = false;
      this.renderRoot.querySelector<HTMLElement>('.member > button')?.focus();
    }
  };

  #onPageTitle = (event: PageTitleEvent) => {
    const workspace = this.session?.workspace.name;
    document.title = [event.heading, workspace, 'Slotkit'].filter(Boolean).join(' · ');
    if (this.#focusHeadingOnTitle) {
      this.#focusHeadingOnTitle = false;
      (event.composedPath()[0] as PageHeader).focusHeading?.();
    }
  };

  #toggleTheme() {
    this.theme = currentTheme() === 'dark' ? 'light' : 'dark';
    applyTheme(this.theme);
  }

  async #signOut(everywhere: boolean) {
    this.menuOpen = false;
    try {
      const auth = this.api.auth;
      await (everywhere ? auth.logoutAll() : auth.logout());
      this.#setSession(null);
      showToast(everywhere ? 'Signed out on every device.' : 'Signed out.', 'info');
    } catch (error) {
      showToast(errorMessage(error), 'error');
    }
  }

  #skipToContent() {
    // A button, not a `#main` link: the hash is the router's, and the target is in a shadow root.
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  protected override render() {
    const authMode = AUTH_ROUTES[this.match.path as keyof typeof AUTH_ROUTES];
    if (this.session === undefined && !authMode) {
      return html`<sk-state kind="loading" message="Loading your dashboard…"></sk-state><sk-toaster></sk-toaster>`;
    }
    if (authMode || !this.session) {
      return html`<sk-auth-screen .api=${this.api} .mode=${authMode ?? 'sign-in'} .token=${this.match.params.token}></sk-auth-screen>
        <sk-toaster></sk-toaster>`;
    }
    const session = this.session;
    const active = activeNavPath(this.match.path);
    return html`
      <header class="top">
        <button type="button" class="skip" @click=${this.#skipToContent}>Skip to content</button>
        <button class="menu-toggle" type="button" aria-expanded=${String(this.navOpen)} aria-controls="nav"
          @click=${() => { this.navOpen = !this.navOpen; }}>Menu</button>
        <span class="brand"><span class="logo" aria-hidden="true">S</span><span>Slotkit</span></span>
        <span class="ws" title=${session.workspace.name}>${session.workspace.name}</span>
        <span class="spacer"></span>
        <button type="button" class="theme" aria-pressed=${String(this.theme === 'dark')} @click=${this.#toggleTheme}>Dark mode</button>
        <div class="member">
          <button type="button" aria-expanded=${String(this.menuOpen)} aria-controls="member-menu" @click=${() => { this.menuOpen = !this.menuOpen; }}>
            <span class="who">${session.member.name || session.member.email}</span><span class="sr-only"> account menu</span><span aria-hidden="true">▾</span>
          </button>
          <div class="member-menu" id="member-menu" ?hidden=${!this.menuOpen}>
            <p><strong>${session.member.name || session.member.email}</strong><br>
              <span class="muted">${session.member.email} · ${session.member.role}</span><br>
              <span class="muted">${session.workspace.name}</span></p>
            <button type="button" @click=${() => this.#signOut(false)}>Sign out</button>
            <button type="button" @click=${() => this.#signOut(true)}>Sign out everywhere</button>
          </div>
        </div>
      </header>
      <div class="layout">
        <nav id="nav" aria-label="Main" class=${this.navOpen ? 'open' : ''}>
          ${NAV_GROUPS.map((group) => html`<h2>${group.label}</h2><ul>
            ${group.items.map((item) => html`<li><a href="#${item.path}" aria-current=${item.path === active ? 'page' : 'false'}>${item.label}</a></li>`)}
          </ul>`)}
        </nav>
        <main id="main" tabindex="-1">${this.#pageContent(session)}</main>
      </div>
      <sk-toaster></sk-toaster>`;
  }

  #pageContent(session: Session) {
    const { route, params, path } = this.match;
    if (path === '/') {
      queueMicrotask(() => location.replace(`#${DEFAULT_PATH}`));
      return '';
    }
    if (!route) {
      return html`<sk-page-header heading="Page not found"></sk-page-header>
        <p>There is no page at <span class="mono">${path}</span>. <a href="#${DEFAULT_PATH}">Go to bookings</a>.</p>`;
    }
    const tag = `sk-page-${route.page}`;
    if (!customElements.get(tag)) {
      return html`<sk-page-header heading=${route.title}></sk-page-header>
        <sk-state kind="empty" message="This page is not available yet."></sk-state>`;
    }
    if (this.#page?.key !== route.pattern) this.#page = { key: route.pattern, element: document.createElement(tag) };
    const element = this.#page.element as PageElement;
    element.api = this.api;
    element.session = session;
    // Only a navigation gives new params: other re-renders of the shell must not refetch the page.
    if (this.#page.params !== params) element.params = this.#page.params = params;
    return element;
  }
}

defineElement('sk-admin-app', AdminApp);

declare global {
  interface HTMLElementTagNameMap { 'sk-admin-app': AdminApp }
}
