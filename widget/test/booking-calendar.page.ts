import type { BookingCalendar } from '../src/components/booking-calendar/booking-calendar.ts';

/** Polls until `check` returns a truthy value (or throws with `what` after `timeout` ms). */
export async function waitFor<T>(check: () => T | undefined | null | false, what: string, timeout = 8000): Promise<T> {
  const until = performance.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The accessible name of an element, as far as these components build it (aria-label, aria-labelledby, text). */
export function accessibleName(el: Element): string {
  const root = el.getRootNode() as ShadowRoot | Document;
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const ids = el.getAttribute('aria-labelledby');
  if (ids) return ids.split(' ').map((id) => root.getElementById(id)?.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
  if (el.id && el.matches('input, select, textarea')) {
    const forLabel = root.querySelector(`label[for="${el.id}"]`);
    if (forLabel) return forLabel.textContent!.replace(/\s+/g, ' ').trim();
  }
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Drives `<booking-calendar>` the way a customer does — by roles and names, through its shadow
 * root — so tests read as steps ("pick Tuesday, pick 9:00, fill the form, confirm").
 */
export class BookingCalendarPage {
  readonly el: BookingCalendar;

  constructor(el: BookingCalendar) {
    this.el = el;
  }

  /** The element's shadow root. */
  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /** Every element matching `selector` whose accessible name matches `name`. */
  all(selector: string, name?: string | RegExp): HTMLElement[] {
    const list = [...this.root.querySelectorAll<HTMLElement>(selector)];
    if (name === undefined) return list;
    return list.filter((el) => (typeof name === 'string' ? accessibleName(el) === name : name.test(accessibleName(el))));
  }

  /** Waits for one element matching `selector` and `name`. */
  find(selector: string, name?: string | RegExp, timeout?: number): Promise<HTMLElement> {
    return waitFor(() => this.all(selector, name)[0], `${selector} named ${String(name)}`, timeout);
  }

  /** A button by its accessible name. */
  button(name: string | RegExp): Promise<HTMLButtonElement> {
    return this.find('button', name) as Promise<HTMLButtonElement>;
  }

  /** Clicks a button by its accessible name. */
  async click(name: string | RegExp): Promise<void> {
    (await this.button(name)).click();
    await this.el.updateComplete;
  }

  /** Picks an event type from the list by its title. */
  pickEventType(title: string): Promise<void> {
    return this.click(title);
  }

  /** The month grid, once its day counts have loaded. */
  async grid(): Promise<HTMLElement> {
    return waitFor(() => this.root.querySelector<HTMLElement>('[role="grid"][aria-busy="false"]'), 'the month grid with times');
  }

  /** The grid's accessible name ("December 2026"). */
  async gridName(): Promise<string> {
    return accessibleName(await this.grid());
  }

  /** Goes to the next month (the second navigation button, whatever the language). */
  async nextMonth(): Promise<void> {
    await this.grid();
    this.all('[part~="nav-button"]')[1]!.click();
    await this.el.updateComplete;
  }

  /** Goes to the previous month. */
  async previousMonth(): Promise<void> {
    await this.grid();
    this.all('[part~="nav-button"]')[0]!.click();
    await this.el.updateComplete;
  }

  /** The day button of a date (`YYYY-MM-DD`) in the visible month. */
  async day(date: string): Promise<HTMLButtonElement> {
    await this.grid();
    return waitFor(() => this.root.querySelector<HTMLButtonElement>(`[data-date="${date}"]`), `day ${date}`);
  }

  /** Navigates forward to the month of `date` and picks that day. */
  async pickDay(date: string): Promise<void> {
    for (let i = 0; i < 24 && !(await this.gridName().then(() => this.root.querySelector(`[data-date="${date}"]`))); i++) await this.nextMonth();
    const day = await this.day(date);
    day.click();
    await this.el.updateComplete;
  }

  /** The names of the chosen day's time buttons, once loaded. */
  async times(): Promise<string[]> {
    await waitFor(() => this.root.querySelector('[part~="slots"]'), 'the list of times');
    return this.all('[part~="slot"]').map((b) => accessibleName(b));
  }

  /** Picks a time by its name ("9:00 to 9:30 AM") or the first one. */
  async pickTime(name?: string | RegExp): Promise<void> {
    const slot = await this.find('[part~="slot"]', name);
    slot.click();
    await this.el.updateComplete;
  }

  /** A form control by its label (optional ones end in "(optional)" in English). */
  field(label: string): Promise<HTMLInputElement> {
    return this.find('input, textarea, select', new RegExp(`^${label}( \\(optional\\))?$`)) as Promise<HTMLInputElement>;
  }

  /** Types into form controls by label (checkboxes take booleans). */
  async fill(values: Record<string, string | boolean>): Promise<void> {
    for (const [label, value] of Object.entries(values)) {
      const input = await this.field(label);
      input.focus();
      if (typeof value === 'boolean') input.checked = value;
      else input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      input.blur();
    }
    await this.el.updateComplete;
  }

  /** Presses "Confirm booking". */
  submit(): Promise<void> {
    return this.click('Confirm booking');
  }

  /** The text of the first `h2`, once it reads `text` (when given). */
  async heading(text?: string): Promise<string> {
    const h = await waitFor(() => [...this.root.querySelectorAll('h2')].find((el) => text === undefined || el.textContent!.trim() === text), `heading ${text ?? ''}`);
    return h.textContent!.trim();
  }

  /** A link by its text. */
  link(name: string): Promise<HTMLAnchorElement> {
    return this.find('a', name) as Promise<HTMLAnchorElement>;
  }

  /** The inline error of a field (by the field's label), or `undefined`. */
  async errorOf(label: string): Promise<string | undefined> {
    const input = await this.field(label);
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
    return ids.map((id) => this.root.getElementById(id)?.textContent?.trim()).find(Boolean);
  }

  /** What the polite live region says now. */
  announcement(): string {
    return this.root.querySelector('[role="status"]')?.textContent?.trim() ?? '';
  }

  /** The element with keyboard focus inside the shadow root. */
  focused(): HTMLElement | null {
    return this.root.activeElement as HTMLElement | null;
  }
}
