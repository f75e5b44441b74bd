import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PipelineBuilder, type Pipeline } from '../../model';
import { duplicateNodes, extractFragment, freeGroupOffset, freePosition, NODE_HEIGHT, NODE_WIDTH, pasteFragmentText, uniqueName } from '..';

function at(...points: [number, number][]): Pipeline {
  const b = new PipelineBuilder('t');
  points.forEach((_point, i) => b.node(`n${i}`, 's3-bucket', {}, `N${i}`));
  const p = b.build();
  return { ...p, nodes: p.nodes.map((n, i) => ({ ...n, position: { x: points[i][0], y: points[i][1] } })) };
}

const hides = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;

describe('freePosition', () => {
  it('is the wanted spot (on the grid) when nothing is there', () => {
    expect(freePosition(at([1000, 1000]), { x: 101, y: 199 })).toEqual({ x: 100, y: 200 });
  });

  it('moves next to a node that is in the way, not far off', () => {
    const spot = freePosition(at([100, 200]), { x: 100, y: 200 });
    expect(hides(spot, { x: 100, y: 200 })).toBe(false);
    expect(Math.hypot(spot.x - 100, spot.y - 200)).toBeLessThanOrEqual(NODE_WIDTH + 40);
  });

  it('never hides a node, however crowded the view (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -400, max: 400 }), fc.integer({ min: -400, max: 400 })), { maxLength: 30 }), fc.integer({ min: -200, max: 200 }), fc.integer({ min: -200, max: 200 }), (points, x, y) => {
        const p = at(...points);
        const spot = freePosition(p, { x, y });
        return p.nodes.every((n) => !hides(spot, n.position!));
      }),
    );
  });
});

describe('copies land clear of what is there', () => {
  it('a duplicate does not hide its original or its neighbours', () => {
    const p = at([0, 0], [20, 100]);
    const dup = duplicateNodes(p, ['n0']);
    const copy = dup.pipeline.nodes.find((n) => n.id === dup.nodeIds[0])!;
    for (const n of p.nodes) expect(hides(copy.position!, n.position!)).toBe(false);
  });

  it('pasting twice puts the second copy clear of the first', () => {
    const p = at([0, 0]);
    const text = JSON.stringify(extractFragment(p, ['n0']));
    const once = pasteFragmentText(p, text);
    if (!once.ok) throw new Error('paste failed');
    const twice = pasteFragmentText(once.pipeline, text);
    if (!twice.ok) throw new Error('paste failed');
    const positions = twice.pipeline.nodes.map((n) => n.position!);
    for (let i = 0; i < positions.length; i++) for (let j = i + 1; j < positions.length; j++) expect(hides(positions[i], positions[j])).toBe(false);
  });

  it('freeGroupOffset is the first multiple of the step that is clear', () => {
    expect(freeGroupOffset(at([0, 0]), [{ x: 0, y: 0 }], { x: 0, y: 100 })).toEqual({ x: 0, y: 100 });
    expect(freeGroupOffset(at([0, 0], [0, 100]), [{ x: 0, y: 0 }], { x: 0, y: 100 })).toEqual({ x: 0, y: 200 });
  });
});

describe('copies get names of their own', () => {
  it('a duplicate is "Name 2", then "Name 3"; a numbered name counts on', () => {
    const p = at([0, 0]);
    const once = duplicateNodes(p, ['n0']);
    const twice = duplicateNodes(once.pipeline, ['n0']);
    expect(twice.pipeline.nodes.map((n) => n.name)).toEqual(['N0', 'N0 2', 'N0 3']);
    expect(uniqueName('Worker 2', new Set(['Worker 2']), 200)).toBe('Worker 3');
    expect(uniqueName('Fresh', new Set(['Other']), 200)).toBe('Fresh');
  });

  it('stays within the name length limit', () => {
    const long = 'x'.repeat(200);
    const name = uniqueName(long, new Set([long]), 200);
    expect(name).toHaveLength(200);
    expect(name.endsWith(' 2')).toBe(true);
  });
});

describe('placement clear of connections and their labels', () => {
  // A stream at (0, 0) writing to a function at (600, 0): the line runs from (200, 32) to (600, 32)
  // and its label is centred at (400, 32), 140 x 24.
  const linked = () => {
    const p = new PipelineBuilder('t').node('s', 'kinesis-stream').node('f', 'lambda-function').edge('s', 'f').build();
    return { ...p, nodes: p.nodes.map((n, i) => ({ ...n, position: { x: i * 600, y: 0 } })) };
  };
  const crosses = (spot: { x: number; y: number }) => spot.x < 600 && spot.x + NODE_WIDTH > 200 && spot.y < 32 + 12 && spot.y + NODE_HEIGHT > 32 - 12;

  it('a new node wanted on the label moves off the line and the label', () => {
    // Wanted at (300, 0): its box (300..500, 0..64) covers the label at (330..470, 20..44).
    const spot = freePosition(linked(), { x: 300, y: 0 });
    expect(crosses(spot)).toBe(false);
  });

  it('a duplicate is put where it covers no connection', () => {
    // Copying a node at (300, -60) in (40, 40) steps: (340, -20) and (380, 20) lie on the line at
    // y 32 (no node is in the way there, so they used to be taken); (420, 60) is too close to the
    // function at (600, 0) (180 < 200 + 16 across, 60 < 64 + 16 down); (460, 100) is the first clear one.
    const offset = freeGroupOffset(linked(), [{ x: 300, y: -60 }], { x: 40, y: 40 });
    expect(offset).toEqual({ x: 160, y: 160 });
    expect(crosses({ x: 300 + offset.x, y: -60 + offset.y })).toBe(false);
  });
});
