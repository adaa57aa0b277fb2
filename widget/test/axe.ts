import 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect } from '@open-wc/testing';

type Axe = { run: (context: Element, options: RunOptions) => Promise<AxeResults> };

/** Runs axe-core on an element (shadow DOM included) and fails with every violation found. */
export async function expectAccessible(el: Element, state: string): Promise<void> {
  const axe = (globalThis as unknown as { axe: Axe }).axe;
  // Let entrance animations end: axe measures contrast on what is painted, mid-fade included.
  const finite = el.shadowRoot ? el.shadowRoot.getAnimations() : el.getAnimations({ subtree: true });
  await Promise.all(finite.filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined)));
  const result = await axe.run(el, { resultTypes: ['violations'] });
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  expect(found, `axe violations in state "${state}"`).to.deep.equal([]);
}
