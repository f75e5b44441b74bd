import { describe, expect, it } from 'vitest';
import { addEdge, afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

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

  it('covers SQS and IoT sources too', () => {
    const p = patched((d) => {
      addEdge(d, 'orders-to-load', 'orders', 'load-orders');
      addEdge(d, 'telemetry-to-load', 'telemetry', 'load-orders');
    });
    expect(check(p, 'glue-streaming-source').map((f) => f.edgeId)).toEqual(['orders-to-load', 'telemetry-to-load']);
  });

  it('accepts a gluestreaming job, and S3 or catalog inputs to a batch job', () => {
    expect(check(clicksIntoJob('gluestreaming'), 'glue-streaming-source')).toEqual([]);
    expect(check(patched(() => undefined), 'glue-streaming-source')).toEqual([]);
  });
});
