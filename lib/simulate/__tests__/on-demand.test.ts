import { describe, expect, it } from 'vitest';
import { onDemandShards, PipelineBuilder } from '../../model';
import { run } from './run';

/**
 * On-demand Kinesis: 4 MB/s and 4,000 records/s at first, then up to twice the previous peak;
 * traffic more than doubling within 15 minutes is throttled.
 * https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html#ondemandmode
 */
describe('on-demand Kinesis stream', () => {
  it('10,000 records/s from the start: throttled while capacity doubles 4,000 -> 8,000 -> 16,000, one doubling per 15 minutes', () => {
    // By hand: 900 s at 4,000 accepted (6,000/s throttled) + 900 s at 8,000 (2,000/s throttled)
    // = 5,400,000 + 1,800,000 = 7,200,000 throttled, none after 30 minutes.
    // Before: a fixed 4 shards that never throttle, 0.
    const p = new PipelineBuilder('on-demand')
      .node('clicks', 'kinesis-stream', { mode: 'on-demand', traffic: { recordsPerSecond: 10_000, avgRecordBytes: 500 } })
      .node('enrich', 'lambda-function', { durationMsPerInvocation: 10, durationMsPerRecord: 0 })
      .edge('clicks', 'enrich', { batchSize: 1000 })
      .build();
    const r = run(p, 3600);
    expect(r.nodes.clicks.throttled).toBe(7_200_000);
    // The series holds points of several steps: throttled per second at a point's end time.
    const { time } = r.series!;
    const throttled = r.series!.nodes.clicks.throttled;
    const perSecond = (t: number) => {
      const i = time.findIndex((x) => x >= t);
      return throttled[i] / (time[i] - (i > 0 ? time[i - 1] : 0));
    };
    expect(perSecond(10)).toBe(6000);
    expect(perSecond(1000)).toBe(2000);
    expect(throttled.slice(time.findIndex((x) => x > 1800)).every((n) => n === 0)).toBe(true);
    expect(r.summary.recommendations.find((x) => x.nodeId === 'clicks')?.text).toContain('(2 doublings, about 30 minutes, for this traffic)');
  });

  it('the validator and the simulator use the same shard count: enough to carry the traffic, at least 4', () => {
    expect(onDemandShards(100, 500)).toBe(4);
    expect(onDemandShards(10_000, 500)).toBe(10);
  });
});
