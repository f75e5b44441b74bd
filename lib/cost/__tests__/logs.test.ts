import { describe, expect, it } from 'vitest';
import { type CostLine, estimateDesign, estimateSimulation } from '..';
import { exportCdkApp, exportCloudFormation } from '../../export';
import { PipelineBuilder } from '../../model';
import { simulate } from '../../simulate';
import { EXPORTED_LOG_RETENTION_DAYS, PLATFORM_BYTES_PER_INVOCATION } from '../logs';

/**
 * CloudWatch Logs from the functions, hand-worked. Lambda's own lines per invocation (text format,
 * https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html, checked 2026-12-06):
 * START 71 B + END 52 B + REPORT 142 B = 265 B in 3 events; CloudWatch Logs counts each event's
 * message plus 26 B (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html):
 * 265 + 78 = 343 B. Prices (https://aws.amazon.com/cloudwatch/pricing/, us-east-1): $0.50 per GB
 * ingested, $0.03 per GB-month stored; 5 GB and 5 GB-month free, shown apart. GB = 1024³ bytes.
 */
const GB = 1024 ** 3;

const logLines = (lines: CostLine[]) => lines.filter((l) => l.item.includes('of logs'));

/** 1,000 messages/s of 1,000 B in batches of 10 into a function that writes to S3 (a client, so no per-record line). */
function queueToBucket() {
  return new PipelineBuilder()
    .node('q', 'sqs-queue', { traffic: { recordsPerSecond: 1000, avgRecordBytes: 1000 } })
    .node('fn', 'lambda-function')
    .node('b', 's3-bucket')
    .edge('q', 'fn', { batchSize: 10 })
    .edge('fn', 'b')
    .build();
}

