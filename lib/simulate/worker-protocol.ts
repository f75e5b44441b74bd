import type { Pipeline } from '../model';
import type { SimulationOptions, SimulationResult } from './result-types';

/**
 * Messages between the designer (main thread) and the simulation worker.
 * One run at a time: a new `run` cancels the one in progress. Every answer carries the
 * `runId` of the run it belongs to, so late messages of a cancelled run can be ignored.
 */
export type RunId = string | number;

export type MainToWorker =
  | { type: 'run'; runId: RunId; pipeline: Pipeline; options: SimulationOptions }
  | { type: 'cancel'; runId: RunId };

export type WorkerToMain =
  /** Share of the steps done, 0 to 1; posted about every 1% of the run. */
  | { type: 'progress'; runId: RunId; fraction: number }
  | { type: 'result'; runId: RunId; result: SimulationResult }
  /** Bad options or an unexpected failure; `message` is one line for the user. */
  | { type: 'error'; runId: RunId; message: string };
