/**
 * The engine's public types, in one place: the simulation UI reads nothing else from lib/simulate
 * except its option limits and the worker's URL (see simulation-runner.ts).
 */
import type { Pipeline } from '@/lib/model';
import type { SimulationOptions, SimulationResult } from '@/lib/simulate';

export type { NodeSeries, NodeTotals, SimulationOptions, SimulationResult } from '@/lib/simulate';

// TEMPORARY: the agreed worker protocol, until lib/simulate/worker-protocol.ts lands.
export type MainToWorker = { type: 'run'; runId: number; pipeline: Pipeline; options: SimulationOptions } | { type: 'cancel'; runId: number };
export type WorkerToMain =
  | { type: 'progress'; runId: number; fraction: number }
  | { type: 'result'; runId: number; result: SimulationResult }
  | { type: 'error'; runId: number; message: string };
