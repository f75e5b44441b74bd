import { describe, expect, it } from 'vitest';
import { estimateDesign, type CostEstimate } from '..';
import { PipelineBuilder } from '../../model';

/**
 * Hand-worked design estimates, one design per kind, worked the way the AWS Pricing Calculator
 * works them: monthly quantity (730-hour month = 2,628,000 s) × unit price, each line rounded to
 * the cent. Prices: lib/cost/prices.ts (us-east-1 unless said otherwise), from the AWS pricing
 * pages named there, checked 2026-12-06. "GB" in byte-based prices is 1024^3 bytes.
 */
const MONTH = 2_628_000;

function monthly(estimate: CostEstimate, nodeId: string): number[] {
  return estimate.nodes[nodeId].lines.map((l) => l.monthly);
}

describe('design estimate, per kind', () => {
  it('SQS → Lambda: requests, GB-s, sends and receive + delete', () => {
    // 1 message/s of 1,000 bytes; batch size 10 but only 1 message per poll (once a second):
    //   invocations = 1 × 2,628,000 = 2,628,000; each 100 ms at 512 MB.
    //   Lambda requests: 2,628,000 × $0.20/M = $0.5256 → $0.53
    //   Lambda duration: 2,628,000 × 0.1 s × 0.5 GB = 131,400 GB-s × $0.0000166667 = $2.19000438 → $2.19
    //   SQS sends: 2,628,000 (one 64 KB chunk each) × $0.40/M = $1.0512 → $1.05
    //   SQS receive + delete: 2 × 2,628,000 batches × $0.40/M = $2.1024 → $2.10
    //   CloudWatch: the export's 2 alarms on the function (errors, throttles) × $0.10 = $0.20
    //     (https://aws.amazon.com/cloudwatch/pricing/, standard-resolution alarm, us-east-1)
    //   CloudWatch Logs (lib/cost/logs.ts): per invocation Lambda's START/END/REPORT, 265 bytes + 3 × 26 = 343;
    //     the function writes nowhere, so the Node.js skeleton prints each record: 67 (prefix) + 21 + 36 (id)
    //     + 1,000 (item) + 1 + 26 = 1,151 bytes. 2,628,000 × (343 + 1,151) = 3,926,232,000 B = 3.6566 GB
    //     × $0.50 = $1.8283 → $1.83 ingested; kept 30 of 30.4167 days: 3.6065 GB-month × $0.03 = $0.1082 → $0.11
    //   Free tier (apart): Lambda 1M requests $0.20 + 131,400 GB-s (under 400,000) $2.19 + SQS 1M requests $0.40
    //     + 2 of the 10 free alarms $0.20 + logs under 5 GB ingested $1.83 and 5 GB-month stored $0.11 = $4.93
    const p = new PipelineBuilder()
      .node('q', 'sqs-queue', { traffic: { recordsPerSecond: 1, avgRecordBytes: 1000 } })
      .node('fn', 'lambda-function', { memoryMb: 512, durationMsPerInvocation: 100, durationMsPerRecord: 0 })
      .edge('q', 'fn')
      .build();
    const e = estimateDesign(p);
    expect(e.nodes.fn.lines[0].quantity).toBe(MONTH);
    expect(monthly(e, 'fn')).toEqual([0.53, 2.19, 1.83, 0.11, 0.2]);
    expect(monthly(e, 'q')).toEqual([1.05, 2.1]);
    expect(e.nodes.fn.lines[0].item).toBe('2.63 M invocations × $0.20/M');
    expect(e.nodes.fn.lines[2].item).toBe('3.66 GB of logs ingested (START/END/REPORT + handler lines) × $0.50/GB ingested');
    expect(e.nodes.fn.lines[3].item).toBe('3.61 GB-month of logs stored (kept 30 days) × $0.03/GB-month');
    expect(e.nodes.fn.lines[4].item).toBe('2 CloudWatch alarms (exported) × $0.10/alarm-month (standard)');
    expect(e.monthlyTotal).toBe(8.01);
    expect(e.freeTierCredit).toBe(4.93);
  });

  it('Firehose → Lambda processor: one invocation per buffered batch of the processor (1 MB or 60 s)', () => {
    // 10 records/s of 1,024 bytes = 10,240 B/s: 1 MB fills every 102.4 s, so the 60 s interval
    // flushes first: 2,628,000 / 60 = 43,800 invocations a month, each with 600 records:
    // 100 ms + 600 × 1 ms = 0.7 s → 30,660 s (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html).
    //   Lambda requests: 43,800 × $0.20/M = $0.00876 → $0.01
    //   Lambda duration: 30,660 s × 0.125 GB = 3,832.5 GB-s × $0.0000166667 = $0.0638755 → $0.06
    //   Logs: START/END/REPORT 43,800 × 343 B = 15,023,400 B, plus the Node.js skeleton's line per record
    //     (the processor writes nowhere, so processItem prints each item): 26,280,000 records ×
    //     (67 + 21 + 36 + 1,024 + 1 + 26 = 1,175 B) = 30,879,000,000 B; together 30,894,023,400 B
    //     = 28.7724 GB × $0.50 = $14.386 → $14.39; stored 28.7724 × 30 / 30.4167 = 28.378 GB-month × $0.03 → $0.85
    //   Alarms: 2 × $0.10 = $0.20
    const p = new PipelineBuilder()
      .node('events', 'sns-topic', { traffic: { recordsPerSecond: 10, avgRecordBytes: 1024 } })
      .node('delivery', 'firehose')
      .node('fn', 'lambda-function', { memoryMb: 128, durationMsPerInvocation: 100, durationMsPerRecord: 1 })
      .edge('events', 'delivery')
      .edge('delivery', 'fn')
      .build();
    const e = estimateDesign(p);
    expect(e.nodes.fn.lines[0].quantity).toBeCloseTo(43_800, 6);
    expect(monthly(e, 'fn')).toEqual([0.01, 0.06, 14.39, 0.85, 0.2]);
  });

  it('Kinesis provisioned: shard-hours, PUT payload units, extended retention', () => {
    // 2 shards × 730 h = 1,460 shard-hours × $0.015 = $21.90
    // 500 records/s × 2,628,000 s = 1,314,000,000 records of 3 KB = 1 PUT unit (25 KB) each × $0.014/M = $18.396 → $18.40
    // retention 48 h > 24 h: 1,460 extended-retention shard-hours × $0.020 = $29.20
    const p = new PipelineBuilder().node('s', 'kinesis-stream', { shardCount: 2, retentionHours: 48, traffic: { recordsPerSecond: 500, avgRecordBytes: 3072 } }).build();
    expect(monthly(estimateDesign(p), 's')).toEqual([21.9, 18.4, 29.2]);
  });

  it('Kinesis enhanced fan-out: consumer-shard-hours and GB read per consumer (https://aws.amazon.com/kinesis/data-streams/pricing/)', () => {
    // 2 shards, one function reading through its own consumer: 2 × 730 = 1,460 consumer-shard-hours × $0.015 = $21.90;
    // 100 records/s of 1,024 B: 262,800,000 records = 250.6256 GB (1024³) × $0.013 = $3.2581 → $3.26.
    const p = new PipelineBuilder()
      .node('s', 'kinesis-stream', { shardCount: 2, traffic: { recordsPerSecond: 100, avgRecordBytes: 1024 } })
      .node('fn', 'lambda-function')
      .edge('s', 'fn', { enhancedFanOut: true })
      .build();
    const lines = estimateDesign(p).nodes.s.lines;
    expect(lines.slice(2).map((l) => [l.item, l.monthly])).toEqual([
      ['1,460 enhanced fan-out consumer-shard-hours (1 consumer) × $0.015/consumer-shard-hour', 21.9],
      ['251 GB read by enhanced fan-out × $0.013/GB read (enhanced fan-out)', 3.26],
    ]);
    expect(lines[3].quantity).toBe(250.6256);
  });

  it('Kinesis on-demand → Firehose: stream-hours, GB in (1 KB rounding), GB out per consumer; Firehose GB (5 KB rounding)', () => {
    // 100 records/s of 1,500 bytes → 2 KB each: 262,800,000 × 2,048 B = 501.2522 GB
    //   stream-hours 730 × $0.04 = $29.20; GB in 501.2522 × $0.08 = $40.10; GB out (1 consumer) × $0.04 = $20.05
    // Firehose: 1,500 B → 5 KB: 262,800,000 × 5,120 B = 1,253.128 GB × $0.029 = $36.3407 → $36.34
    const p = new PipelineBuilder()
      .node('s', 'kinesis-stream', { mode: 'on-demand', traffic: { recordsPerSecond: 100, avgRecordBytes: 1500 } })
      .node('f', 'firehose')
      .edge('s', 'f')
      .build();
    const e = estimateDesign(p);
    expect(monthly(e, 's')).toEqual([29.2, 40.1, 20.05]);
    expect(monthly(e, 'f')).toEqual([36.34]);
  });

  it('DynamoDB on-demand: write request units (1 KB rounding) and storage; eu-west-1 prices differ', () => {
    // 10 item writes/s of 2,500 bytes = 3 WRU each: 26,280,000 × 3 = 78,840,000 WRU × $0.625/M = $49.275 → $49.28
    // storage: 26,280,000 × 2,500 B = 61.1879 GB × $0.25 = $15.297 → $15.30; free tier 25 GB × $0.25 = $6.25
    // eu-west-1: 78,840,000 × $0.7068/M = $55.7241 → $55.72; 61.1879 GB × $0.283 = $17.3161 → $17.32
    const p = new PipelineBuilder().node('t', 'dynamodb-table', { traffic: { recordsPerSecond: 10, avgRecordBytes: 2500 } }).build();
    const e = estimateDesign(p);
    expect(monthly(e, 't')).toEqual([49.28, 15.3]);
    expect(e.freeTierCredit).toBe(6.25);
    expect(monthly(estimateDesign(p, 'eu-west-1'), 't')).toEqual([55.72, 17.32]);
  });

  it('SNS publishes, S3 PUTs and storage', () => {
    // SNS: 5/s × 2,628,000 = 13,140,000 publishes × $0.50/M = $6.57
    // S3: 2 uploads/s = 5,256,000 PUTs × $0.005/1,000 = $26.28; 5,256,000 × 100,000 B = 489.5031 GB × $0.023 = $11.2586 → $11.26
    const p = new PipelineBuilder()
      .node('t', 'sns-topic', { traffic: { recordsPerSecond: 5, avgRecordBytes: 1024 } })
      .node('b', 's3-bucket', { traffic: { recordsPerSecond: 2, avgRecordBytes: 100_000 } })
      .build();
    const e = estimateDesign(p);
    expect(monthly(e, 't')).toEqual([6.57]);
    expect(monthly(e, 'b')).toEqual([26.28, 11.26]);
  });

  it('Scheduler, Glue job (1-minute minimum) and crawler (10-minute minimum), catalog', () => {
    // schedule rate(1 hour): 730 firings × $1.00/M = $0.00073 → $0.00 (free tier: 14M)
    // Glue job, 2 × G.1X = 2 DPU, no input, 30 s start-up → billed 60 s: 730 × 60 s × 2 DPU / 3,600 = 24.3333 DPU-h × $0.44 = $10.7067 → $10.71
    // crawler cron hourly, 60 s runs → billed 600 s: 730 × 600 / 3,600 × 1 DPU = 121.6667 DPU-h × $0.44 = $53.5333 → $53.53
    // catalog: 1 object × $1/100,000 = $0.00001 → $0.00
    const p = new PipelineBuilder()
      .node('every-hour', 'schedule', { expression: 'rate(1 hour)' })
      .node('job', 'glue-job', { startupSeconds: 30 })
      .node('crawler', 'glue-crawler', { schedule: 'cron(0 * * * ? *)' })
      .node('db', 'glue-database')
      .edge('every-hour', 'job')
      .build();
    const e = estimateDesign(p);
    expect(monthly(e, 'every-hour')).toEqual([0]);
    expect(e.nodes['every-hour'].lines[0].quantity).toBe(730);
    expect(monthly(e, 'job')).toEqual([10.71]);
    expect(monthly(e, 'crawler')).toEqual([53.53]);
    expect(monthly(e, 'db')).toEqual([0]);
  });

  it('IoT rule, API Gateway, RDS, EMR, OpenSearch, Redshift, Athena, Data Pipeline', () => {
    // IoT: 10 msg/s of 2 KB = 26,280,000 messages × $1.00/M = $26.28; rules triggered × $0.15/M = $3.942 → $3.94;
    //   one action (the function) × $0.15/M = $3.94
    // API Gateway HTTP: 50 req/s = 131,400,000 × $1.00/M = $131.40; REST × $3.50/M = $459.90
    // RDS db.t4g.medium: 730 h × $0.065 = $47.45; 20 GB × $0.115 = $2.30
    // EMR 3 × m5.xlarge: 2,190 h × ($0.192 EC2 + $0.048 EMR) = $525.60
    // OpenSearch 2 × r6g.large.search: 1,460 h × $0.167 = $243.82; 2 × 100 GB gp3 × $0.122 = $24.40
    // Redshift 2 × ra3.xlplus: 1,460 h × $1.086 = $1,585.56
    // Athena: no query volume in the design: $0.00; Data Pipeline daily activity: $0.60
    const p = new PipelineBuilder()
      .node('iot', 'iot-rule', { traffic: { recordsPerSecond: 10, avgRecordBytes: 2048 } })
      .node('fn', 'lambda-function')
      .edge('iot', 'fn')
      .node('http', 'api-gateway', { traffic: { recordsPerSecond: 50 } })
      .node('rest', 'api-gateway', { apiType: 'rest', traffic: { recordsPerSecond: 50 } })
      .node('rds', 'rds-database')
      .node('emr', 'emr-cluster')
      .node('search', 'opensearch-domain')
      .node('dw', 'redshift-cluster')
      .node('athena', 'athena-workgroup')
      .node('dp', 'data-pipeline')
      .build();
    const e = estimateDesign(p);
    expect(monthly(e, 'iot')).toEqual([26.28, 3.94, 3.94]);
    expect(monthly(e, 'http')).toEqual([131.4]);
    expect(monthly(e, 'rest')).toEqual([459.9]);
    expect(monthly(e, 'rds')).toEqual([47.45, 2.3]);
    expect(monthly(e, 'emr')).toEqual([525.6]);
    expect(monthly(e, 'search')).toEqual([243.82, 24.4]);
    expect(monthly(e, 'dw')).toEqual([1585.56]);
    expect(monthly(e, 'athena')).toEqual([0]);
    expect(monthly(e, 'dp')).toEqual([0.6]);
  });

  it('an instance type the book has no price for says so instead of pricing it at zero silently', () => {
    const p = new PipelineBuilder().node('rds', 'rds-database', { instanceClass: 'db.x2g.16xlarge' }).build();
    expect(estimateDesign(p).nodes.rds.lines[0].item).toContain('no list price in the book for db.x2g.16xlarge');
  });
});

