import { css, html, LitElement } from 'lit';
import { sharedStyles } from '../styles/shared.ts';
import { defineElement } from './define-element.ts';

/** Tells the shell a page's title, so it can set `document.title` and move focus to the heading. */
export class PageTitleEvent extends Event {
  /** The page's heading text. */
  readonly heading: string;
  constructor(heading: string) {
    super('sk-page-title', { bubbles: true, composed: true });
    this.heading = heading;
  }
}

/**
 * The top of every page: its one `<h1>` (focusable, so the shell can move focus to it after
 * navigation), an optional description, and actions.
 * @summary Page heading with actions.
 * @slot - Actions (buttons, links) shown at the end of the header.
 * @slot description - Text under the heading.
 * @event sk-page-title - When the heading is first shown or changes.
 */
export class PageHeader extends LitElement {
  static override properties = { heading: {}, description: {} };
  static override styles = [sharedStyles, css`
    :host{margin-bottom:1.25rem}
    header{display:flex;flex-wrap:wrap;gap:.75rem 1rem;align-items:flex-start;justify-content:space-between}
    h1:focus{outline:none}
    h1:focus-visible{outline:2px solid var(--sk-accent)}
    .text{min-width:0;flex:1 1 16rem}
    .desc{color:var(--sk-muted);margin:.25rem 0 0}
    .actions{display:flex;flex-wrap:wrap;gap:.5rem}
  `];
  /** The heading text (also the page's `document.title`). */
  declare heading: string;
  /** One line under the heading. */
  declare description: string | undefined;

  constructor() {
    super();
    this.heading = '';
  }

  /** Moves keyboard focus to the heading (after navigation). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (changed.has('heading') && this.heading) this.dispatchEvent(new PageTitleEvent(this.heading));
  }

  protected override render() {
    return html`<header>
      <div class="text">
        <h1 tabindex="-1">${this.heading}</h1>
        ${this.description ? html`<p class="desc">${this.description}</p>` : ''}
        <slot name="description"></slot>
      </div>
      <div class="actions"><slot></slot></div>
    </header>`;
  }
}

defineElement('sk-page-header', PageHeader);

declare global {
  interface HTMLElementTagNameMap { 'sk-page-header': PageHeader }
  interface HTMLElementEventMap { 'sk-page-title': PageTitleEvent }
}
