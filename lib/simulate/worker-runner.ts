import { createSimulation, stepSlice } from './index';
import type { Simulation } from './engine';
import type { MainToWorker, RunId, WorkerToMain } from './worker-protocol';

export interface WorkerRunner {
  handle(message: MainToWorker): void;
}

/**
 * The worker's logic without the worker: runs a simulation in slices, posting progress after
 * each and yielding (through `later`) between them so a `cancel` can arrive.
 * The chunking never changes the numbers: a run is the same steps in the same order.
 */
export function createWorkerRunner(post: (message: WorkerToMain) => void, later: (next: () => void) => void = (next) => setTimeout(next, 0)): WorkerRunner {
  let current: { runId: RunId; sim: Simulation } | undefined;

  const runChunk = (runId: RunId) => {
    if (!current || current.runId !== runId) return; // cancelled or replaced
    const { sim } = current;
    try {
      post({ type: 'progress', runId, fraction: stepSlice(sim) });
      if (sim.done()) {
        current = undefined;
        post({ type: 'result', runId, result: sim.result() });
      } else later(() => runChunk(runId));
    } catch (error) {
      current = undefined;
      post({ type: 'error', runId, message: error instanceof Error ? error.message : String(error) });
    }
  };

  return {
    handle(message) {
      if (message.type === 'cancel') {
        if (current?.runId === message.runId) current = undefined;
        return;
      }
      let sim: Simulation;
      try {
        sim = createSimulation(message.pipeline, message.options);
      } catch (error) {
        post({ type: 'error', runId: message.runId, message: error instanceof Error ? error.message : String(error) });
        return;
      }
      current = { runId: message.runId, sim };
      post({ type: 'progress', runId: message.runId, fraction: 0 });
      later(() => runChunk(message.runId));
    },
  };
}
