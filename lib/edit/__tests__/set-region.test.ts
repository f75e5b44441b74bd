import { describe, expect, it } from 'vitest';
import { parsePipeline, PipelineBuilder } from '../../model';
import { applyOperations } from '../apply';

describe('the pipeline Region (set-info region)', () => {
  const p = new PipelineBuilder('r').node('q', 'sqs-queue').build();

  it('sets a priced Region, and setting the same one is no change', () => {
    const r = applyOperations(p, [{ type: 'set-info', region: 'eu-west-1' }]);
    expect(r.ok && r.pipeline.region).toBe('eu-west-1');
    if (!r.ok) return;
    const again = applyOperations(r.pipeline, [{ type: 'set-info', region: 'eu-west-1' }]);
    expect(again.ok && again.pipeline).toBe(r.pipeline);
  });

  it('refuses a Region the price book lacks, naming the field', () => {
    const r = applyOperations(p, [{ type: 'set-info', region: 'mars-north-1' }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0].message).toBe('unknown region "mars-north-1": the price book has us-east-1, eu-west-1, ap-southeast-2');
  });

  it('is optional in the file: absent reads as before, present round-trips, wrong is reported at its path', () => {
    const doc = { format: 'sluice.pipeline', version: 3, name: 'r', nodes: [], edges: [] };
    const plain = parsePipeline(doc);
    expect(plain.ok && plain.pipeline.region).toBeUndefined();
    const sydney = parsePipeline({ ...doc, region: 'ap-southeast-2' });
    expect(sydney.ok && sydney.pipeline.region).toBe('ap-southeast-2');
    const wrong = parsePipeline({ ...doc, region: 'us-west-9' });
    expect(wrong.ok).toBe(false);
    if (wrong.ok) return;
    expect(wrong.problems[0].path).toBe('region');
    expect(wrong.problems[0].message).toContain('unknown region "us-west-9"');
  });
});
