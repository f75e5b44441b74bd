import type { Pipeline } from '../model';
import { autoLayout, type LayoutOptions } from './layout';
import type { Position } from './operations';

/**
 * The messages between the designer and the layout worker (./layout-worker.ts).
 * No field is called `cmd`: elkjs, once loaded inside a worker, also listens to the worker's
 * messages and acts on those that carry one.
 */
export interface LayoutRequest {
  type: 'layout';
  requestId: number;
  pipeline: Pipeline;
  options?: LayoutOptions;
}

export type LayoutResponse =
  | { type: 'laid-out'; requestId: number; positions: Record<string, Position> }
  | { type: 'failed'; requestId: number; message: string };

/**
 * What the worker does with one request: the very same `autoLayout` the main thread runs,
 * so positions are identical whichever side computes them.
 */
export async function handleLayoutRequest(request: LayoutRequest): Promise<LayoutResponse> {
  try {
    return { type: 'laid-out', requestId: request.requestId, positions: await autoLayout(request.pipeline, request.options) };
  } catch (error) {
    return { type: 'failed', requestId: request.requestId, message: error instanceof Error ? error.message : String(error) };
  }
}
