import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACK_EDGE_DROP, backEdgeRoute, isBackEdge } from './edge-path';

describe('edge routes', () => {
  it('an edge to a node on its left is a loop back; one to the right is not', () => {
    expect(isBackEdge(300, 500)).toBe(false);
    expect(isBackEdge(500, 300)).toBe(true);
    expect(isBackEdge(300, 305)).toBe(true); // too close to curve forwards
  });

  it('a loop back runs below both nodes, with its label there, clear of the forward edge between the same nodes', () => {
    // A at x 0..200, B at x 300..500, both handles at y 100: A -> B runs at y 100, B -> A below.
    const back = backEdgeRoute(500, 100, 0, 100);
    expect(back.labelY).toBe(100 + BACK_EDGE_DROP);
    expect(back.labelX).toBe(250);
    expect(back.path).toBe('M 500,100 C 540,100 540,164 500,164 L 0,164 C -40,164 -40,100 0,100');
  });

  it('between two nodes far apart vertically it runs through the gap between them', () => {
    // A function above a queue it writes to, the queue's left edge left of the function's right.
    const down = backEdgeRoute(500, 100, 300, 260);
    expect(down.labelY).toBe(180);
    expect(down.path).toBe('M 500,100 C 540,100 540,180 500,180 L 300,180 C 260,180 260,260 300,260');
  });

  it('property: the path starts at the source, ends at the target, and runs clear of both nodes', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e5, max: 1e5, noNaN: true }), fc.double({ min: -1e5, max: 1e5, noNaN: true }), fc.double({ min: -1e5, max: 1e5, noNaN: true }), fc.double({ min: -1e5, max: 1e5, noNaN: true }), (sx, sy, tx, ty) => {
        const { path, labelY } = backEdgeRoute(sx, sy, tx, ty);
        expect(path).toMatch(/^M [-\d.]+,[-\d.]+ C( [-\d.]+,[-\d.]+){3} L [-\d.]+,[-\d.]+ C( [-\d.]+,[-\d.]+){3}$/);
        const points = path.match(/-?[\d.]+,-?[\d.]+/g)!.map((p) => p.split(',').map(Number));
        expect(points[0][0]).toBeCloseTo(sx, 0);
        expect(points.at(-1)![1]).toBeCloseTo(ty, 0);
        // Below both, or in the gap at least one node height from each.
        const clear = labelY >= Math.max(sy, ty) + BACK_EDGE_DROP - 1e-6 || (Math.abs(labelY - sy) >= BACK_EDGE_DROP - 1e-6 && Math.abs(labelY - ty) >= BACK_EDGE_DROP - 1e-6);
        expect(clear).toBe(true);
      }),
    );
  });
});
