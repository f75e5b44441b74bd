import type { Pipeline } from '@/lib/model';
import type { MainToWorker, SimulationOptions, WorkerToMain } from './simulation-types';
import type { SimulationStore } from './simulation-store';

/**
 * Runs simulations in a Web Worker so the canvas stays responsive during a long run, and
 * reports to the simulation store. Cancelling ends the worker outright (a busy worker may not
 * read its messages for a while); the next run starts a fresh one.
 */
export interface SimulationRunner {
  run(pipeline: Pipeline, options: SimulationOptions): void;
  cancel(): void;
  dispose(): void;
}

export type WorkerFactory = () => Worker;

export const createSimulationWorker: WorkerFactory = () => new Worker(new URL('../../lib/simulate/worker.ts', import.meta.url), { type: 'module' });

export function createSimulationRunner(store: SimulationStore, createWorker: WorkerFactory = createSimulationWorker): SimulationRunner {
  let worker: Worker | null = null;
  let runId = 0;
  // The document as it was when the run started: the result describes that one, not later edits.
  let pending: Pipeline | null = null;

  const stop = () => {
    worker?.terminate();
    worker = null;
  };

  const onMessage = (event: MessageEvent<WorkerToMain>) => {
    const message = event.data;
    // Late messages of a cancelled or replaced run say nothing about the current one.
    if (message.runId !== runId) return;
    const state = store.getState();
    switch (message.type) {
      case 'progress':
        state.progressed(runId, message.fraction);
        break;
      case 'result':
        if (pending) state.finished(runId, message.result, pending);
        break;
      case 'error':
        state.failed(runId, message.message);
        break;
    }
  };

  const post = (message: MainToWorker) => worker?.postMessage(message);

  return {
    run(pipeline, options) {
      stop();
      runId += 1;
      pending = pipeline;
      try {
        worker = createWorker();
      } catch (error) {
        store.getState().started(runId);
        store.getState().failed(runId, `The simulation could not start: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
      worker.addEventListener('message', onMessage);
      const id = runId;
      worker.addEventListener('error', (event) => {
        store.getState().failed(id, `The simulation stopped with an error: ${event.message || 'the worker could not run'}`);
        stop();
      });
      store.getState().started(runId);
      post({ type: 'run', runId, pipeline, options });
    },
    cancel() {
      post({ type: 'cancel', runId });
      stop();
      store.getState().cancelled();
    },
    dispose: stop,
  };
}
