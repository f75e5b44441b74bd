import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { run } from './run';

describe('Firehose to S3: objects, not only records', () => {
  // https://docs.aws.amazon.com/firehose/latest/dev/buffering-hints.html: a buffer is delivered at its size or interval.
  const pipeline = (bufferIntervalSeconds: number) =>
    new PipelineBuilder('small')
      .node('telemetry', 'iot-rule', { traffic: { recordsPerSecond: 200, avgRecordBytes: 600 } })
      .node('delivery', 'firehose', { bufferSizeMb: 64, bufferIntervalSeconds })
      .node('lake', 's3-bucket')
      .edge('telemetry', 'delivery')
      .edge('delivery', 'lake')
      .build();

  it('counts one object per delivery: a 10 s interval writes 60 objects in 10 minutes, 360 an hour, 2,000 records each', () => {
    // 120,000 B/s never fills 64 MB within 10 s, so the interval flushes: 600 s / 10 s = 60 objects of 2,000 records.
    const r = run(pipeline(10), 600);
    const advice = r.summary.recommendations.find((x) => x.relatedRule === 's3-small-files');
    expect(advice?.nodeId).toBe('delivery');
    expect(advice?.text).toBe('Firehose wrote 60 objects to S3 (360 an hour, about 2,000 records each): small files that every crawl and query opens one by one. Raise the buffer size and interval.');
  });

  it('says nothing at the 300 s default (12 objects an hour)', () => {
    expect(run(pipeline(300), 3600).summary.recommendations.filter((x) => x.relatedRule === 's3-small-files')).toEqual([]);
  });
});