describe('design estimate, price-driving settings', () => {
  it('an arm64 function is billed at the Arm GB-s price, sharing the one free GB-s allowance', () => {
    // 10 uploads/s, each invoking both functions: 26,280,000 invocations each, 1,000 ms at 1,024 MB = 26,280,000 GB-s.
    //   x86: 26,280,000 × $0.0000166667 = $438.000876 → $438.00; arm64: × $0.0000133334 = $350.401752 → $350.40
    //   free GB-s (once, 400,000): x86 $6.67 + nothing left for the arm function; requests 1M free $0.20;
    //   4 alarms (2 per function) of the 10 free: $0.40
    //   logs: each function 26,280,000 × (343 platform + 1,175 for the 1,024-byte notification it prints)
    //     = 39,893,040,000 B = 37.15 GB; the 5 GB ingested free $2.50 and 5 GB-month stored free $0.15, once
    //   credit: $7.27 + $2.65 = $9.92
    const p = new PipelineBuilder()
      .node('up', 's3-bucket', { traffic: { recordsPerSecond: 10, avgRecordBytes: 1024 } })
      .node('x86', 'lambda-function', { memoryMb: 1024, durationMsPerInvocation: 1000, durationMsPerRecord: 0 })
      .node('arm', 'lambda-function', { memoryMb: 1024, durationMsPerInvocation: 1000, durationMsPerRecord: 0, architecture: 'arm64' })
      .edge('up', 'x86')
      .edge('up', 'arm')
      .build();
    const e = estimateDesign(p);
    expect(e.nodes.x86.lines[1].monthly).toBe(438);
    expect(e.nodes.arm.lines[1].monthly).toBe(350.4);
    expect(e.nodes.arm.lines[1].item).toContain('arm64');
    expect(e.freeTierCredit).toBe(9.92);
  });
});

