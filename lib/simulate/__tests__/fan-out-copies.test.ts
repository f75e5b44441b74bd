import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedTargets, type KindId, PipelineBuilder } from '../../model';
import { simulate } from '..';
import { run } from './run';

/**
 * Fan-out hands one record to several places; the simulator counts the extra records as
 * copies, at the node that made them, so produced + copies = delivered + in flight + dropped.
 */
describe('fan-out copies are a figure of their own, so the totals add up', () => {
  it('an SNS topic with two SQS subscriptions makes one copy of each message', () => {
    // 10 messages/s for 60 s = 600 produced; each subscription gets every message
    // (https://docs.aws.amazon.com/sns/latest/dg/sns-sqs-as-subscriber.html), so 600 copies.
    // Nothing reads the queues: 600 + 600 = 1,200 in flight there, and 600 + 600 = 1,200.
    const p = new PipelineBuilder('sns')
      .node('alerts', 'sns-topic', { traffic: { recordsPerSecond: 10 } })
      .node('a', 'sqs-queue')
      .node('b', 'sqs-queue')
      .edge('alerts', 'a')
      .edge('alerts', 'b')
      .build();
    const r = run(p, 60);
    expect(r.totals).toEqual({ produced: 600, copies: 600, delivered: 0, inFlight: 1200, dropped: 0 });
    expect(r.nodes.alerts.copies).toBe(600);
    expect(r.nodes.a.copies).toBe(0);
    // The node's series says when: 10 copies each second.
    expect(r.series!.nodes.alerts.copies.slice(0, 3)).toEqual([10, 10, 10]);
    expect(r.series!.totals!.copies.at(-1)).toBe(600);
  });

  it('a stream read by two functions: each reader gets every record, one copy each', () => {
    // 100 records/s for 60 s on one shard = 6,000 produced; two standard readers share 2 MiB/s
    // and 5 GetRecords/s, far above 100 records/s of 1 KiB, so both keep up: 6,000 copies.
    // https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html
    const p = new PipelineBuilder('two-readers')
      .node('clicks', 'kinesis-stream', { shardCount: 1, traffic: { recordsPerSecond: 100 } })
      .node('f', 'lambda-function')
      .node('g', 'lambda-function')
      .edge('clicks', 'f')
      .edge('clicks', 'g')
      .build();
    const r = run(p, 60);
    expect(r.totals.produced).toBe(6000);
    expect(r.totals.copies).toBe(6000);
    expect(r.nodes.clicks.copies).toBe(6000);
    const { produced, copies, delivered, inFlight, dropped } = r.totals;
    expect(delivered + inFlight + dropped).toBe(produced + copies);
  });

  it('a function writing to two tables sends each a copy', () => {
    // 5 messages/s for 60 s through one function (no errors) into two tables: 300 produced,
    // 300 copies, 600 stored once the last batch is done (in flight at most the last second).
    const p = new PipelineBuilder('two-writes')
      .node('q', 'sqs-queue', { traffic: { recordsPerSecond: 5 } })
      .node('f', 'lambda-function')
      .node('t1', 'dynamodb-table')
      .node('t2', 'dynamodb-table')
      .edge('q', 'f')
      .edge('f', 't1')
      .edge('f', 't2')
      .build();
    const r = run(p, 60);
    expect(r.nodes.f.copies).toBe(r.nodes.f.processed);
    expect(r.nodes.t1.processed).toBe(r.nodes.f.processed);
    const { produced, copies, delivered, inFlight, dropped } = r.totals;
    expect(produced).toBe(300);
    expect(delivered + inFlight + dropped).toBe(produced + copies);
  });

  it('objects whose key no notification filter matches end in the bucket, counted delivered', () => {
    // A function writes 300 records under processed/; the bucket notifies only for incoming/,
    // so none of them goes on: they are delivered to the bucket. Before, they were counted
    // nowhere (delivered + in flight + dropped fell 300 short of produced).
    // https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-filtering.html
    const p = new PipelineBuilder('filtered')
      .node('q', 'sqs-queue', { traffic: { recordsPerSecond: 5 } })
      .node('f', 'lambda-function')
      .node('lake', 's3-bucket')
      .node('g', 'lambda-function')
      .edge('q', 'f')
      .edge('f', 'lake', { writePrefix: 'processed/' })
      .edge('lake', 'g', { filterPrefix: 'incoming/' })
      .build();
    const r = run(p, 60);
    expect(r.nodes.lake.received).toBe(r.nodes.f.processed);
    expect(r.nodes.g.received).toBe(0);
    const { produced, copies, delivered, inFlight, dropped } = r.totals;
    expect(copies).toBe(0);
    expect(delivered).toBe(r.nodes.lake.received);
    expect(delivered + inFlight + dropped).toBe(produced);
  });

  it('a Glue job streaming from an IoT rule gets each message once', () => {
    // 1 message/s for 60 s: the rule sends each to its action (the job) at once. The job used
    // to read them from the rule as well, receiving 120 for 60 produced.
    const p = new PipelineBuilder('iot-glue').node('rule', 'iot-rule', { traffic: { recordsPerSecond: 1 } }).node('etl', 'glue-job').edge('rule', 'etl').build();
    const r = run(p, 60);
    expect(r.nodes.etl.received).toBe(60);
    expect(r.totals.copies).toBe(0);
  });

  it('holds at every point on random fan-out trees: produced + copies = delivered + in flight + dropped', () => {
    // A source with traffic hands records to 1-3 targets, each of which hands them to 0-2 more:
    // SNS subscriptions, S3 notifications and readers, stream readers, several writes.
    const sources: KindId[] = ['sns-topic', 's3-bucket', 'kinesis-stream', 'dynamodb-table', 'iot-rule', 'api-gateway', 'sqs-queue'];
    const tree = fc.record({
      source: fc.constantFrom(...sources),
      picks: fc.array(fc.nat(), { minLength: 9, maxLength: 9 }),
      widths: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 }),
      first: fc.integer({ min: 1, max: 3 }),
      rate: fc.integer({ min: 1, max: 500 }),
      seconds: fc.integer({ min: 1, max: 600 }),
    });
    let fannedOut = 0;
    fc.assert(
      fc.property(tree, (t) => {
        const b = new PipelineBuilder('tree').node('src', t.source, { traffic: { recordsPerSecond: t.rate }, ...(t.source === 'dynamodb-table' ? { streamEnabled: true } : {}) });
        let n = 0;
        const grow = (parent: string, kind: KindId, width: number, depth: number) => {
          const options = allowedTargets(kind).filter((k) => k !== 'schedule');
          for (let i = 0; i < width && options.length > 0; i++) {
            const child = `n${n}`;
            const childKind = options[t.picks[n % t.picks.length] % options.length];
            n++;
            b.node(child, childKind);
            b.edge(parent, child);
            if (depth < 1) grow(child, childKind, t.widths[i], depth + 1);
          }
        };
        grow('src', t.source, t.first, 0);
        const r = simulate(b.build(), { seconds: t.seconds, stepSeconds: 1, seed: 1, series: true });
        if (r.seconds < t.seconds) return; // a loop that copies without end stopped the run
        if (r.totals.copies > 0) fannedOut++;
        const s = r.series!.totals!;
        for (let i = 0; i < s.produced.length; i++) {
          expect(s.delivered[i] + s.inFlight[i] + s.dropped[i], `point ${i}`).toBe(s.produced[i] + s.copies[i]);
        }
      }),
      { numRuns: 200, seed: 14 },
    );
    // The property is only worth something if most trees fan out.
    expect(fannedOut).toBeGreaterThan(50);
  });
});
