import { describe, expect, it } from 'vitest';
import { parsePipeline, PipelineBuilder } from '../../../model';
import { validatePipeline } from '../..';

/** https://docs.aws.amazon.com/glue/latest/dg/worker-types.html (checked 2026-12-06). */
const found = (config: Record<string, unknown>) =>
  validatePipeline(new PipelineBuilder('g').node('etl', 'glue-job', { encryptionAtRest: true, encryptionInTransit: true, ...config }).build()).findings.filter((f) => f.rule === 'glue-worker-type');

describe('glue-worker-type', () => {
  it('refuses G.025X on a batch Spark job, allows it on a streaming job', () => {
    expect(found({ workerType: 'G.025X' }).map((f) => f.message)).toEqual(['worker type G.025X is for streaming jobs only; a glueetl job with it fails to deploy']);
    expect(found({ jobType: 'gluestreaming', workerType: 'G.025X' })).toEqual([]);
  });

  it('a file with Glue 6.0 and the newer worker types (G.12X, G.16X, R.*) opens: AWS lists them', () => {
    // Before: "6.0" and "G.16X" were refused by the schema.
    for (const workerType of ['G.12X', 'G.16X', 'R.1X', 'R.8X']) {
      const parsed = parsePipeline({
        format: 'sluice.pipeline',
        version: 1,
        name: 'g',
        nodes: [{ id: 'etl', kind: 'glue-job', name: 'etl', position: { x: 0, y: 0 }, config: { glueVersion: '6.0', workerType } }],
        edges: [],
      });
      expect(parsed.ok).toBe(true);
    }
  });
});
