import { expect } from '@open-wc/testing';
import { anchor } from './floating.ts';

/** A 100×40 reference at `top`, a 200×150 fixed panel, both inside `container`. */
function setup(top: number, container: HTMLElement = document.body) {
  const reference = Object.assign(document.createElement('button'), { textContent: 'Open' });
  reference.style.cssText = `position:absolute;left:30px;top:${top}px;width:100px;height:40px`;
  const panel = document.createElement('div');
  panel.style.cssText = 'position:fixed;width:200px;height:150px';
  container.append(reference, panel);
  return { reference, panel };
}

describe('anchor', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    document.querySelectorAll('[data-test]').forEach((el) => el.remove());
    document.body.querySelectorAll(':scope > button, :scope > div').forEach((el) => el.remove());
  });

  it('puts the panel under its reference, gap included, and above it when it only fits there', () => {
    const below = setup(50);
    stop = anchor(below.reference, below.panel, 6);
    expect(below.panel.getBoundingClientRect()).to.include({ left: 30, top: 96 });
    stop();
    const above = setup(innerHeight - 60);
    stop = anchor(above.reference, above.panel, 6);
    expect(above.panel.getBoundingClientRect().bottom).to.equal(innerHeight - 60 - 6);
  });

  it('keeps the panel inside the viewport horizontally, and places it right inside a transformed ancestor', () => {
    const wrapper = document.createElement('div');
    wrapper.dataset.test = '';
    wrapper.style.cssText = `position:absolute;left:0;top:0;width:100%;height:100%;transform:translate(40px, 25px)`;
    document.body.append(wrapper);
    const { reference, panel } = setup(50, wrapper);
    reference.style.left = `${innerWidth - 150}px`;
    stop = anchor(reference, panel, 4);
    const box = reference.getBoundingClientRect();
    const placed = panel.getBoundingClientRect();
    expect(placed.top).to.equal(box.bottom + 4);
    expect(placed.right).to.equal(innerWidth - 8);
  });
});
