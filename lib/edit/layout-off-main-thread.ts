import type { Pipeline } from '../model';
import { autoLayout, type LayoutOptions } from './layout';
import type { LayoutRequest, LayoutResponse } from './layout-worker-protocol';
import type { Position } from './operations';

/**
 * Above this many nodes the layout runs in a Web Worker: ELK takes ~100 ms for 50 nodes and
 * ~460 ms for 200, which would freeze the page; smaller graphs lay out faster than a worker starts.
 */
export const LARGE_LAYOUT_NODES = 100;

export function isLargeLayout(p: Pipeline): boolean {
  return p.nodes.length > LARGE_LAYOUT_NODES;
}

/** Makes a layout worker (the designer passes one built on ./layout-worker.ts). */
export type LayoutWorkerFactory = () => Worker;

let nextRequestId = 0;

/**
 * `autoLayout`, run in a Web Worker for large graphs so the page stays responsive. Same result
 * as `autoLayout(p)`. Small graphs, or no worker factory (Node, tests), run on the calling thread;
 * if the worker cannot start or fails, the layout runs on the calling thread instead.
 */
export async function autoLayoutOffMainThread(p: Pipeline, createWorker?: LayoutWorkerFactory, options: LayoutOptions = {}): Promise<Record<string, Position>> {
  if (!createWorker || !isLargeLayout(p)) return autoLayout(p, options);
  try {
    return await layoutInWorker(p, createWorker, options);
  } catch {
    return autoLayout(p, options);
  }
}

function layoutInWorker(p: Pipeline, createWorker: LayoutWorkerFactory, options: LayoutOptions): Promise<Record<string, Position>> {
  const requestId = ++nextRequestId;
  const worker = createWorker();
  return new Promise<Record<string, Position>>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<LayoutResponse>) => {
      const response = event.data;
      if (response?.requestId !== requestId) return;
      if (response.type === 'laid-out') resolve(response.positions);
      else reject(new Error(response.message));
    });
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'the layout worker could not run')));
    worker.postMessage({ type: 'layout', requestId, pipeline: p, options } satisfies LayoutRequest);
  }).finally(() => worker.terminate());
}
