import { computePosition, flip } from '@floating-ui/dom';

/**
 * Keeps `floating` (a `position: fixed` panel) under `reference` — or above it when there is
 * no room below (floating-ui's `flip`) — while open; returns the function that stops. The gap
 * and the clamping into the viewport are done here, and window scrolls and resizes reposition
 * it: a few lines instead of floating-ui's `offset`, `shift` and `autoUpdate`, whose bytes the
 * widget's 30 KB budget cannot spare.
 */
export function anchor(reference: Element, floating: HTMLElement, gap: number): () => void {
  const place = () => void computePosition(reference, floating, { strategy: 'fixed', placement: 'bottom-start', middleware: [flip()] })
    .then(({ x, y, placement }) => {
      floating.style.left = `${Math.max(8, Math.min(x, innerWidth - floating.offsetWidth - 8))}px`;
      floating.style.top = `${placement.startsWith('top') ? y - gap : y + gap}px`;
    });
  const options = { capture: true, passive: true };
  place();
  addEventListener('scroll', place, options);
  addEventListener('resize', place, options);
  return () => {
    removeEventListener('scroll', place, options);
    removeEventListener('resize', place, options);
  };
}
