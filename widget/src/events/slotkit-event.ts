/** The base of the widget's events: an `Event` with a typed `detail` that bubbles out of shadow roots. */
export class SlotkitEvent<Detail> extends Event {
  /** What happened. */
  readonly detail: Detail;
  constructor(type: string, detail: Detail, cancelable = false) {
    super(type, { bubbles: true, composed: true, cancelable });
    this.detail = detail;
  }
}
