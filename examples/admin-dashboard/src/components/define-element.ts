/**
 * Registers a custom element once: the dashboard's modules may be evaluated twice (tests,
 * hot reloads), and a second `define` of the same tag would throw.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
