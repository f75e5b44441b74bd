import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePipeline, PipelineBuilder } from '../../model';
import { arbitraryPipeline } from '../../model/testing/arbitrary-pipeline';
import { simulate, type SimulationResult } from '..';
import { MAX_RECORDS } from '../node-counters';
import { expectConserved } from './run';

/** Every number in a result with its path, so a failure names the field. */
function* numbersIn(value: unknown, path: string): Generator<[string, unknown]> {
  if (typeof value === 'number') yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* numbersIn(value[i], `${path}[${i}]`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* numbersIn(v, `${path}.${k}`);
}

/** Totals, node totals and every series: a NaN or an Infinity would reach the UI and the CLI's JSON as null. */
function expectAllFinite(result: SimulationResult): void {
  const { totals, nodes, series } = result;
  for (const [path, v] of numbersIn({ totals, nodes, series }, 'result')) {
    if (!Number.isFinite(v)) expect.fail(`${path} is ${String(v)}`);
  }
}

/** series.totals holds the totals at the end of each point: the last point is the run's totals, and produced never falls. */
function expectSeriesTotalsEndAtTotals(r: SimulationResult): void {
  const t = r.series?.totals;
  if (!t) return expect.fail('no series.totals');
  const last = (xs: number[]) => xs[xs.length - 1];
  expect(t.produced.length).toBe(r.series!.time.length);
  expect({ produced: last(t.produced), copies: last(t.copies), delivered: last(t.delivered), inFlight: last(t.inFlight), dropped: last(t.dropped) }).toEqual(r.totals);
  for (let i = 1; i < t.produced.length; i++) expect(t.produced[i]).toBeGreaterThanOrEqual(t.produced[i - 1]);
}

/** Any step from 0.1 s to 60 s, not only round ones; durations up to a week, at most 3,000 steps. */
const options = fc.record({
  seconds: fc.integer({ min: 1, max: 7 * 86400 }),
  stepSeconds: fc.oneof(fc.constantFrom(0.1, 0.3, 1, 60), fc.double({ min: 0.1, max: 60, noNaN: true })),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});

describe('every number in a result is finite (and series.totals ends at the totals)', () => {
  it('on random pipelines and random step sizes', () => {
    fc.assert(
      fc.property(arbitraryPipeline({ maxNodes: 10 }), options, (pipeline, o) => {
        const seconds = Math.min(o.seconds, o.stepSeconds * 3000);
        const r = simulate(pipeline, { ...o, seconds, series: true });
        expectAllFinite(r);
        expectSeriesTotalsEndAtTotals(r);
      }),
      { numRuns: 60 },
    );
  });

  it('a loop that copies records back into itself stops the run before the counts overflow, and says why', () => {
    // The cluster reads both stores and writes to both: the records double every step.
    const loop = new PipelineBuilder('loop')
      .node('table', 'dynamodb-table', { traffic: { recordsPerSecond: 1 } })
      .node('bucket', 's3-bucket')
      .node('cluster', 'emr-cluster')
      .edge('table', 'cluster')
      .edge('bucket', 'cluster')
      .edge('cluster', 'table')
      .edge('cluster', 'bucket')
      .build();
    const r = simulate(loop, { seconds: 7200, stepSeconds: 1, seed: 1, series: true });
    expectAllFinite(r);
    expectConserved(r);
    expect(r.seconds).toBe(52); // 1 record doubled 52 times passes 2^52
    expect(Math.max(...Object.values(r.nodes).map((t) => t.received))).toBeGreaterThan(MAX_RECORDS);
    expect(r.summary.recommendations[0].text).toMatch(/^Records multiply without end: "table" received [\d,]+ records in 52 s, more than the 4,503,599,627,370,496/);
  });

  it('an absurd traffic rate (1e308 records/s, Infinity in a step) gives finite counts', () => {
    // The file format bounds the rate (MAX_RECORDS_PER_SECOND); the engine still stays finite when handed more.
    const built = new PipelineBuilder('huge').node('topic', 'sns-topic', { traffic: { recordsPerSecond: 1 } }).node('queue', 'sqs-queue').edge('topic', 'queue').build();
    const p = { ...built, nodes: built.nodes.map((n) => (n.kind === 'sns-topic' ? { ...n, config: { ...n.config, traffic: { ...n.config.traffic, recordsPerSecond: 1e308 } } } : n)) };
    const r = simulate(p, { seconds: 600, stepSeconds: 60, seed: 1, series: true });
    expectAllFinite(r);
    expect(r.seconds).toBeLessThan(600);
  });

  it('the report: broken-on-purpose for 24 h at 0.1 s steps has a finite inFlight, the sum of the backlogs', () => {
    const parsed = parsePipeline(JSON.parse(readFileSync('examples/broken-on-purpose.sluice.json', 'utf8')));
    if (!parsed.ok) throw new Error('the example does not parse');
    const r = simulate(parsed.pipeline, { seconds: 86400, stepSeconds: 0.1, seed: 1, series: true });
    expectAllFinite(r);
    expect(r.totals.inFlight).toBe(Object.values(r.nodes).reduce((s, t) => s + t.backlog, 0));
  });
});
