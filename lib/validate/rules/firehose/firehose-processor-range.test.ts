import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../../model';
import { afterFix, check } from '../../testing/base-pipeline';

// https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html: the processor's buffering
// size hint ranges between 0.2 MB and 3 MB, its interval between 0 and 900 seconds.
const design = (config: Record<string, unknown>) =>
  new PipelineBuilder('processor')
    .node('delivery', 'firehose')
    .node('enrich', 'lambda-function', { runtime: 'python3.13' })
    .node('lake', 's3-bucket')
    .edge('delivery', 'enrich', config, 'delivery-to-enrich')
    .edge('delivery', 'lake', {}, 'delivery-to-lake')
    .build();

describe('firehose-processor-range', () => {
  it('reports a buffer of 5 MB and 0.1 MB, and an interval of 1,000 s, each with a fix to the nearest allowed value', () => {
    expect(check(design({ processorBufferSizeMb: 5, processorBufferIntervalSeconds: 1000 }), 'firehose-processor-range')).toEqual([
      { rule: 'firehose-processor-range', severity: 'error', edgeId: 'delivery-to-enrich', field: 'processorBufferIntervalSeconds', message: 'processorBufferIntervalSeconds is 1,000; Firehose buffers 0 to 900 s for its Lambda processor, so it refuses the delivery stream' },
      { rule: 'firehose-processor-range', severity: 'error', edgeId: 'delivery-to-enrich', field: 'processorBufferSizeMb', message: 'processorBufferSizeMb is 5; Firehose buffers 0.2 to 3 MB for its Lambda processor, so it refuses the delivery stream' },
    ]);
    const { applied, remaining } = afterFix(design({ processorBufferSizeMb: 0.1 }), 'firehose-processor-range');
    expect(applied.edges.find((e) => e.id === 'delivery-to-enrich')?.config.processorBufferSizeMb).toBe(0.2);
    expect(remaining).toEqual([]);
  });

  it('accepts the ends of the ranges and AWS defaults', () => {
    expect(check(design({ processorBufferSizeMb: 0.2, processorBufferIntervalSeconds: 900 }), 'firehose-processor-range')).toEqual([]);
    expect(check(design({ processorBufferSizeMb: 3, processorBufferIntervalSeconds: 0 }), 'firehose-processor-range')).toEqual([]);
    expect(check(design({}), 'firehose-processor-range')).toEqual([]);
  });
});
