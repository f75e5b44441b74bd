import { describe, expect, it } from 'vitest';
import { addEdge, afterFix, check, findingsOf, nodeConfig, patched } from '../../testing/base-pipeline';

const clicksIntoJob = (jobType?: string) =>
  patched((d) => {
    if (jobType) nodeConfig(d, 'load-orders').jobType = jobType;
    addEdge(d, 'clicks-to-load', 'clicks', 'load-orders');
  });

describe('glue-streaming-source', () => {
  it('warns about a Kinesis stream feeding a batch Glue job, offering a streaming job', () => {
    const p = clicksIntoJob();
    expect(check(p, 'glue-streaming-source')).toEqual([
      {
        rule: 'glue-streaming-source',
        severity: 'warning',
        edgeId: 'clicks-to-load',
        message:
          "the streaming source clicks feeds the batch Glue job load-orders (glueetl): Glue ETL is batch oriented, running at most every 5 minutes, so the stream's records wait or expire",
      },
    ]);
    const { applied, remaining } = afterFix(p, 'glue-streaming-source');
    expect(remaining).toEqual([]);
    expect(applied.nodes.find((n) => n.id === 'load-orders')?.config).toMatchObject({ jobType: 'gluestreaming' });
  });

  it('covers SQS and IoT sources too, without offering a streaming job that could not read them', () => {
    const p = patched((d) => {
      addEdge(d, 'orders-to-load', 'orders', 'load-orders');
      addEdge(d, 'telemetry-to-load', 'telemetry', 'load-orders');
    });
    const findings = findingsOf(p, 'glue-streaming-source');
    expect(findings.map((f) => f.edgeId)).toEqual(['orders-to-load', 'telemetry-to-load']);
    expect(findings.map((f) => f.action)).toEqual([undefined, undefined]);
  });

  it('warns that a gluestreaming job cannot read an SQS queue or an IoT rule', () => {
    const p = patched((d) => {
      nodeConfig(d, 'load-orders').jobType = 'gluestreaming';
      addEdge(d, 'orders-to-load', 'orders', 'load-orders');
    });
    expect(check(p, 'glue-streaming-source')).toEqual([
      {
        rule: 'glue-streaming-source',
        severity: 'warning',
        edgeId: 'orders-to-load',
        message: 'the streaming Glue job load-orders cannot read orders (SQS queue): Glue streaming jobs read Kinesis Data Streams and Apache Kafka (MSK) only',
      },
    ]);
  });

  it('accepts a gluestreaming job, and S3 or catalog inputs to a batch job', () => {
    expect(check(clicksIntoJob('gluestreaming'), 'glue-streaming-source')).toEqual([]);
    expect(check(patched(() => undefined), 'glue-streaming-source')).toEqual([]);
  });
});
