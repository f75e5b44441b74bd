import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { run } from './run';

/**
 * A crawler lists the objects in its S3 targets, not the records in them
 * (https://docs.aws.amazon.com/glue/latest/dg/crawler-running.html). Firehose writes one object
 * per delivery, holding every record of its buffer
 * (https://docs.aws.amazon.com/firehose/latest/dev/buffering-hints.html).
 */
describe('a crawler counts objects', () => {
  const lake = (crawlerConfig: Record<string, unknown> = {}) =>
    new PipelineBuilder('firehose-lake')
      .node('clicks', 'kinesis-stream', { shardCount: 1, traffic: { recordsPerSecond: 100, avgRecordBytes: 200 } })
      .node('delivery', 'firehose', { bufferSizeMb: 128, bufferIntervalSeconds: 60 })
      .node('raw', 's3-bucket')
      .node('crawler', 'glue-crawler', crawlerConfig)
      .node('catalog', 'glue-database')
      .edge('clicks', 'delivery')
      .edge('delivery', 'raw')
      .edge('raw', 'crawler')
      .edge('crawler', 'catalog')
      .build();

  it('10 minutes of 100 records/s through a 60 s Firehose buffer: 60,000 records in 10 objects', () => {
    // 100 records/s x 200 B = 20 kB/s, far under 128 MB: the buffer is delivered every 60 s,
    // at the end of seconds 60, 120, ... 600: 10 deliveries, 10 objects of 6,000 records each.
    // The crawler has no schedule, so all 10 wait for it. It used to count 60,000 "objects".
    const r = run(lake(), 600);
    expect(r.nodes.raw.received).toBe(60_000);
    expect(r.nodes.crawler.received).toBe(10);
    expect(r.nodes.crawler.backlog).toBe(10);
    const advice = r.summary.recommendations.find((x) => x.nodeId === 'crawler');
    expect(advice?.text).toBe('The crawler never ran: 10 new objects are not in the catalog. Give it a schedule or a trigger.');
  });

  it('a crawl takes its base time plus its time per object, not per record', () => {
    // Hourly at minute 5: cron(5 * * * ? *) starts a crawl at 300 s over the 5 objects delivered
    // by then (60, 120, ..., 300 s). Base 60 s + 5 objects x 0.5 s = 62.5 s of compute, not
    // 60 + 30,000 x 0.5 = 15,060 s. The catalog counts the 5 objects.
    const r = run(lake({ schedule: 'cron(5 * * * ? *)', baseRunSeconds: 60, secondsPerObject: 0.5 }), 600);
    expect(r.nodes.crawler.invocations).toBe(1);
    expect(r.nodes.crawler.computeSeconds).toBe(62.5);
    expect(r.nodes.catalog.received).toBe(5);
  });

  it('uploads are one object each: the bucket traffic of the data-lake example stays one object per record', () => {
    const p = new PipelineBuilder('uploads').node('raw', 's3-bucket', { traffic: { recordsPerSecond: 20 } }).node('crawler', 'glue-crawler').edge('raw', 'crawler').build();
    const r = run(p, 60);
    expect(r.nodes.crawler.received).toBe(1200);
  });

  it('a function reading a stream writes one object per invocation', () => {
    // 100 records/s on one shard, batches of up to 100 with no batching window: one batch a
    // second, each one invocation and one object: 60 objects in 60 s (the last batch may still run).
    const p = new PipelineBuilder('fn-lake')
      .node('clicks', 'kinesis-stream', { shardCount: 1, traffic: { recordsPerSecond: 100 } })
      .node('f', 'lambda-function', { durationMsPerInvocation: 100, durationMsPerRecord: 0 })
      .node('raw', 's3-bucket')
      .node('crawler', 'glue-crawler')
      .edge('clicks', 'f', { batchSize: 100 })
      .edge('f', 'raw')
      .edge('raw', 'crawler')
      .build();
    const r = run(p, 60);
    expect(r.nodes.raw.received).toBeGreaterThanOrEqual(5_900);
    expect(r.nodes.crawler.received).toBeLessThanOrEqual(60);
    expect(r.nodes.crawler.received).toBe(r.nodes.f.invocations - (r.nodes.f.errors ?? 0));
  });
});