describe('design estimate, Glue execution class', () => {
  it('a Flex Spark ETL job is billed at the Flex DPU-hour price', () => {
    // As the standard job above: 730 runs × 60 s (the minimum) × 2 DPU / 3,600 = 24.3333 DPU-h,
    // × $0.29 (Flex) = $7.0567 → $7.06 (standard: × $0.44 = $10.71)
    const p = new PipelineBuilder()
      .node('every-hour', 'schedule', { expression: 'rate(1 hour)' })
      .node('job', 'glue-job', { startupSeconds: 30, executionClass: 'FLEX' })
      .edge('every-hour', 'job')
      .build();
    const line = estimateDesign(p).nodes.job.lines[0];
    expect(line.monthly).toBe(7.06);
    expect(line.unitPrice).toBe(0.29);
  });
});

describe('design estimate, DynamoDB provisioned capacity', () => {
  it('bills provisioned WCU and RCU per hour, used or not, with the 25 + 25 free apart', () => {
    // 100 WCU × 730 h = 73,000 WCU-hours × $0.00065 = $47.45; 50 RCU × 730 = 36,500 RCU-hours × $0.00013 = $4.745 → $4.75
    // no writes: storage $0.00. Free (apart): 25 × 730 = 18,250 WCU-h × $0.00065 = $11.8625 → $11.86,
    //   18,250 RCU-h × $0.00013 = $2.3725 → $2.37; total credit $14.23
    const p = new PipelineBuilder().node('t', 'dynamodb-table', { billingMode: 'PROVISIONED', writeCapacityUnits: 100, readCapacityUnits: 50 }).build();
    const e = estimateDesign(p);
    expect(monthly(e, 't')).toEqual([47.45, 4.75, 0]);
    expect(e.freeTierCredit).toBe(14.23);
  });
});
