/**
 * Pins the simulator's output for one seed: each example and the heavy bench pipeline
 * (bench/pipelines.ts, issue 17). Speed work on the engine must leave every number as it was;
 * a change in behaviour that is meant (a new model of a service) updates these snapshots
 * on purpose (`npx vitest run -u lib/simulate/__tests__/pinned-results.test.ts`) and says so.
 *
 * The readable part (totals, per-node totals, summary) is a snapshot; the series, too large to
 * read, is pinned by a SHA-256 of its JSON, and conservation is checked at every point.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { heavyPipeline } from '../../../bench/pipelines';
import { parsePipeline, type Pipeline } from '../../model';
import { simulate, type SimulationOptions } from '..';
import { expectConserved } from './run';

const EXAMPLES = new URL('../../../examples/', import.meta.url);

function example(file: string): Pipeline {
  const parsed = parsePipeline(JSON.parse(readFileSync(new URL(file, EXAMPLES), 'utf8')));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.pipeline;
}

function pinned(pipeline: Pipeline, options: SimulationOptions) {
  const result = simulate(pipeline, { ...options, series: true });
  expectConserved(result);
  const { series, ...rest } = result;
  return { ...rest, seriesSha256: createHash('sha256').update(JSON.stringify(series)).digest('hex') };
}

describe('simulation results stay the same for the same seed', () => {
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.sluice.json')).sort();
  it.each(files)('%s: one day at 1 s steps', (file) => {
    expect(pinned(example(file), { seconds: 86400, stepSeconds: 1, seed: 7 })).toMatchSnapshot();
  });

  it.each(files)('%s: one hour at 0.5 s steps', (file) => {
    expect(pinned(example(file), { seconds: 3600, stepSeconds: 0.5, seed: 3 })).toMatchSnapshot();
  });

  // The heavy pipeline up to its diurnal peak (6 h) at 1 s steps: backlogs, poison, retries.
  it('heavy pipeline: 6 hours at 1 s steps', () => {
    expect(pinned(heavyPipeline(), { seconds: 6 * 3600, stepSeconds: 1, seed: 1 })).toMatchSnapshot();
  });

  it('heavy pipeline: one day at 60 s steps', () => {
    expect(pinned(heavyPipeline(), { seconds: 86400, stepSeconds: 60, seed: 1 })).toMatchSnapshot();
  });

  it('heavy pipeline with poison 1e-3 and with 10x traffic: one hour at 1 s steps', () => {
    expect(pinned(heavyPipeline({ poison: 1e-3 }), { seconds: 3600, stepSeconds: 1, seed: 1 })).toMatchSnapshot();
    expect(pinned(heavyPipeline({ traffic: 10 }), { seconds: 3600, stepSeconds: 1, seed: 1 })).toMatchSnapshot();
  });
});
