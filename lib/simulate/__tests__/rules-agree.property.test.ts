import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { validatePipeline } from '../../validate';
import { simulate } from '..';

/** The capacity rules: when they find nothing, an hour of constant traffic must show no growing backlog and no throttling. */
const CAPACITY_RULES = ['kinesis-shard-throughput', 'lambda-concurrency-limit', 'kinesis-stream-readers', 'sqs-visibility-timeout', 'esm-consumer-throughput'];

interface Case {
  shards: number;
  rate: number;
  bytes: number;
  factor: number;
  batch: number;
  perInvocationMs: number;
  perRecordMs: number;
}

const arbitraryCase: fc.Arbitrary<Case> = fc.record({
  shards: fc.integer({ min: 1, max: 6 }),
  rate: fc.integer({ min: 50, max: 6000 }),
  bytes: fc.integer({ min: 100, max: 1500 }),
  factor: fc.integer({ min: 1, max: 10 }),
  batch: fc.integer({ min: 10, max: 500 }),
  perInvocationMs: fc.integer({ min: 5, max: 800 }),
  perRecordMs: fc.integer({ min: 0, max: 3 }),
});

/** Lane throughput and shard capacity as the rules work them out, to keep generated cases away from the edges. */
function margins(c: Case): number[] {
  const batchSeconds = (c.perInvocationMs + c.perRecordMs * c.batch) / 1000;
  const consume = (c.shards * c.factor * c.batch) / batchSeconds;
  const write = c.shards * Math.min(1000, (1024 * 1024) / c.bytes);
  return [Math.min(c.rate, write) / consume, c.rate / write];
}

function pipeline(c: Case) {
  return new PipelineBuilder('agree')
    .node('clicks', 'kinesis-stream', { shardCount: c.shards, retentionHours: 24, traffic: { recordsPerSecond: c.rate, avgRecordBytes: c.bytes } })
    .node('enrich', 'lambda-function', { durationMsPerInvocation: c.perInvocationMs, durationMsPerRecord: c.perRecordMs, timeoutSeconds: 60 })
    .node('out', 'dynamodb-table')
    .edge('clicks', 'enrich', { startingPosition: 'LATEST', batchSize: c.batch, parallelizationFactor: c.factor, maxRetryAttempts: 2, bisectOnError: true })
    .edge('enrich', 'out')
    .build();
}

describe('the capacity rules and an hour of simulation agree', () => {
  it('no capacity finding: no growing backlog, no throttling; a finding: the backlog or throttling at that node', () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        // Within 15 % of a limit the steady-state arithmetic and step-by-step batching may differ.
        fc.pre(margins(c).every((m) => m < 0.85 || m > 1.15));
        const p = pipeline(c);
        const findings = validatePipeline(p).findings.filter((f) => CAPACITY_RULES.includes(f.rule));
        const r = simulate(p, { seconds: 3600, stepSeconds: 1, seed: 1, series: true });
        const backlog = r.series!.nodes.clicks.backlog;
        const half = backlog[Math.floor(backlog.length / 2)];
        const end = backlog[backlog.length - 1];
        const growing = end > half + c.rate * 60;
        const throttled = r.nodes.clicks.throttled + r.nodes.enrich.throttled;
        const rules = new Set(findings.map((f) => f.rule));
        if (rules.size === 0) {
          expect(growing, `backlog grows ${half} -> ${end} without a finding`).toBe(false);
          expect(throttled).toBe(0);
        }
        if (rules.has('kinesis-shard-throughput')) expect(r.nodes.clicks.throttled).toBeGreaterThan(0);
        if (rules.has('esm-consumer-throughput')) expect(growing).toBe(true);
        // And the other way round: what the simulation shows, a rule reported.
        if (r.nodes.clicks.throttled > 0) expect(rules.has('kinesis-shard-throughput')).toBe(true);
        if (growing) expect(rules.has('esm-consumer-throughput') || rules.has('kinesis-shard-throughput')).toBe(true);
      }),
      { numRuns: 20, seed: 9 },
    );
  });
});
