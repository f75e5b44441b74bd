import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { arbitraryPipeline } from '../../model/testing/arbitrary-pipeline';
import { createSimulation, simulate } from '..';
import { expectConserved } from './run';

/** Steps that keep runs short enough for full-resolution series (at most 2,000 steps). */
const options = fc.record({
  seconds: fc.integer({ min: 1, max: 600 }),
  stepSeconds: fc.constantFrom(0.1, 0.5, 1, 2.5, 7, 60),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});

describe('conservation on random pipelines', () => {
  it('received = processed + backlog + throttled + expired + failed for every node at every step', () => {
    fc.assert(
      fc.property(arbitraryPipeline({ maxNodes: 10 }), options, (pipeline, o) => {
        const seconds = Math.min(o.seconds, o.stepSeconds * 2000);
        const result = simulate(pipeline, { ...o, seconds, series: true });
        expectConserved(result);
        for (const t of Object.values(result.nodes)) {
          for (const v of Object.values(t)) expect(Number.isInteger(v) || Number.isFinite(v)).toBe(true);
          expect(t.backlog).toBeGreaterThanOrEqual(0);
          expect(Number.isInteger(t.received)).toBe(true);
        }
        expect(result.totals.dropped).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 60 },
    );
  });

  it('a straight line without copies loses nothing: produced = delivered + in flight + dropped', () => {
    const p = new PipelineBuilder('line')
      .node('clicks', 'kinesis-stream', { traffic: { recordsPerSecond: 1200, poisonRecordRate: 0.001, pattern: 'diurnal' } })
      .node('enrich', 'lambda-function', { errorRate: 0.01 })
      .node('search', 'opensearch-domain', { maxIndexRecordsPerSecond: 900 })
      .edge('clicks', 'enrich', { maxRetryAttempts: 2, bisectOnError: true })
      .edge('enrich', 'search')
      .build();
    const r = simulate(p, { seconds: 1800, stepSeconds: 1, seed: 7 });
    expect(r.totals.produced).toBe(r.totals.delivered + r.totals.inFlight + r.totals.dropped);
    expect(r.nodes.clicks.throttled).toBeGreaterThan(0);
  });
});

describe('determinism', () => {
  it('the same pipeline, duration, step and seed give identical JSON', () => {
    fc.assert(
      fc.property(arbitraryPipeline({ maxNodes: 8 }), options, (pipeline, o) => {
        const seconds = Math.min(o.seconds, o.stepSeconds * 2000);
        const a = JSON.stringify(simulate(pipeline, { ...o, seconds, series: true }));
        const b = JSON.stringify(simulate(pipeline, { ...o, seconds, series: true }));
        expect(a).toBe(b);
      }),
      { numRuns: 25 },
    );
  });

  it('reading the result mid-run (mid-point of a downsampled series) changes nothing, and the partial series is conserved', () => {
    fc.assert(
      fc.property(arbitraryPipeline({ maxNodes: 8 }), fc.integer({ min: 1, max: 5000 }), (pipeline, at) => {
        const o = { seconds: 6000, stepSeconds: 1, seed: 3, series: true };
        const sim = createSimulation(pipeline, o);
        sim.step(at);
        const partial = sim.result();
        expectConserved(partial);
        expect(partial.series!.totals!.produced.at(-1)).toBe(partial.totals.produced);
        sim.step(sim.stepCount);
        expect(JSON.stringify(sim.result())).toBe(JSON.stringify(simulate(pipeline, o)));
      }),
      { numRuns: 15 },
    );
  });

  it('a different seed draws different poison records', () => {
    const p = new PipelineBuilder('poison')
      .node('q', 'sqs-queue', { traffic: { recordsPerSecond: 300, poisonRecordRate: 0.01 } })
      .node('f', 'lambda-function', { errorRate: 0.05 })
      .edge('q', 'f')
      .build();
    const one = simulate(p, { seconds: 600, stepSeconds: 1, seed: 1 });
    const two = simulate(p, { seconds: 600, stepSeconds: 1, seed: 2 });
    expect(one.nodes.f.errors).not.toBe(two.nodes.f.errors);
  });
});
