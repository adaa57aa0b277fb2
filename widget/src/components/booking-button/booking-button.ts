import { html, LitElement, nothing } from 'lit';
import { metadataConverter } from '../booking-calendar/attributes.ts';
import type { BookingCalendar } from '../booking-calendar/booking-calendar.ts';
import { checkoutReturn, storedCheckout } from '../booking-calendar/checkout-return.ts';
import { elementLocale } from '../booking-calendar/locale-info.ts';
import { anchor } from '../../floating.ts';
import { stringsFor } from '../../strings/index.ts';
import { bookingButtonStyles } from './booking-button.styles.ts';

/**
 * A button that opens a `<booking-calendar>` in a modal dialog or a popover. Every attribute
 * of `<booking-calendar>` is forwarded to it. It opens by itself on the return from Stripe
 * Checkout for a booking made through it.
 *
 * @summary A "Book a time" button opening the booking calendar.
 * @slot - The button's content (default: the `label`, or "Book a time" in the page's language).
 * @event slotkit-booked - Bubbles up from the inner calendar (so do all its events).
 * @csspart button - The trigger button.
 * @csspart dialog - The modal `<dialog>` (mode `modal`).
 * @csspart popover - The popover panel (mode `popover`).
 * @csspart close-button - The dialog's close button.
 * @csspart calendar - The inner `<booking-calendar>` (style it further through its own custom properties).
 * @cssproperty --slotkit-accent - Button and accent colour.
 * @cssproperty --slotkit-radius - Corner radius.
 * @cssproperty --slotkit-font - Font family.
 * @cssproperty --slotkit-surface - Panel background.
 * @cssproperty --slotkit-text - Panel text colour.
 */
export class BookingButton extends LitElement {
  static override styles = bookingButtonStyles;
  static override properties = {
    mode: {}, label: {}, api: {}, workspace: {}, eventType: { attribute: 'event-type' }, bookingUid: { attribute: 'booking-uid' },
    token: {}, timezone: {}, locale: {}, name: {}, email: {}, metadata: { converter: metadataConverter }, theme: { reflect: true },
    now: { type: Number }, _open: { state: true },
  };

  /** `modal` (a native dialog, default) or `popover` (anchored to the button). */
  declare mode: 'modal' | 'popover';
  /** The button's text (default "Book a time", localised). */
  declare label: string | undefined;
  /** Forwarded to `<booking-calendar>`. */
  declare api: string | undefined;
  /** Forwarded to `<booking-calendar>`. */
  declare workspace: string | undefined;
  /** Forwarded to `<booking-calendar>`. */
  declare eventType: string | undefined;
  /** Forwarded to `<booking-calendar>`. */
  declare bookingUid: string | undefined;
  /** Forwarded to `<booking-calendar>`. */
  declare token: string | undefined;
  /** Forwarded to `<booking-calendar>`. */
  declare timezone: string | undefined;
  /** Forwarded to `<booking-calendar>`. */
  declare locale: string | undefined;
  /** Forwarded to `<booking-calendar>`. */
  declare name: string;
  /** Forwarded to `<booking-calendar>`. */
  declare email: string;
  /** Forwarded to `<booking-calendar>`. */
  declare metadata: Record<string, string>;
  /** Forwarded to `<booking-calendar>`. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** Forwarded to `<booking-calendar>`. */
  declare now: number | undefined;
  declare _open: boolean;

  #everOpened = false;
  #stopPositioning: (() => void) | undefined;

  constructor() {
    super();
    this.mode = 'modal';
    this.name = '';
    this.email = '';
    this.metadata = {};
    this._open = false;
  }

  /** Whether the calendar is showing. */
  get open(): boolean {
    return this._open;
  }

  /** Opens the calendar. */
  async show(): Promise<void> {
    this.#everOpened = true;
    this._open = true;
    await this.updateComplete;
    const panel = this.#panel();
    if (panel instanceof HTMLDialogElement) {
      if (!panel.open) panel.showModal();
    } else if (panel) {
      const trigger = this.#trigger()!;
      // With the button as its source, a click on the button toggles instead of light-dismissing and reopening.
      if (!panel.matches(':popover-open')) panel.showPopover({ source: trigger });
      this.#stopPositioning = anchor(trigger, panel, 6);
      panel.querySelector('booking-calendar')?.focus();
    }
  }

  /** Closes the calendar and returns focus to the button. */
  hide(): void {
    const panel = this.#panel();
    if (panel instanceof HTMLDialogElement) panel.close();
    else if (panel?.matches(':popover-open')) panel.hidePopover();
    else this.#closed();
  }

  protected override firstUpdated(): void {
    // Back from Stripe Checkout with a booking made here: open, so the calendar shows how the payment went.
    const back = checkoutReturn(location.href);
    if (back && this.workspace && !this.bookingUid && storedCheckout(this.workspace)?.uid === back.uid) void this.show();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopPositioning?.();
  }

  override render() {
    const t = stringsFor(elementLocale(this, this.locale));
    const label = this.label || t.bookATime;
    const calendar = this.#everOpened ? this.#calendar() : nothing;
    return html`<button class="trigger" part="button" aria-haspopup="dialog" aria-expanded=${this._open ? 'true' : 'false'}
        @click=${() => (this._open ? this.hide() : void this.show())}><slot>${label}</slot></button>
      ${this.mode === 'popover'
        ? html`<div class="popover" part="popover" popover="auto" role="dialog" aria-label=${label} @toggle=${this.#onToggle}>${calendar}</div>`
        : html`<dialog part="dialog" aria-label=${label} @close=${this.#closed} @click=${this.#onDialogClick}>
            <div class="bar"><button class="close" part="close-button" aria-label=${t.close} @click=${() => this.hide()}>×</button></div>
            ${calendar}</dialog>`}`;
  }

  // The inner calendar, made once on first open; `updated` keeps its properties in step.
  #inner: BookingCalendar | undefined;
  #calendar(): BookingCalendar {
    if (!this.#inner) {
      this.#inner = document.createElement('booking-calendar');
      this.#inner.part.add('calendar');
      this.#inner.tabIndex = -1;
    }
    return this.#inner;
  }

  protected override updated(): void {
    const inner = this.#inner as Record<string, unknown> | undefined;
    if (!inner) return;
    // Every declared property but the button's own is the calendar's: forward it.
    for (const key of Object.keys(BookingButton.properties)) {
      if (key !== 'mode' && key !== 'label' && key[0] !== '_') inner[key] = (this as unknown as Record<string, unknown>)[key];
    }
    inner.theme ??= 'auto';
  }

  #trigger(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('.trigger');
  }

  #panel(): HTMLElement | null {
    return this.renderRoot.querySelector('dialog, .popover');
  }

  // A click on the backdrop lands on the dialog itself (its content covers the rest).
  #onDialogClick = (event: MouseEvent): void => {
    if (event.target === event.currentTarget) this.hide();
  };

  // The popover closes itself on Escape and outside clicks (popover="auto"); keep state and focus in step.
  #onToggle = (event: Event): void => {
    if ((event as ToggleEvent).newState === 'closed') this.#closed();
  };

  #closed = (): void => {
    this.#stopPositioning?.();
    this.#stopPositioning = undefined;
    const wasOpen = this._open;
    this._open = false;
    // Focus returns to the button unless the customer already moved it elsewhere (an outside click).
    const active = document.activeElement;
    if (wasOpen && (!active || active === document.body || active === this)) this.#trigger()?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-button': BookingButton;
  }
}
