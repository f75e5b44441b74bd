import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { run } from './run';

describe('Firehose', () => {
  it('delivers its buffer when the interval has passed', () => {
    // 10 records/s of 1,000 bytes, 60 s interval, 5 MB buffer (never full): the records of
    // seconds 0-59 go out at the end of second 59, then every 60 s.
    const p = new PipelineBuilder('firehose-interval')
      .node('readings', 'kinesis-stream', { traffic: { recordsPerSecond: 10, avgRecordBytes: 1000 } })
      .node('delivery', 'firehose', { bufferSizeMb: 5, bufferIntervalSeconds: 60 })
      .node('lake', 's3-bucket')
      .edge('readings', 'delivery')
      .edge('delivery', 'lake')
      .build();
    const r = run(p, 600);
    const arrivals = r.series!.nodes.lake.received;
    arrivals.forEach((n, i) => expect(n, `second ${i}`).toBe(i % 60 === 59 ? 600 : 0));
    expect(r.nodes.lake.received).toBe(6000);
    expect(Math.max(...r.series!.nodes.delivery.backlog)).toBe(590);
    expect(r.summary.bottleneck).toBeUndefined();
  });

  it('delivers as soon as the buffer holds bufferSizeMb', () => {
    // 1 MB = 1,048,576 bytes = 1,048 records of 1,000 bytes: at 100 records/s the buffer
    // passes that after 11 s (1,100 records), long before the 900 s interval.
    const p = new PipelineBuilder('firehose-size')
      .node('readings', 'kinesis-stream', { traffic: { recordsPerSecond: 100, avgRecordBytes: 1000 } })
      .node('delivery', 'firehose', { bufferSizeMb: 1, bufferIntervalSeconds: 900 })
      .node('lake', 's3-bucket')
      .edge('readings', 'delivery')
      .edge('delivery', 'lake')
      .build();
    const r = run(p, 110);
    const arrivals = r.series!.nodes.lake.received;
    arrivals.forEach((n, i) => expect(n, `second ${i}`).toBe(i % 11 === 10 ? 1100 : 0));
  });
});

describe('schedules', () => {
  it('a rate schedule fires once per period, the first one period after the start', () => {
    const p = new PipelineBuilder('rate')
      .node('every-5-min', 'schedule', { expression: 'rate(5 minutes)' })
      .node('report', 'lambda-function')
      .edge('every-5-min', 'report')
      .build();
    const r = run(p, 1800);
    // Fires at 300, 600, ..., 1500: 5 times within the half hour.
    expect(r.totals.produced).toBe(5);
    expect(r.nodes.report.processed).toBe(5);
    const fired = r.series!.nodes.report.processed.flatMap((n, i) => (n > 0 ? [i] : []));
    expect(fired.slice(0, 3)).toEqual([300, 600, 900]);
  });

  it('a cron schedule fires at the matching minutes (UTC, from 2026-01-01 00:00)', () => {
    const p = new PipelineBuilder('cron')
      .node('quarter-hours', 'schedule', { expression: 'cron(0/15 * * * ? *)' })
      .node('report', 'lambda-function')
      .edge('quarter-hours', 'report')
      .build();
    const r = run(p, 3600, 60);
    const fired = r.series!.nodes.report.processed.flatMap((n, i) => (n > 0 ? [i * 60] : []));
    expect(fired).toEqual([0, 900, 1800, 2700]);
  });
});

