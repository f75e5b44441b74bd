import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './fake-io';

const ORDERS = 'examples/sqs-lambda-s3-dlq.sluice.json';

describe('sluice cost', () => {
  it('prints the documented JSON, keys in order, with the hand-worked design estimate', async () => {
    const r = await runCli(['cost', ORDERS, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['region', 'currency', 'basis', 'monthlyTotal', 'freeTierCredit', 'nodes']);
    expect(out).toMatchObject({ region: 'us-east-1', currency: 'USD', basis: 'design' });
    expect(Object.keys(out.nodes)).toEqual(['orders', 'orders-dlq', 'archive', 'archive-bucket']);
    expect(Object.keys(out.nodes.archive)).toEqual(['monthly', 'lines']);
    expect(Object.keys(out.nodes.archive.lines[0])).toEqual(['item', 'quantity', 'unit', 'unitPrice', 'monthly', 'source']);
    // 200 messages/s of 4,000 B, batches of 10 → 20 invocations/s = 52,560,000 a month (730 h).
    //   queue: 525,600,000 sends × $0.40/M = $210.24; 2 × 52,560,000 receive + delete × $0.40/M = $42.048 → $42.05
    //   function: 52,560,000 × $0.20/M = $10.512 → $10.51; (80 + 5 × 10) ms × 0.5 GB × 52,560,000 = 3,416,400 GB-s × $0.0000166667 = $56.94
    //   bucket: one PUT per invocation 52,560,000 × $0.005/1,000 = $262.80; 525,600,000 × 4,000 B = 1,958.0 GB × $0.023 = $45.03
    //   CloudWatch (https://aws.amazon.com/cloudwatch/pricing/): the export's alarms at $0.10 each:
    //     the function's errors and throttles $0.20, the dead-letter queue's depth $0.10
    //   CloudWatch Logs (lib/cost/logs.ts): the function writes to S3, so only Lambda's START/END/REPORT,
    //     343 B per invocation: 52,560,000 × 343 = 18,028,080,000 B = 16.79 GB × $0.50 = $8.39498 → $8.39;
    //     kept 30 of 30.4167 days: 16.56 GB-month × $0.03 = $0.4968 → $0.50. Function: $67.65 + $8.89 = $76.54
    //   total $252.29 + $0.10 + $76.54 + $307.83 = $636.76; free tier apart: $0.20 + 400,000 GB-s $6.67
    //     + SQS $0.40 + 3 of the 10 free alarms $0.30 + 5 GB of logs ingested $2.50 + 5 GB-month stored $0.15 = $10.22
    expect(out.nodes.orders.monthly).toBe(252.29);
    expect(out.nodes['orders-dlq'].monthly).toBe(0.1);
    expect(out.nodes.archive.monthly).toBe(76.54);
    expect(out.nodes['archive-bucket'].monthly).toBe(307.83);
    expect(out.monthlyTotal).toBe(636.76);
    expect(out.freeTierCredit).toBe(10.22);
    expect(out.nodes.archive.lines[0]).toEqual({
      item: '52.56 M invocations × $0.20/M',
      quantity: 52_560_000,
      unit: 'request',
      unitPrice: 0.0000002,
      monthly: 10.51,
      source: 'https://aws.amazon.com/lambda/pricing/',
    });
  });

  it('prices in another region and from a simulation scaled to a month', async () => {
    const eu = JSON.parse((await runCli(['cost', ORDERS, '--region', 'eu-west-1', '--json'])).stdout);
    expect(eu.region).toBe('eu-west-1');
    const sim = await runCli(['cost', ORDERS, '--from-simulation', '--seconds', '600', '--json']);
    expect(sim.code).toBe(0);
    const out = JSON.parse(sim.stdout);
    expect(out.basis).toBe('simulation');
    // Constant traffic; the 0.1 % poison messages add retries and DLQ sends, so a little more.
    expect(out.monthlyTotal).toBeGreaterThan(636.76);
    expect(out.monthlyTotal).toBeLessThan(636.76 * 1.05);
  });

  it('prints a readable table by default, with the free tier apart', async () => {
    const r = await runCli(['cost', ORDERS]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('archive (lambda-function)  $76.54');
    expect(r.stdout).toContain('Total: $636.76 per month at list prices.');
    expect(r.stdout).toContain('Free tier: up to $10.22 off');
  });

  it('exits 2 for an unknown region, an unreadable file, or --seconds without --from-simulation', async () => {
    const region = await runCli(['cost', ORDERS, '--region', 'us-west-9']);
    expect(region.code).toBe(2);
    expect(region.stderr).toContain('unknown region "us-west-9"');
    expect((await runCli(['cost', 'no-such-file.json'])).code).toBe(2);
    expect((await runCli(['cost', ORDERS, '--seconds', '60'])).code).toBe(2);
  });

  it("prices in the Region the pipeline names (the designer's selector) unless --region says otherwise", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sluice-cost-'));
    const file = join(dir, 'sydney.sluice.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(ORDERS, 'utf8')), region: 'ap-southeast-2' }));
    // us-east-1 $636.76; ap-southeast-2 $668.14 (docs/cost.md's table): Sydney's S3 PUTs and storage cost more
    // (52,560,000 PUTs × $0.0055/1,000 = $289.08 instead of $262.80; 1,958.0 GB × $0.025 = $48.95 instead of $45.03),
    // and its log ingestion (16.79 GB × $0.57 = $9.57 instead of $8.39).
    expect(JSON.parse((await runCli(['cost', file, '--json'])).stdout)).toMatchObject({ region: 'ap-southeast-2', monthlyTotal: 668.14 });
    expect(JSON.parse((await runCli(['cost', file, '--region', 'us-east-1', '--json'])).stdout)).toMatchObject({ region: 'us-east-1', monthlyTotal: 636.76 });
    // A Region the price book lacks is refused where the file says it, exit 2.
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(ORDERS, 'utf8')), region: 'us-west-9' }));
    const bad = await runCli(['cost', file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('region');
    expect(bad.stderr).toContain('unknown region "us-west-9": the price book has us-east-1, eu-west-1, ap-southeast-2');
  });
});