describe('CloudWatch Logs from the functions', () => {
  it('100 invocations/s for a 730-hour month, platform lines only: $41.97 ingested + $2.48 stored in us-east-1', () => {
    // 1,000 messages/s in batches of 10 → 100 invocations/s × 2,628,000 s = 262,800,000 invocations.
    // The function writes to S3 (the skeleton has a client for it), so it prints nothing per record.
    //   262,800,000 × 343 B = 90,140,400,000 B = 83.9498 GB × $0.50 = $41.9749 → $41.97
    //   kept 30 days of a 30.4167-day month: 83.9498 × 30 / 30.4167 = 82.7998 GB-month × $0.03 = $2.48399 → $2.48
    //   free tier, apart: 5 GB × $0.50 = $2.50 and 5 GB-month × $0.03 = $0.15 off
    expect(PLATFORM_BYTES_PER_INVOCATION).toBe(343);
    const p = queueToBucket();
    const e = estimateDesign(p);
    expect(e.nodes.fn.lines[0].quantity).toBe(262_800_000);
    const [ingested, stored] = logLines(e.nodes.fn.lines);
    expect(ingested.quantity).toBeCloseTo(90_140_400_000 / GB, 4);
    expect(ingested.item).toBe('83.95 GB of logs ingested (START/END/REPORT + handler lines) × $0.50/GB ingested');
    expect(ingested.monthly).toBe(41.97);
    expect(stored.item).toBe('82.8 GB-month of logs stored (kept 30 days) × $0.03/GB-month');
    expect(stored.monthly).toBe(2.48);
    expect(stored.source).toBe('https://aws.amazon.com/cloudwatch/pricing/');

    // eu-west-1 ingestion: 83.9498 GB × $0.57 = $47.8514 → $47.85
    expect(logLines(estimateDesign(p, 'eu-west-1').nodes.fn.lines)[0].monthly).toBe(47.85);
  });

  it('the free tier takes 5 GB ingested and 5 GB-month stored off, apart from the total', () => {
    // Same design without the queue and bucket lines mattering: the credit grows by exactly $2.50 + $0.15
    // when logs are added above 5 GB, while the total carries the full list price.
    const p = queueToBucket();
    const e = estimateDesign(p);
    const logs = logLines(e.nodes.fn.lines).reduce((s, l) => s + l.monthly, 0);
    expect(logs).toBeCloseTo(41.97 + 2.48, 6);
    // Everything else's free tier: Lambda 1M requests $0.20 + 400,000 GB-s $6.67; SQS 1M $0.40; 2 alarms $0.20 = $7.47;
    // with the logs' $2.50 + $0.15: $10.12.
    expect(e.freeTierCredit).toBe(10.12);
  });

  it('a function that writes nowhere prints each record: Node.js and Python lines differ by the runtime prefix', () => {
    // 1 record/s of 500 B from SQS, one record per invocation (one poll a second): 2,628,000 invocations and records.
    //   Node.js line: 67 (timestamp, request id, INFO) + 21 + 36 (id) + 500 + 1 (newline) + 26 = 651 B
    //     2,628,000 × (343 + 651) = 2,612,232,000 B = 2.43284 GB × $0.50 = $1.21642 → $1.22
    //   Python line: 24 + 36 + 500 + 1 + 26 = 587 B
    //     2,628,000 × (343 + 587) = 2,444,040,000 B = 2.27620 GB × $0.50 = $1.13810 → $1.14
    const make = (runtime: string) =>
      new PipelineBuilder()
        .node('q', 'sqs-queue', { traffic: { recordsPerSecond: 1, avgRecordBytes: 500 } })
        .node('fn', 'lambda-function', { runtime })
        .edge('q', 'fn')
        .build();
    const node = logLines(estimateDesign(make('nodejs22.x')).nodes.fn.lines)[0];
    expect(node.quantity).toBeCloseTo(2_612_232_000 / GB, 4);
    expect(node.monthly).toBe(1.22);
    const python = logLines(estimateDesign(make('python3.13')).nodes.fn.lines)[0];
    expect(python.quantity).toBeCloseTo(2_444_040_000 / GB, 4);
    expect(python.monthly).toBe(1.14);
    // A runtime without a skeleton (Java) logs only Lambda's lines: 2,628,000 × 343 B.
    expect(logLines(estimateDesign(make('java21')).nodes.fn.lines)[0].quantity).toBeCloseTo((2_628_000 * 343) / GB, 4);
  });

  it('a write to a kind the skeleton has no client for prints a "todo" line per record', () => {
    // The Node.js todo line: 67 + 150 (JSON) + 1 + 26 = 244 B. 1 record/s, one per invocation:
    //   2,628,000 × (343 + 244) = 1,542,636,000 B = 1.43669 GB × $0.50 = $0.71834 → $0.72
    const p = new PipelineBuilder()
      .node('q', 'sqs-queue', { traffic: { recordsPerSecond: 1, avgRecordBytes: 500 } })
      .node('fn', 'lambda-function')
      .node('db', 'rds-database')
      .edge('q', 'fn')
      .edge('fn', 'db')
      .build();
    const ingested = logLines(estimateDesign(p).nodes.fn.lines)[0];
    expect(ingested.quantity).toBeCloseTo(1_542_636_000 / GB, 4);
    expect(ingested.monthly).toBe(0.72);
  });

  it('the simulation logs every attempt: retried invocations add their lines', () => {
    // S3 notifications, 30 % of invocations fail and are retried up to twice: about 1.39 attempts
    // per event, each with its START/END/REPORT and its record line again.
    const p = new PipelineBuilder()
      .node('uploads', 's3-bucket', { traffic: { recordsPerSecond: 50, avgRecordBytes: 1000 } })
      .node('fn', 'lambda-function', { errorRate: 0.3, asyncMaxRetries: 2 })
      .edge('uploads', 'fn')
      .build();
    const result = simulate(p, { seconds: 3600, stepSeconds: 1, seed: 1 });
    const design = logLines(estimateDesign(p).nodes.fn.lines)[0].quantity;
    const simulated = logLines(estimateSimulation(p, result).nodes.fn.lines)[0].quantity;
    expect(result.nodes.fn.retries).toBeGreaterThan(0);
    expect(simulated).toBeGreaterThan(design * 1.3);
    expect(simulated).toBeLessThan(design * 1.4);
  });

  it("stores for the retention the export sets on the function's log group (CloudFormation and CDK)", () => {
    const p = new PipelineBuilder().node('fn', 'lambda-function').build();
    const { template } = exportCloudFormation(p);
    const groups = Object.values(template.Resources as Record<string, { Type: string; Properties: { RetentionInDays?: number } }>).filter((r) => r.Type === 'AWS::Logs::LogGroup');
    expect(groups.map((g) => g.Properties.RetentionInDays)).toEqual([EXPORTED_LOG_RETENTION_DAYS]);
    // CDK's RetentionDays.ONE_MONTH is 30 days.
    expect(EXPORTED_LOG_RETENTION_DAYS).toBe(30);
    expect(Object.values(exportCdkApp(p).files).join('\n')).toContain('retention: logs.RetentionDays.ONE_MONTH');
  });
});
