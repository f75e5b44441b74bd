/**
 * The Web Worker entry for auto-layout of large graphs. Create it from the designer with
 *   new Worker(new URL('../../lib/edit/layout-worker.ts', import.meta.url), { type: 'module' })
 * and talk to it with the messages of ./layout-worker-protocol.ts (see ./layout-off-main-thread.ts).
 */
import { handleLayoutRequest, type LayoutRequest } from './layout-worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

// addEventListener, not `self.onmessage =`: loading elkjs in a worker replaces `self.onmessage`
// with its own dispatcher, which would silently drop our requests.
self.addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  if (event.data?.type !== 'layout') return;
  void handleLayoutRequest(event.data).then((response) => self.postMessage(response));
});
