/**
 * Sluice's simulator: records flowing through a pipeline, counted rather than modelled one
 * by one, in fixed time steps, deterministic for a given seed. See docs/simulation.md.
 */
import type { Pipeline } from '../model';
import { BEHAVIOURS } from './behaviours';
import { createEngine, type Simulation } from './engine';
import type { SimulationOptions, SimulationResult } from './result-types';

export type { NodeSeries, NodeTotals, SeriesTotals, SimulationOptions, SimulationResult } from './result-types';
export type { Simulation } from './engine';
export { checkOptions, DEFAULT_OPTIONS, MAX_SECONDS, MAX_STEP_SECONDS, MIN_STEP_SECONDS } from './options';
export { MAX_SERIES_POINTS } from './series-recorder';

/** An incremental run, for a progress bar: call step(n) until done(), then result(). Throws RangeError on bad options. */
export function createSimulation(pipeline: Pipeline, options: SimulationOptions): Simulation {
  return createEngine(pipeline, options, BEHAVIOURS);
}

/** A run reported with progress moves in this many slices (1 % of its steps each). */
export const PROGRESS_SLICES = 100;

/**
 * Advance one slice of a run (at least one step) and say how far it is, 0 to 1. Slicing never
 * changes the numbers: the same steps run in the same order.
 */
export function stepSlice(sim: Simulation): number {
  sim.step(Math.max(1, Math.ceil(sim.stepCount / PROGRESS_SLICES)));
  return sim.progress();
}

/** Run the whole simulation at once. Throws RangeError on bad options. */
export function simulate(pipeline: Pipeline, options: SimulationOptions): SimulationResult {
  const sim = createSimulation(pipeline, options);
  sim.step(sim.stepCount);
  return sim.result();
}
export { nodeFiguresAt, nodeFigureSeries, type NodeFigures, sampleIndexAt, sampleSeconds } from './replay';
