import { describe, expect, it } from 'vitest';
import { MIN_OPENING_ZOOM, openingViewport } from './opening-viewport';

describe('openingViewport', () => {
  it('leaves a graph that fits at a readable zoom to fit view', () => {
    expect(openingViewport({ x: 0, y: 0, width: 800, height: 300 }, { width: 900, height: 700 })).toBeUndefined();
    expect(openingViewport({ x: 0, y: 0, width: 800, height: 300 }, undefined)).toBeUndefined();
  });

  it('opens a wide graph at a readable zoom with its start in view, centred vertically', () => {
    const v = openingViewport({ x: 100, y: 50, width: 2000, height: 200 }, { width: 800, height: 600 })!;
    expect(v.zoom).toBe(MIN_OPENING_ZOOM);
    expect(100 * v.zoom + v.x).toBe(32); // the graph's left edge, 32 px in
    expect((50 + 100) * v.zoom + v.y).toBe(300); // its middle at the canvas' middle
  });

  it('shows a tall graph from its top', () => {
    const v = openingViewport({ x: 0, y: -400, width: 3000, height: 3000 }, { width: 800, height: 600 })!;
    expect(-400 * v.zoom + v.y).toBe(32);
  });
});
