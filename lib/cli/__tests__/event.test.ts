import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { triggerCases } from '../../events/testing/trigger-pipelines';
import { runCli } from './fake-io';

const ORDERS = 'examples/sqs-lambda-s3-dlq.sluice.json';

describe('sluice event', () => {
  it('prints the documented JSON for an SQS edge, with the edge\'s batch size', async () => {
    const r = await runCli(['event', ORDERS, '--edge', 'orders-to-archive', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['edge', 'function', 'source', 'family', 'recordsShown', 'maxRecords', 'reportsItemFailures', 'notes', 'event']);
    // The edge's batchSize is 10 (the SQS default and, without a window, its maximum); 3 shown.
    expect(out).toMatchObject({ edge: 'orders-to-archive', function: 'archive', source: 'orders', family: 'sqs', recordsShown: 3, maxRecords: 10, reportsItemFailures: true });
    expect(out.event.Records).toHaveLength(3);
    expect(out.event.Records[0].eventSourceARN).toBe('arn:aws:sqs:us-east-1:123456789012:orders');
  });

  it('prints notes as // lines, then the event', async () => {
    const r = await runCli(['event', ORDERS, '--edge', 'orders-to-archive']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('// Up to 10 records per invocation with this design\'s batch size; the sample shows 3.');
    const json = lines.filter((l) => !l.startsWith('//')).join('\n');
    expect(JSON.parse(json).Records[2].eventSource).toBe('aws:sqs');
  });

  it('exits 2 naming the edge: unknown, not into a function, or missing', async () => {
    const unknown = await runCli(['event', ORDERS, '--edge', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('sluice event: --edge: no edge has the id "nope" (edges into functions: orders-to-archive)\n');
    const out = await runCli(['event', ORDERS, '--edge', 'archive-to-bucket']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('goes into s3-bucket "archive-bucket", not a Lambda function');
    const missing = await runCli(['event', ORDERS]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--edge: give the id of an edge into a function');
    const file = await runCli(['event', 'no-such.sluice.json', '--edge', 'x']);
    expect(file.code).toBe(2);
  });

  it('a Firehose processor edge: the transformation event, its batch in MB, no record count', async () => {
    // Firehose reading stream "up" invokes "fn" with its processor buffer (AWS's default 1 MB, 60 s).
    // https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
    const dir = mkdtempSync(join(tmpdir(), 'sluice-event-'));
    try {
      const file = join(dir, 'firehose.sluice.json');
      writeFileSync(file, JSON.stringify(triggerCases().find((c) => c.name === 'firehose-kinesis')!.pipeline));
      const r = await runCli(['event', file, '--edge', 'src-fn', '--json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out).toMatchObject({ edge: 'src-fn', function: 'fn', source: 'src', family: 'firehose', recordsShown: 3, maxRecords: null, reportsItemFailures: false });
      expect(out.event.deliveryStreamArn).toBe('arn:aws:firehose:us-east-1:123456789012:deliverystream/src');
      expect(out.event.sourceKinesisStreamArn).toBe('arn:aws:kinesis:us-east-1:123456789012:stream/up');
      expect(Object.keys(out.event.records[0])).toEqual(['recordId', 'approximateArrivalTimestamp', 'data', 'kinesisRecordMetadata']);
      const plain = await runCli(['event', file, '--edge', 'src-fn']);
      expect(plain.stdout.split('\n')[0]).toBe('// Firehose invokes the function when its processor buffer holds 1 MB or 60 s have passed, whichever comes first: any number of records fits; the sample shows 3.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an edge id with terminal escapes is printed escaped', async () => {
    const r = await runCli(['event', ORDERS, '--edge', 'x\u001b[2J\r']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no edge has the id "x\\u001b[2J\\u000d"');
  });
});
