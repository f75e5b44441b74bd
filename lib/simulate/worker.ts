/**
 * The Web Worker entry for simulations. Create it from the designer with
 *   new Worker(new URL('../lib/simulate/worker.ts', import.meta.url), { type: 'module' })
 * and talk to it with the messages of ./worker-protocol.ts.
 */
import { createWorkerRunner } from './worker-runner';
import type { MainToWorker, WorkerToMain } from './worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

const runner = createWorkerRunner((message: WorkerToMain) => self.postMessage(message));
self.onmessage = (event: MessageEvent<MainToWorker>) => runner.handle(event.data);
