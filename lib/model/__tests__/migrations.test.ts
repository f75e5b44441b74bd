import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, MIGRATIONS, migrate, parsePipeline } from '..';

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
});
