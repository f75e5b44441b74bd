import { describe, expect, it } from 'vitest';
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

  it('an edge id with terminal escapes is printed escaped', async () => {
    const r = await runCli(['event', ORDERS, '--edge', 'x\u001b[2J\r']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no edge has the id "x\\u001b[2J\\u000d"');
  });
});