describe('Glue', () => {
  /** 100 objects/s land in S3; a schedule starts the job every 30 minutes; the job loads Redshift. */
  function halfHourly(workers: number) {
    return new PipelineBuilder('glue-batch')
      .node('landing', 's3-bucket', { traffic: { recordsPerSecond: 100 } })
      .node('every-30-min', 'schedule', { expression: 'rate(30 minutes)' })
      .node('load', 'glue-job', { workerType: 'G.1X', numberOfWorkers: workers, recordsPerSecondPerDpu: 5000, startupSeconds: 60 })
      .node('warehouse', 'redshift-cluster', { maxLoadRecordsPerSecond: 1e9 })
      .edge('landing', 'load')
      .edge('every-30-min', 'load')
      .edge('load', 'warehouse')
      .build();
  }

  it('a job processes what arrived since its last run, taking startup + records / throughput', () => {
    // Started at 1,800 s with the 180,000 objects of the first half hour. 2 x G.1X (1 DPU) x
    // 5,000 records/s = 10,000 records/s: 60 + 18 = 78 s, done at 1,878 s. Steps of 2 s.
    const r = run(halfHourly(2), 3600, 2);
    const done = r.series!.nodes.load.processed;
    const first = done.findIndex((n) => n > 0);
    expect(r.series!.time[first]).toBe(1878);
    expect(done[first]).toBe(180_000);
    expect(r.nodes.warehouse.received).toBe(180_000);
    // What arrived during and after the run waits for the next one (at 3,600 s, past the end).
    expect(r.nodes.load.backlog).toBe(180_000);
    expect(r.summary.bottleneck).toBeUndefined();
  });

  it('a Python shell job runs on 0.0625 DPU whatever its worker settings, as exported', () => {
    // https://docs.aws.amazon.com/glue/latest/dg/add-job-python.html: 0.0625 or 1 DPU; the
    // export deploys MaxCapacity 0.0625. 0.0625 x 5,000 = 312.5 records/s: the 180,000 objects
    // take 60 + 576 = 636 s, done at 2,436 s. Before: 2 x G.1X = 10,000 records/s, done at 1,878 s.
    const p = halfHourly(2);
    const shell = { ...p, nodes: p.nodes.map((n) => (n.id === 'load' ? { ...n, config: { ...n.config, jobType: 'pythonshell' as const } } : n)) };
    const r = run(shell as typeof p, 3600, 2);
    const done = r.series!.nodes.load.processed;
    expect(r.series!.time[done.findIndex((n) => n > 0)]).toBe(2436);
  });

  it("a schedule node in front of a job starts it instead of the job's own schedule, as exported", () => {
    // Both would fire at 1,800 s; only the schedule node does: one run, no skipped start.
    const p = halfHourly(2);
    const both = { ...p, nodes: p.nodes.map((n) => (n.id === 'load' ? { ...n, config: { ...n.config, trigger: { type: 'schedule' as const, schedule: 'rate(30 minutes)' } } } : n)) };
    const r = run(both as typeof p, 3600, 2);
    const starts = r.series!.nodes.load.processed.filter((n) => n > 0);
    expect(starts).toEqual([180_000]);
    expect(r.summary.recommendations.filter((x) => x.nodeId === 'load')).toEqual([]);
  });

  it('more workers make the run shorter', () => {
    // 4 workers: 20,000 records/s, 60 + 9 = 69 s: done at 1,869 s, in the step that ends at 1,870 s.
    const r = run(halfHourly(4), 3600, 2);
    const done = r.series!.nodes.load.processed;
    expect(r.series!.time[done.findIndex((n) => n > 0)]).toBe(1870);
  });

  it('a crawler takes baseRunSeconds + secondsPerObject x new objects', () => {
    // 10 objects/s; crawl every hour (cron at minute 0): the crawl at 3,600 s covers the 36,000
    // objects of the first hour and takes 60 + 0.01 x 36,000 = 420 s; the one at 0 s found nothing.
    const p = new PipelineBuilder('crawl')
      .node('landing', 's3-bucket', { traffic: { recordsPerSecond: 10 } })
      .node('crawler', 'glue-crawler', { schedule: 'cron(0 * * * ? *)', baseRunSeconds: 60, secondsPerObject: 0.01 })
      .node('catalog', 'glue-database')
      .edge('landing', 'crawler')
      .edge('crawler', 'catalog')
      .build();
    const r = run(p, 5400, 3);
    const done = r.series!.nodes.crawler.processed;
    expect(r.series!.time[done.findIndex((n) => n > 0)]).toBe(3600 + 420);
    expect(r.nodes.catalog.received).toBe(36_000);
  });
});
