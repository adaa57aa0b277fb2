import { expect, it } from 'vitest';
import { minifyCss } from '../../rollup.config.js';

it('drops comments and the whitespace CSS ignores, keeping the spaces that mean something', () => {
  const css = `
    /* the panel */
    :host { display: block; }
    .field :is(input, textarea) > span ,  .b {
      width: min(320px, 100vw - 16px);
      margin: 0 0 8px;
    }
    @media (prefers-reduced-motion: reduce) and (min-width: 600px) { * { animation: none !important; } }
  `;
  expect(minifyCss(css).trim()).toBe(
    ':host{display:block}.field :is(input,textarea)>span,.b{width:min(320px,100vw - 16px);margin:0 0 8px}'
    + '@media (prefers-reduced-motion:reduce) and (min-width:600px){*{animation:none !important}}',
  );
});
