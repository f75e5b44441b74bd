import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '@/lib/model';
import { moveNodes } from '@/lib/edit';
import { reuseIfSame, toFlowEdges, toFlowNodes, withMeasuredSizes } from './flow-elements';

const doc = () => new PipelineBuilder('p').node('q', 'sqs-queue').node('f', 'lambda-function').node('b', 's3-bucket').edge('q', 'f').edge('f', 'b').build();
const none = new Set<string>();

describe('flow elements', () => {
  it('hands React Flow the measured size, and a new object only for the node whose size changed', () => {
    const p = doc();
    const before = toFlowNodes(p, none);
    expect(before[0].measured).toBeUndefined();
    const sizes = withMeasuredSizes(new Map(), [{ id: 'q', size: { width: 200, height: 64 } }]);
    const after = toFlowNodes(p, none, sizes);
    expect(after[0].measured).toEqual({ width: 200, height: 64 });
    expect(after[1]).toBe(before[1]);
    expect(toFlowNodes(p, none, sizes)[0]).toBe(after[0]);
  });

  it('keeps the same size map when a measurement repeats what is known', () => {
    const sizes = withMeasuredSizes(new Map(), [{ id: 'q', size: { width: 200, height: 64 } }]);
    expect(withMeasuredSizes(sizes, [{ id: 'q', size: { width: 200, height: 64 } }])).toBe(sizes);
    const grown = withMeasuredSizes(sizes, [{ id: 'q', size: { width: 200, height: 80 } }]);
    expect(grown).not.toBe(sizes);
    expect(grown.get('q')).toEqual({ width: 200, height: 80 });
    expect(sizes.get('q')).toEqual({ width: 200, height: 64 });
  });

  it('moving a node keeps every edge object, so the edge list can be reused as is', () => {
    const p = doc();
    const edges = toFlowEdges(p, none);
    const moved = moveNodes(p, { f: { x: 500, y: 300 } });
    const again = toFlowEdges(moved, none);
    expect(again).not.toBe(edges);
    expect(reuseIfSame(edges, again)).toBe(edges);
    const selected = toFlowEdges(moved, new Set(['q-f']));
    expect(reuseIfSame(edges, selected)).toBe(selected);
    expect(selected[0].selected).toBe(true);
  });

  it('reuses nothing when the lengths differ or there is no previous list', () => {
    const a = [1, 2];
    expect(reuseIfSame(undefined, a)).toBe(a);
    expect(reuseIfSame([1], a)).toBe(a);
  });
});
