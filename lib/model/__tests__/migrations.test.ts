import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, MIGRATIONS, migrate, parsePipeline, v1ToV2 } from '..';

describe('format migrations', () => {
  it('has one step per version up to the current one', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: CURRENT_VERSION }, (_, i) => i));
  });

  it('migrates a version 0 prototype file to the current version', () => {
    const v0 = {
      format: 'sluice',
      version: 0,
      name: 'proto',
      nodes: [
        { id: 'q', type: 'sqs-queue', name: 'Queue', props: { visibilityTimeoutSeconds: 60 } },
        { id: 'f', type: 'lambda-function', name: 'Fn' },
      ],
      links: [{ from: 'q', to: 'f', props: { batchSize: 5 } }],
    };
    const r = parsePipeline(v0);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(0);
    expect(r.pipeline.version).toBe(CURRENT_VERSION);
    expect(r.pipeline.nodes.map((n) => n.kind)).toEqual(['sqs-queue', 'lambda-function']);
    expect(r.pipeline.nodes[0].kind === 'sqs-queue' && r.pipeline.nodes[0].config.visibilityTimeoutSeconds).toBe(60);
    expect(r.pipeline.edges).toEqual([{ id: 'e1', source: 'q', target: 'f', config: { role: 'data', batchSize: 5 } }]);
  });

  it('leaves a current file alone', () => {
    const doc = { format: 'sluice.pipeline', version: CURRENT_VERSION, name: 'x', nodes: [], edges: [] };
    expect(migrate(doc)).toEqual({ ok: true, document: doc });
  });

  it('refuses a version it cannot read, saying why', () => {
    expect(migrate({ format: 'sluice.pipeline', version: CURRENT_VERSION + 1 })).toMatchObject({ ok: false, path: 'version' });
    expect(migrate({ format: 'sluice.pipeline', version: 'one' })).toEqual({ ok: false, path: 'version', message: 'expected a whole version number, got "one"' });
  });

  describe('version 1 -> 2: one id namespace for nodes and edges', () => {
    const v1 = (edges: object[], suppressions: object[] = []) => ({
      format: 'sluice.pipeline',
      version: 1,
      name: 'clash',
      nodes: [
        { id: 'a', kind: 'sqs-queue', name: 'A' },
        { id: 'b', kind: 'lambda-function', name: 'B' },
        { id: 'a-edge', kind: 'sns-topic', name: 'Taken' },
      ],
      edges,
      suppressions,
    });

    it('renames an edge whose id is a node id, past ids already taken, and its suppressions follow', () => {
      // "a" is a node, "a-edge" is a node too: the edge becomes "a-edge-2". "b-edge" is free.
      const out = v1ToV2.migrate(
        v1(
          [
            { id: 'a', source: 'a', target: 'b' },
            { id: 'b', source: 'a', target: 'b' },
            { id: 'keep', source: 'a', target: 'b' },
          ],
          [{ rule: 'esm-batch-size', reason: 'r', edgeId: 'a' }, { rule: 'orphan-node', reason: 'r', nodeId: 'a' }],
        ),
      );
      expect(out.version).toBe(2);
      expect((out.edges as { id: string }[]).map((e) => e.id)).toEqual(['a-edge-2', 'b-edge', 'keep']);
      expect(out.suppressions).toEqual([{ rule: 'esm-batch-size', reason: 'r', edgeId: 'a-edge-2' }, { rule: 'orphan-node', reason: 'r', nodeId: 'a' }]);
    });

    it('an old file with a clash opens, says it was upgraded, and has no shared id', () => {
      const r = parsePipeline(v1([{ id: 'b', source: 'a', target: 'b' }]));
      expect(r.ok && r.migratedFrom).toBe(1);
      if (!r.ok) return;
      expect(r.pipeline.edges.map((e) => e.id)).toEqual(['b-edge']);
    });

    it('an old file without a clash reads as it was: nothing to tell the user', () => {
      const r = parsePipeline(v1([{ id: 'a-to-b', source: 'a', target: 'b' }]));
      expect(r.ok && r.migratedFrom).toBeUndefined();
      expect(r.ok && r.pipeline.version).toBe(CURRENT_VERSION);
    });

    it('a current file with an edge id that is a node id is refused, naming the place', () => {
      const r = parsePipeline({ ...v1([{ id: 'b', source: 'a', target: 'b' }]), version: CURRENT_VERSION });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.problems).toEqual([
        expect.objectContaining({ path: 'edges[0].id', message: 'the id "b" is already a node\'s id (nodes[1]): nodes and edges need different ids' }),
      ]);
    });
  });
});
