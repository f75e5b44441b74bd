import { describe, expect, it } from 'vitest';
import { largePipeline } from '../../model/testing/large-pipeline';
import { autoLayout } from '../layout';
import { autoLayoutOffMainThread, isLargeLayout, LARGE_LAYOUT_NODES } from '../layout-off-main-thread';
import { handleLayoutRequest, type LayoutRequest, type LayoutResponse } from '../layout-worker-protocol';

type Listener = (event: { data?: LayoutResponse; message?: string }) => void;

/**
 * A stand-in for the browser's Worker that answers through the real message handler, or fails
 * the way a worker can (cannot start, errors, answers with a failure).
 */
class FakeLayoutWorker {
  requests: LayoutRequest[] = [];
  terminated = false;
  private listeners: Record<string, Listener[]> = {};
  constructor(private readonly behaviour: 'answer' | 'error' | 'fail') {}
  addEventListener(type: string, listener: Listener) {
    (this.listeners[type] ??= []).push(listener);
  }
  postMessage(request: LayoutRequest) {
    this.requests.push(request);
    const emit = (type: string, event: Parameters<Listener>[0]) => this.listeners[type]?.forEach((l) => l(event));
    if (this.behaviour === 'error') setTimeout(() => emit('error', { message: 'boom' }), 0);
    else if (this.behaviour === 'fail') setTimeout(() => emit('message', { data: { type: 'failed', requestId: request.requestId, message: 'no' } }), 0);
    else
      void handleLayoutRequest(structuredClone(request)).then((response) => {
        emit('message', { data: { ...response, requestId: response.requestId + 1000 } }); // another request's answer: ignored
        emit('message', { data: response });
      });
  }
  terminate() {
    this.terminated = true;
  }
}
const factory = (behaviour: 'answer' | 'error' | 'fail', made: FakeLayoutWorker[] = []) => () => {
  const worker = new FakeLayoutWorker(behaviour);
  made.push(worker);
  return worker as unknown as Worker;
};

const large = largePipeline({ nodes: LARGE_LAYOUT_NODES + 20, seed: 3 });

describe('auto-layout off the main thread', () => {
  it('the worker message handler gives exactly the positions of the direct layout', async () => {
    const direct = await autoLayout(large);
    const response = await handleLayoutRequest({ type: 'layout', requestId: 7, pipeline: structuredClone(large) });
    expect(response).toEqual({ type: 'laid-out', requestId: 7, positions: direct });
    expect(Object.keys(direct)).toHaveLength(large.nodes.length);
  });

  it('the handler reports a failure as a message instead of throwing', async () => {
    const broken = { ...large, nodes: null } as unknown as LayoutRequest['pipeline'];
    const response = await handleLayoutRequest({ type: 'layout', requestId: 1, pipeline: broken });
    expect(response).toMatchObject({ type: 'failed', requestId: 1 });
  });

  it('large graphs go to the worker, which is ended afterwards; the result equals the direct layout', async () => {
    const made: FakeLayoutWorker[] = [];
    const positions = await autoLayoutOffMainThread(large, factory('answer', made));
    expect(made).toHaveLength(1);
    expect(made[0].requests[0]).toMatchObject({ type: 'layout', pipeline: large });
    expect(made[0].terminated).toBe(true);
    expect(positions).toEqual(await autoLayout(large));
  });

  it('small graphs stay on the calling thread', async () => {
    const small = largePipeline({ nodes: LARGE_LAYOUT_NODES, seed: 3 });
    expect(isLargeLayout(small)).toBe(false);
    expect(isLargeLayout(large)).toBe(true);
    const made: FakeLayoutWorker[] = [];
    expect(await autoLayoutOffMainThread(small, factory('answer', made))).toEqual(await autoLayout(small));
    expect(made).toHaveLength(0);
  });

  it.each(['error', 'fail'] as const)('when the worker %ss, the layout runs on the calling thread with the same result', async (behaviour) => {
    const made: FakeLayoutWorker[] = [];
    expect(await autoLayoutOffMainThread(large, factory(behaviour, made))).toEqual(await autoLayout(large));
    expect(made[0].terminated).toBe(true);
  });

  it('when the worker cannot be created, the layout runs on the calling thread', async () => {
    const cannotStart = () => {
      throw new Error('workers are not allowed here');
    };
    expect(await autoLayoutOffMainThread(large, cannotStart)).toEqual(await autoLayout(large));
  });
});
