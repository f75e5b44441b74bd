import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../../model';
import { validatePipeline } from '../..';

/**
 * One batch at a time per lane (shard × parallelization factor); an SQS mapping at most 1,000
 * (or maxConcurrency) batches at once.
 * https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html
 */
const found = (p: ReturnType<PipelineBuilder['build']>) => validatePipeline(p).findings.filter((f) => f.rule === 'esm-consumer-throughput');

function stream(shards: number, rate: number, factor: number, ms = 200) {
  return new PipelineBuilder('s')
    .node('clicks', 'kinesis-stream', { shardCount: shards, traffic: { recordsPerSecond: rate, avgRecordBytes: 500 } })
    .node('enrich', 'lambda-function', { durationMsPerInvocation: ms, durationMsPerRecord: 0 })
    .edge('clicks', 'enrich', { startingPosition: 'LATEST', batchSize: 100, parallelizationFactor: factor })
    .build();
}

describe('esm-consumer-throughput', () => {
  it('2 shards at 1,500 records/s, batches of 100 at 200 ms: a lane does 500/s, 2 lanes 1,000/s < 1,500', () => {
    // Fixes by hand: parallelization ceil(1,500 / 2 / 500) = 2; shards ceil(1,500 / 500) = 3;
    // duration: 100 × 2 lanes / 1,500 = 133 ms a batch.
    const [f] = found(stream(2, 1500, 1));
    expect(f.message).toBe(
      '1,500 records/s arrive over 2 lanes (2 shards × 1), 750 per lane, but one lane gets through at most 500 records/s (batches of 100 taking 200 ms): enrich falls further behind every second, until records expire',
    );
    expect(f.fix).toBe('Keep up with a parallelizationFactor of 2, or 3 shards at parallelization 1, or batches of 100 taking at most 133 ms (durationMsPerInvocation 133).');
    expect(f.action?.changes[0]).toMatchObject({ field: 'parallelizationFactor', value: 2 });
  });

  it('with parallelization 2 it keeps up', () => {
    expect(found(stream(2, 1500, 2))).toEqual([]);
  });

  it('an SQS mapping capped at 2 concurrent 1 s batches of 10 does 20 messages/s, under 50', () => {
    const p = new PipelineBuilder('q')
      .node('q', 'sqs-queue', { traffic: { recordsPerSecond: 50 } })
      .node('f', 'lambda-function', { durationMsPerInvocation: 1000, durationMsPerRecord: 0, timeoutSeconds: 10 })
      .edge('q', 'f', { batchSize: 10, maxConcurrency: 2 })
      .build();
    expect(found(p).map((f) => f.message)).toEqual(['50 messages/s arrive, but 2 concurrent batches of 10 taking 1,000 ms get through at most 20 messages/s: the queue grows without end']);
  });
});
