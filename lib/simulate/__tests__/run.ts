import { expect } from 'vitest';
import type { Pipeline } from '../../model';
import { simulate, type SimulationResult } from '..';

/** Run with series at full resolution (short runs) and check conservation on the way. */
export function run(pipeline: Pipeline, seconds: number, stepSeconds = 1, seed = 1): SimulationResult {
  const result = simulate(pipeline, { seconds, stepSeconds, seed, series: true });
  expectConserved(result);
  return result;
}

/** received = processed + backlog + throttled + expired + failed, for every node at every point of the series and at the end. */
export function expectConserved(result: SimulationResult): void {
  for (const [id, t] of Object.entries(result.nodes)) {
    expect(t.received, `node ${id} at the end`).toBe(t.processed + t.backlog + t.throttled + t.expired + t.failed);
    const s = result.series?.nodes[id];
    if (!s) continue;
    let received = 0;
    let done = 0;
    for (let i = 0; i < s.received.length; i++) {
      received += s.received[i];
      done += s.processed[i] + s.throttled[i] + s.expired[i] + s.failed[i];
      if (received !== done + s.backlog[i]) {
        expect.fail(`node ${id}, point ${i} (t=${result.series!.time[i]} s): received ${received} != processed+dropped ${done} + backlog ${s.backlog[i]}`);
      }
    }
  }
}

/** Sum of a series between two indexes (inclusive start, exclusive end). */
export function sum(values: number[], from = 0, to = values.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += values[i];
  return s;
}
