import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline CSS properties through CSSOM (`style.setProperty`) only. Lit's `styleMap`
 * writes the `style` attribute on first render, which the dashboard's CSP (no
 * 'unsafe-inline' styles) blocks; CSSOM changes are allowed. Names are CSS names
 * (`top`, `--days`). Use as an element binding: `<div ${styleProps({ top: '4px' })}>`.
 */
class StylePropsDirective extends Directive {
  #previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps() is an element binding: <div ${styleProps({...})}>');
  }

  render(_props: Record<string, string | undefined>) {
    return nothing;
  }

  override update(part: ElementPart, [props]: [Record<string, string | undefined>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#previous) if (props[name] === undefined) style.removeProperty(name);
    this.#previous = new Set();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.#previous.add(name);
    }
    return nothing;
  }
}

/** Inline CSS properties set through CSSOM, allowed by a strict CSP (see `StylePropsDirective`). */
export const styleProps = directive(StylePropsDirective);
