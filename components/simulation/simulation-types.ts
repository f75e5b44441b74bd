/**
 * The engine's public types, in one place: the simulation UI reads nothing else from lib/simulate
 * except its option limits and the worker's URL (see simulation-runner.ts).
 */
export type { NodeSeries, NodeTotals, SimulationOptions, SimulationResult } from '@/lib/simulate';
export type { MainToWorker, WorkerToMain } from '@/lib/simulate/worker-protocol';
