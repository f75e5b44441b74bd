import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { run } from './run';

describe('hot partition keys (traffic.hotKeyShare)', () => {
  it('the busiest key throttles its Kinesis shard while the others have room', () => {
    // https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html: 1,000 records/s per shard.
    // 2,000 records/s over 4 shards, 60% with one key: shard 0 gets 1,200 + 800 / 4 = 1,400/s and
    // takes 1,000, so 400/s are throttled: 40,000 in 100 s. Spread evenly (500/s a shard) nothing is.
    const stream = (hotKeyShare: number) =>
      new PipelineBuilder('hot').node('clicks', 'kinesis-stream', { shardCount: 4, traffic: { recordsPerSecond: 2000, avgRecordBytes: 500, hotKeyShare } }).build();
    expect(run(stream(0.6), 100).nodes.clicks.throttled).toBe(40_000);
    expect(run(stream(0), 100).nodes.clicks.throttled).toBe(0);
  });

  it('the busiest key throttles its DynamoDB partition at 1,000 write units a second, with or without a stream', () => {
    // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html
    // 5,000 writes/s of 500-byte items (1 write unit each), half on one key: 2,500/s on one
    // partition that takes 1,000: 1,500/s throttled, 150,000 in 100 s.
    const table = (streamed: boolean) => {
      const b = new PipelineBuilder('hot').node('sessions', 'dynamodb-table', { streamEnabled: streamed, traffic: { recordsPerSecond: 5000, avgRecordBytes: 500, hotKeyShare: 0.5 } });
      if (streamed) b.node('audit', 'lambda-function', { durationMsPerInvocation: 10, durationMsPerRecord: 0, timeoutSeconds: 30 }).edge('sessions', 'audit', { startingPosition: 'TRIM_HORIZON', batchSize: 1000 });
      return b.build();
    };
    expect(run(table(false), 100).nodes.sessions.throttled).toBe(150_000);
    const streamed = run(table(true), 100);
    expect(streamed.nodes.sessions.throttled).toBe(150_000);
    // What the partition accepted reaches the stream: 3,500/s.
    expect(streamed.nodes.audit.processed + streamed.nodes.sessions.backlog).toBe(350_000);
  });
});
