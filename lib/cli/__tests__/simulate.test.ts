import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './fake-io';

const CLICKS = 'examples/clickstream-opensearch.sluice.json';
const ORDERS = 'examples/sqs-lambda-s3-dlq.sluice.json';

describe('sluice simulate', () => {
  it('prints the documented JSON: seconds, stepSeconds, seed, totals and per-node totals', async () => {
    const r = await runCli(['simulate', ORDERS, '--seconds', '120', '--step', '0.5', '--seed', '3', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['seconds', 'stepSeconds', 'seed', 'totals', 'nodes', 'summary']);
    expect(out).toMatchObject({ seconds: 120, stepSeconds: 0.5, seed: 3 });
    expect(Object.keys(out.totals)).toEqual(['produced', 'copies', 'delivered', 'inFlight', 'dropped']);
    expect(Object.keys(out.nodes)).toEqual(['orders', 'orders-dlq', 'archive', 'archive-bucket']);
    expect(Object.keys(out.nodes.orders)).toEqual(['received', 'processed', 'copies', 'backlog', 'throttled', 'throttles', 'expired', 'failed', 'errors', 'retries', 'maxAgeSeconds', 'peakConcurrency']);
    // 200 messages/s for 120 s.
    expect(out.totals.produced).toBe(24_000);
    expect(out.nodes.orders.received).toBe(24_000);
  });

  it('gives the same output for the same file, seconds, step and seed', async () => {
    const a = await runCli(['simulate', CLICKS, '--seconds', '600', '--json']);
    const b = await runCli(['simulate', CLICKS, '--seconds', '600', '--json']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('adds per-step series with --series', async () => {
    const r = await runCli(['simulate', ORDERS, '--seconds', '30', '--json', '--series']);
    const out = JSON.parse(r.stdout);
    expect(out.series.time).toHaveLength(30);
    expect(out.series.nodes.orders.received).toHaveLength(30);
    expect(out.series.edges['orders-to-archive'].records).toHaveLength(30);
    expect(Object.keys(out.series.totals)).toEqual(['produced', 'copies', 'delivered', 'dropped', 'inFlight']);
    expect(out.series.totals.produced.at(-1)).toBe(out.totals.produced);
    expect(out.series.totals.inFlight.at(-1)).toBe(out.totals.inFlight);
  });

  it('prints a table, the bottleneck and the recommendations without --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sluice-simulate-'));
    const file = join(dir, 'hot-shard.sluice.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'sluice.pipeline',
        version: 1,
        name: 'hot-shard',
        nodes: [
          { id: 'clicks', kind: 'kinesis-stream', name: 'Clicks', config: { shardCount: 1, traffic: { recordsPerSecond: 1500 } } },
          { id: 'enrich', kind: 'lambda-function', name: 'Enrich', config: { durationMsPerInvocation: 10, durationMsPerRecord: 0 } },
        ],
        edges: [{ id: 'clicks-to-enrich', source: 'clicks', target: 'enrich' }],
      }),
    );
    const r = await runCli(['simulate', file, '--seconds', '60']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^node\s+kind\s+received\s+processed\s+copies\s+backlog\s+throttled\s+throttles/);
    expect(r.stdout).toMatch(/clicks\s+kinesis-stream\s+90,000\s+60,000\s+0\s+0\s+30,000/);
    expect(r.stdout).toContain('Bottleneck: clicks: lost 30,000 records: 30,000 throttled');
    expect(r.stdout).toContain('[kinesis-shard-throughput]');
  });

  it('exits 2 naming the flag, the range and the value', async () => {
    const cases: [string[], string][] = [
      [['simulate', ORDERS, '--step', '0'], '--step: must be between 0.1 and 60, got 0'],
      [['simulate', ORDERS, '--step', '61'], '--step: must be between 0.1 and 60, got 61'],
      [['simulate', ORDERS, '--seconds', '0'], '--seconds: must be greater than 0 and at most 604800 (7 days), got 0'],
      [['simulate', ORDERS, '--seconds', '700000'], '--seconds: must be greater than 0 and at most 604800 (7 days), got 700000'],
      [['simulate', ORDERS, '--seconds', 'soon'], '--seconds: expected a number, got "soon"'],
      [['simulate', ORDERS, '--seed', '1.5'], '--seed: expected a whole number, got 1.5'],
      [['simulate', ORDERS, '--series'], '--series needs --json'],
      [['simulate'], 'simulate needs exactly one FILE, got 0'],
      [['simulate', ORDERS, '--speed', '2'], 'unknown option --speed'],
    ];
    for (const [argv, message] of cases) {
      const r = await runCli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toContain(message);
      expect(r.stdout).toBe('');
    }
  });

  it('exits 2 with one line per problem for a file that is not a pipeline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sluice-simulate-bad-'));
    writeFileSync(join(dir, 'bad.sluice.json'), '{"format":"sluice.pipeline","version":1,"name":"x","nodes":[{"id":"a","kind":"nope","name":"a"}]}');
    const bad = await runCli(['simulate', join(dir, 'bad.sluice.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('nodes[0].kind');
    const missing = await runCli(['simulate', 'no-such-file.sluice.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-file.sluice.json: cannot read: no such file');
  });
});

describe('sluice simulate progress', () => {
  it('tells a watching terminal how far it is, and prints exactly what it prints without one', async () => {
    const { main } = await import('../main');
    const { REPO } = await import('./fake-io');
    let stdout = '';
    const seen: number[] = [];
    const code = await main(['simulate', CLICKS, '--seconds', '3600', '--json'], {
      stdout: (t) => (stdout += t),
      stderr: () => {},
      cwd: REPO,
      progress: (fraction, label) => {
        expect(label).toBe('simulating');
        seen.push(fraction);
      },
    });
    expect(code).toBe(0);
    expect(seen.length).toBeGreaterThanOrEqual(100);
    expect(seen.at(-1)).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
    const plain = await runCli(['simulate', CLICKS, '--seconds', '3600', '--json']);
    expect(stdout).toBe(plain.stdout);
  });
});
