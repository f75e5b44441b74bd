import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { applyOperations } from '../apply';

const sample = () =>
  new PipelineBuilder('orders')
    .node('orders', 'sqs-queue', {}, 'Orders')
    .node('worker', 'lambda-function', {}, 'Worker')
    .edge('orders', 'worker', {}, 'orders-to-worker')
    .build();

describe('applyOperations, the one write path', () => {
  it('refuses a list whole when any operation fails, naming why', () => {
    const p = sample();
    const r = applyOperations(p, [
      { type: 'rename-node', nodeId: 'worker', name: 'Renamed' },
      { type: 'set-config', owner: 'node', id: 'gone', field: 'timeoutSeconds', value: 5 },
    ]);
    expect(r).toMatchObject({ ok: false, reason: 'the node "gone" no longer exists' });
    expect(p.nodes[1].name).toBe('Worker');
  });

  it('places a node added next to another below it, on free space', () => {
    // `orders` has no position (read as 0, 0): 140 px below it, (0, 140) is free and on the 20 px grid.
    const r = applyOperations(sample(), [{ type: 'add-node', node: { id: 'dlq', kind: 'sqs-queue', name: 'DLQ', config: {} }, near: 'orders' }]);
    expect(r.ok && r.pipeline.nodes.at(-1)?.position).toEqual({ x: 0, y: 140 });
  });

  it('gives an added edge a free id in the one namespace: a node id is taken too', () => {
    const r = applyOperations(sample(), [{ type: 'add-edge', edge: { id: 'worker', source: 'orders', target: 'worker', config: {} } }]);
    expect(r.ok && r.added.edgeIds).toEqual(['worker-2']);
  });

  it('replace keeps every node and edge that did not change as the same object', () => {
    const p = sample();
    const text = JSON.parse(JSON.stringify(p));
    text.nodes[1].name = 'Archiver';
    const r = applyOperations(p, [{ type: 'replace', document: text }]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pipeline.nodes[0]).toBe(p.nodes[0]);
    expect(r.pipeline.edges).toBe(p.edges);
    expect(r.pipeline.nodes[1].name).toBe('Archiver');
    // The same text again changes nothing at all.
    const again = applyOperations(r.pipeline, [{ type: 'replace', document: JSON.parse(JSON.stringify(r.pipeline)) }]);
    expect(again.ok && again.pipeline).toBe(r.pipeline);
  });

  it('unsuppress removes every suppression hiding the finding, with the validator\'s matching', () => {
    const p = new PipelineBuilder('p')
      .node('q', 'sqs-queue')
      .suppress('orphan-node', 'scoped', { nodeId: 'q' })
      .suppress('orphan-node', 'everywhere')
      .suppress('sqs-missing-dlq', 'unrelated')
      .build();
    const r = applyOperations(p, [{ type: 'unsuppress', finding: { rule: 'orphan-node', nodeId: 'q' } }]);
    expect(r.ok && r.pipeline.suppressions.map((s) => s.reason)).toEqual(['unrelated']);
  });
});
