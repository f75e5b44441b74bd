import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { run, sum } from './run';

describe("Little's law", () => {
  it('mean backlog = arrival rate x mean wait on a stable sink that backs up during spikes', () => {
    // 500 requests/s with a spike to 2,500/s for 60 s in every 600 s, indexed by OpenSearch
    // at 1,000/s. Worked by hand per 600 s cycle, first in first out:
    //   arrivals: 540 s x 500 + 60 s x 2,500 = 420,000, so lambda = 700/s;
    //   during the spike the backlog grows 1,500/s to 90,000, then drains 500/s for 180 s;
    //   a record arriving s seconds into the spike leaves at 2.5 s (waits 1.5 s);
    //   one arriving at u in [60, 240) leaves at 120 + u/2 (waits 120 - u/2); later ones do not wait.
    //   total wait = 2,500 x 1.5 x 60^2/2 + 500 x [120u - u^2/4] from 60 to 240
    //              = 6,750,000 + 4,050,000 = 10,800,000 record-seconds,
    //   mean wait W = 10,800,000 / 420,000 = 25.71 s, and L = lambda x W = 18,000 records.
    // The cycle ends with an empty backlog, so a whole number of cycles has no edge effect.
    // The engine samples the backlog at the end of each 1 s step, where the continuous curve is
    // averaged over the step: the half-step error is +750 records per spike step and -250 per
    // drain step, which cancel over a cycle (60 x 750 = 180 x 250). What is left is rounding of
    // whole records, so 0.5% is a generous tolerance.
    const p = new PipelineBuilder('spiky-search')
      .node('api', 'api-gateway', { traffic: { recordsPerSecond: 500, pattern: 'spike' } })
      .node('index', 'lambda-function', { durationMsPerInvocation: 10, durationMsPerRecord: 0 })
      .node('search', 'opensearch-domain', { maxIndexRecordsPerSecond: 1000 })
      .edge('api', 'index')
      .edge('index', 'search')
      .build();
    const r = run(p, 1800);
    const backlog = r.series!.nodes.search.backlog;
    const meanBacklog = sum(backlog) / backlog.length;
    const arrivalRate = r.nodes.search.received / 1800;
    expect(arrivalRate).toBeCloseTo(700, 6);
    const meanWait = 10_800_000 / 420_000;
    expect(Math.abs(meanBacklog - arrivalRate * meanWait) / (arrivalRate * meanWait)).toBeLessThan(0.005);
    expect(Math.max(...backlog)).toBe(90_000);
    expect(r.nodes.search.backlog).toBe(0);
    // The longest wait is the last spike record's: 120 - 60/2 = 90 s.
    expect(r.nodes.search.maxAgeSeconds).toBe(90);
  });
});
