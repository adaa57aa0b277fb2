import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { anchor } from '../../floating.ts';
import type { Strings } from '../../strings/index.ts';
import { allTimeZones, searchTimeZones } from './zone-search.ts';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The time-zone button and its searchable popover (a combobox over a listbox, per the WAI-ARIA
 * combobox pattern), anchored to its button (`floating.ts`). `onPick` receives the chosen IANA zone.
 */
export class TimezonePicker implements ReactiveController {
  #host: Host;
  #onPick: (zone: string) => void;
  #open = false;
  #query = '';
  #active = 0;
  #stop: (() => void) | undefined;
  #matches: string[] = [];

  constructor(host: Host, onPick: (zone: string) => void) {
    this.#host = host;
    this.#onPick = onPick;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#close(false);
  }

  async hostUpdated(): Promise<void> {
    if (!this.#open || this.#stop) return;
    const button = this.#find<HTMLElement>('.tz-button');
    const panel = this.#find<HTMLElement>('.tz-panel');
    if (!button || !panel) return;
    this.#stop = anchor(button, panel, 4);
    this.#find<HTMLInputElement>('.tz-panel input')?.focus();
  }

  /** The button and, when open, the popover. */
  render(zone: string, t: Strings) {
    const matches = (this.#matches = this.#open ? searchTimeZones(allTimeZones(), this.#query) : []);
    const active = matches[this.#active];
    return html`<div class="tz" @keydown=${this.#onKey} @focusout=${this.#onFocusOut}>
      <button class="tz-button" part="timezone-button" aria-haspopup="listbox" aria-expanded=${this.#open ? 'true' : 'false'}
        @click=${() => (this.#open ? this.#close(true) : this.#show())}>${t.timeZone(zone)}</button>
      ${this.#open ? html`<div class="tz-panel" part="timezone-popover">
        <input part="input" role="combobox" aria-label=${t.searchTimeZones} aria-expanded="true" aria-controls="tz-list"
          aria-autocomplete="list" aria-activedescendant=${active ? `tz-${this.#active}` : nothing} .value=${this.#query}
          autocomplete="off" spellcheck="false" @input=${(e: InputEvent) => this.#search((e.target as HTMLInputElement).value)}>
        <ul id="tz-list" role="listbox" aria-label=${t.searchTimeZones}>${matches.length === 0
          ? html`<li role="option" aria-disabled="true" aria-selected="false">${t.noZones}</li>`
          : matches.map((z, i) => html`<li id="tz-${i}" role="option" aria-selected=${i === this.#active ? 'true' : 'false'}
              @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.#pick(z)}>${z.replaceAll('_', ' ')}</li>`)}</ul>
      </div>` : nothing}
    </div>`;
  }

  #find<T extends Element>(selector: string): T | null {
    return this.#host.renderRoot.querySelector<T>(selector);
  }

  #show(): void {
    this.#open = true;
    this.#query = '';
    this.#active = 0;
    this.#host.requestUpdate();
  }

  #close(returnFocus: boolean): void {
    if (!this.#open) return;
    this.#open = false;
    this.#stop?.();
    this.#stop = undefined;
    this.#host.requestUpdate();
    if (returnFocus) void this.#host.updateComplete.then(() => this.#find<HTMLElement>('.tz-button')?.focus());
  }

  #search(query: string): void {
    this.#query = query;
    this.#active = 0;
    this.#host.requestUpdate();
  }

  #pick(zone: string): void {
    this.#close(true);
    this.#onPick(zone);
  }

  #onKey = (event: KeyboardEvent): void => {
    if (!this.#open) return;
    const count = this.#matches.length;
    if (event.key === 'Escape') {
      event.stopPropagation(); // an enclosing dialog must stay open
      event.preventDefault();
      this.#close(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.#active = Math.max(0, Math.min(count - 1, this.#active + (event.key === 'ArrowDown' ? 1 : -1)));
      this.#host.requestUpdate();
      void this.#host.updateComplete.then(() => this.#find(`#tz-${this.#active}`)?.scrollIntoView({ block: 'nearest' }));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const zone = this.#matches[this.#active];
      if (zone) this.#pick(zone);
    }
  };

  #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (this.#open && next && !(event.currentTarget as HTMLElement).contains(next)) this.#close(false);
  };
}
