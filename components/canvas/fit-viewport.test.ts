import { describe, expect, it } from 'vitest';
import { fitViewport, LEGIBLE_FONT_PX, MIN_READABLE_ZOOM, readableWidth, SMALLEST_NODE_FONT_PX } from './fit-viewport';

const canvas = { x: 0, y: 0, width: 800, height: 600 };

describe('fitViewport', () => {
  it('never goes below the zoom where 11 px node text is 8 px on screen', () => {
    expect(MIN_READABLE_ZOOM).toBe(0.75);
    expect(MIN_READABLE_ZOOM * SMALLEST_NODE_FONT_PX).toBeGreaterThanOrEqual(LEGIBLE_FONT_PX);
  });

  it('centres a graph that fits, at most at 100 %', () => {
    const v = fitViewport({ x: 0, y: 0, width: 400, height: 100 }, canvas);
    expect(v.zoom).toBe(1);
    expect(v.x + 200).toBe(400); // the graph's middle at the canvas' middle
    expect(v.y + 50).toBe(300);
  });

  it('fits a mid-sized graph whole when that is readable', () => {
    // 800 / (850 * 1.2) = 0.784 >= 0.75
    const v = fitViewport({ x: 0, y: 0, width: 850, height: 100 }, canvas);
    expect(v.zoom).toBeCloseTo(800 / 1020);
  });

  it('shows a wide graph at the readable zoom from its left edge, centred vertically', () => {
    const v = fitViewport({ x: 100, y: 50, width: 2000, height: 200 }, canvas);
    expect(v.zoom).toBe(MIN_READABLE_ZOOM);
    expect(100 * v.zoom + v.x).toBe(32);
    expect((50 + 100) * v.zoom + v.y).toBeCloseTo(300);
  });

  it('shows a tall graph from its top', () => {
    const v = fitViewport({ x: 0, y: -400, width: 3000, height: 3000 }, canvas);
    expect(-400 * v.zoom + v.y).toBeCloseTo(32);
  });

  it('fits into the part of the canvas no panel covers', () => {
    // A panel over the canvas' left 300 px.
    // 520 / (600 * 1.2) = 0.722 is too small: 0.75, and 600 * 0.75 = 450 <= 520 - 64 still fits, so centred in 300..820.
    const v = fitViewport({ x: 0, y: 0, width: 600, height: 100 }, { x: 300, y: 0, width: 520, height: 600 });
    expect(v.zoom).toBe(MIN_READABLE_ZOOM);
    expect(v.x + 300 * v.zoom).toBeCloseTo(560);
  });

  it('a large graph may be fitted further out when asked (drawn simply there)', () => {
    expect(fitViewport({ x: 0, y: 0, width: 8000, height: 100 }, canvas, { minZoom: 0.05 }).zoom).toBeCloseTo(800 / 9600);
  });
});

describe('readableWidth', () => {
  it('is the widest drawing that fits at the readable zoom', () => {
    // (800 - 64) / 0.75 = 981 canvas units
    expect(readableWidth(800)).toBeCloseTo(981.33);
  });
});
