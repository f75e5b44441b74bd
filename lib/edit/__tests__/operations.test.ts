import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePipeline, PipelineBuilder } from '../../model';
import { arbitraryPipeline } from '../../model/testing/arbitrary-pipeline';
import {
  addNode,
  autoLayout,
  connect,
  duplicateNodes,
  extractFragment,
  moveNodes,
  pasteFragmentText,
  removeElements,
  renameNode,
  setPipelineInfo,
  uniqueId,
  updateEdgeConfig,
  updateNodeConfig,
} from '..';

const sample = () =>
  new PipelineBuilder('orders')
    .node('orders', 'sqs-queue')
    .node('worker', 'lambda-function')
    .node('archive', 's3-bucket')
    .edge('orders', 'worker', {}, 'orders-to-worker')
    .edge('worker', 'archive', {}, 'worker-to-archive')
    .suppress('orphan-node', 'kept on purpose', { nodeId: 'archive' })
    .build();

/** Every edit must leave a document the parser accepts: the store never holds an invalid one. */
const expectValid = (p: unknown) => {
  const r = parsePipeline(p);
  expect(r.ok, r.ok ? '' : JSON.stringify(r.problems)).toBe(true);
};

describe('edit operations', () => {
  it('adds a node with defaults and a readable unique id, without touching the input', () => {
    const p = sample();
    const before = structuredClone(p);
    const a = addNode(p, 'lambda-function', { x: 10.4, y: 20.6 });
    const b = addNode(a.pipeline, 'lambda-function', { x: 0, y: 0 });
    expect([a.nodeId, b.nodeId]).toEqual(['function-1', 'function-2']);
    expect(a.pipeline.nodes.at(-1)).toMatchObject({ kind: 'lambda-function', name: 'Lambda function 1', position: { x: 10, y: 21 }, config: { timeoutSeconds: 3 } });
    expect(p).toEqual(before);
    expectValid(b.pipeline);
  });

  it('uniqueId skips taken ids and cleans stems', () => {
    expect(uniqueId('queue', new Set(['queue-1', 'queue-2']))).toBe('queue-3');
    expect(uniqueId('my queue!', new Set())).toBe('my-queue--1');
  });

  it('deleting a node removes its edges and its suppressions, nothing else', () => {
    const p = removeElements(sample(), ['archive']);
    expect(p.nodes.map((n) => n.id)).toEqual(['orders', 'worker']);
    expect(p.edges.map((e) => e.id)).toEqual(['orders-to-worker']);
    expect(p.suppressions).toEqual([]);
    expectValid(p);
    expect(removeElements(sample(), [], ['orders-to-worker']).edges.map((e) => e.id)).toEqual(['worker-to-archive']);
  });

  it('connects compatible kinds and refuses the rest with a reason', () => {
    const p = addNode(sample(), 'sns-topic', { x: 0, y: 0 }).pipeline;
    const crawler = addNode(p, 'glue-crawler', { x: 0, y: 0 });
    const refused = connect(crawler.pipeline, 'topic-1', crawler.nodeId);
    expect(refused).toEqual({ ok: false, reason: 'SNS cannot be a Glue crawler target: crawlers read S3, JDBC databases and DynamoDB' });
    // Drawn backwards, from the crawler to the bucket it reads: the refusal names the way that works.
    const backwards = connect(crawler.pipeline, crawler.nodeId, 'archive');
    expect(backwards.ok === false && backwards.reason).toMatch(/^A Glue crawler cannot be connected to S3: .*\. The other way round works: draw archive → Glue crawler 1$/);
    const ok = connect(crawler.pipeline, 'archive', crawler.nodeId);
    expect(ok.ok && ok.edgeId).toBe('archive-to-crawler-1');
    if (ok.ok) expectValid(ok.pipeline);
    expect(connect(sample(), 'orders', 'worker')).toEqual({ ok: false, reason: 'orders is already connected to worker' });
    expect(connect(sample(), 'worker', 'worker').ok).toBe(false);
  });

  it('updates config through the kind schema: good values apply, bad ones are refused with a message', () => {
    const good = updateNodeConfig(sample(), 'worker', 'timeoutSeconds', 60);
    expect(good.ok && good.pipeline.nodes[1].config).toMatchObject({ timeoutSeconds: 60 });
    const nested = updateNodeConfig(sample(), 'orders', 'traffic.recordsPerSecond', 250);
    expect(nested.ok && nested.pipeline.nodes[0].kind === 'sqs-queue' && nested.pipeline.nodes[0].config.traffic.recordsPerSecond).toBe(250);
    const bad = updateNodeConfig(sample(), 'worker', 'memoryMb', 64);
    expect(bad).toEqual({ ok: false, problems: [{ path: 'memoryMb', pathSegments: ['memoryMb'], message: 'must be at least 128, got 64' }] });
    const cleared = updateNodeConfig(sample(), 'worker', 'reservedConcurrency', undefined);
    expect(cleared.ok).toBe(true);
  });

  it('updates edge settings and checks a role change against the kinds', () => {
    const r = updateEdgeConfig(sample(), 'orders-to-worker', 'batchSize', 5);
    expect(r.ok && r.pipeline.edges[0].config.batchSize).toBe(5);
    const role = updateEdgeConfig(sample(), 'worker-to-archive', 'role', 'on-failure');
    expect(role.ok).toBe(true);
    const badRole = updateEdgeConfig(sample(), 'orders-to-worker', 'role', 'on-failure');
    expect(badRole.ok).toBe(false);
    expect(updateEdgeConfig(sample(), 'orders-to-worker', 'batchSize', 0).ok).toBe(false);
  });

  it('renames, refusing empty names', () => {
    const r = renameNode(sample(), 'worker', '  Order worker ');
    expect(r.ok && r.pipeline.nodes[1].name).toBe('Order worker');
    expect(renameNode(sample(), 'worker', '  ').ok).toBe(false);
    expect(setPipelineInfo(sample(), { name: '' }).ok).toBe(false);
  });

  it('moves nodes, and returns the same document when nothing moved', () => {
    const p = sample();
    expect(moveNodes(p, { worker: { x: 220, y: 0 } })).toBe(p);
    const moved = moveNodes(p, { worker: { x: 5.2, y: 7.7 } });
    expect(moved.nodes[1].position).toEqual({ x: 5, y: 8 });
    expect(moved.nodes[0]).toBe(p.nodes[0]);
  });

  it('copies and pastes with fresh ids, keeping the edges between copied nodes', () => {
    const p = sample();
    const text = JSON.stringify(extractFragment(p, ['orders', 'worker']));
    const pasted = pasteFragmentText(p, text);
    expect(pasted.ok).toBe(true);
    if (!pasted.ok) return;
    expect(pasted.nodeIds).toEqual(['orders-1', 'worker-1']);
    expect(pasted.pipeline.edges.at(-1)).toMatchObject({ source: 'orders-1', target: 'worker-1' });
    expectValid(pasted.pipeline);
    const bad = pasteFragmentText(p, 'not json');
    expect(bad).toEqual({ ok: false, problems: [{ path: '', pathSegments: [], message: 'the clipboard does not hold Sluice pipeline JSON' }] });
    const dup = duplicateNodes(p, ['archive']);
    expect(dup.nodeIds).toEqual(['archive-1']);
    expect(dup.pipeline.suppressions.at(-1)).toMatchObject({ nodeId: 'archive-1' });
  });

  it('lays out left to right by data flow', async () => {
    const positions = await autoLayout(sample());
    expect(positions.orders.x).toBeLessThan(positions.worker.x);
    expect(positions.worker.x).toBeLessThan(positions.archive.x);
  });

  it('property: any sequence of deletes, duplicates and pastes keeps a valid document', () => {
    fc.assert(
      fc.property(arbitraryPipeline({ minNodes: 2, maxNodes: 8 }), fc.array(fc.nat(), { maxLength: 6 }), (p, picks) => {
        let doc = p;
        for (const pick of picks) {
          if (doc.nodes.length === 0) break;
          const id = doc.nodes[pick % doc.nodes.length].id;
          if (pick % 3 === 0) doc = removeElements(doc, [id]);
          else if (pick % 3 === 1) doc = duplicateNodes(doc, [id]).pipeline;
          else {
            const r = pasteFragmentText(doc, JSON.stringify(extractFragment(doc, doc.nodes.slice(0, 2).map((n) => n.id))));
            if (r.ok) doc = r.pipeline;
          }
          expectValid(doc);
        }
      }),
      { numRuns: 60 },
    );
  });
});
