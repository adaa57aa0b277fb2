/**
 * Keeps `floating` (a `position: fixed` panel) `gap` pixels under `reference` — or above it
 * when it does not fit below but does above (the "flip") — and inside the viewport
 * horizontally, while open; window scrolls and resizes reposition it. Returns the function
 * that stops.
 *
 * A few lines of our own rather than @floating-ui/dom: its `computePosition` brings its whole
 * DOM platform (about 5.5 KB gzip), which the widget's 30 KB budget cannot hold next to
 * five languages and payments. A `position: fixed` panel only needs the viewport, plus one
 * correction for an ancestor that makes a containing block (a transform, a filter...).
 */
export function anchor(reference: Element, floating: HTMLElement, gap: number): () => void {
  const place = () => {
    const { left, top, bottom } = reference.getBoundingClientRect();
    const { offsetWidth: width, offsetHeight: height } = floating;
    const x = Math.max(8, Math.min(left, innerWidth - width - 8));
    const y = bottom + gap + height > innerHeight && top - gap - height >= 0 ? top - gap - height : bottom + gap;
    floating.style.left = `${x}px`;
    floating.style.top = `${y}px`;
    // Fixed boxes are placed relative to their containing block, the viewport unless an
    // ancestor makes another; measure where the box landed (its own entrance `translate` aside).
    const placed = floating.getBoundingClientRect();
    const [dx = 0, dy = 0] = getComputedStyle(floating).translate.split(' ').map((v) => parseFloat(v) || 0);
    const ox = placed.left - dx - x;
    const oy = placed.top - dy - y;
    if (Math.abs(ox) > 0.5 || Math.abs(oy) > 0.5) {
      floating.style.left = `${x - ox}px`;
      floating.style.top = `${y - oy}px`;
    }
  };
  const options = { capture: true, passive: true };
  place();
  addEventListener('scroll', place, options);
  addEventListener('resize', place, options);
  return () => {
    removeEventListener('scroll', place, options);
    removeEventListener('resize', place, options);
  };
}
