import { z } from 'zod';
import { randomHexId } from './random-id';

/**
 * Tabs of the designer open on the same browser profile share one pipeline library. They tell
 * each other what they saved over a BroadcastChannel, so a tab showing the same pipeline can
 * pick the change up (or, with unsaved edits of its own, knows its next save will conflict),
 * and open "My pipelines" lists stay current. Messages from other tabs are external input:
 * anything that does not parse is ignored.
 */
export const TAB_CHANNEL_NAME = 'sluice.pipeline-library';

const tabMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('saved'), tab: z.string(), id: z.string(), revision: z.number().int().nonnegative() }),
  z.object({ type: z.literal('library-changed'), tab: z.string() }),
]);

export type TabMessage = z.infer<typeof tabMessage>;
/** A message as sent: the sending tab's id is added by the channel. */
export type TabMessageBody = TabMessage extends infer M ? (M extends TabMessage ? Omit<M, 'tab'> : never) : never;

export interface TabChannel {
  /** This tab's id, different in every tab. */
  readonly tab: string;
  post(message: TabMessageBody): void;
  /** Listen to other tabs; returns the unsubscribe function. */
  subscribe(listener: (message: TabMessage) => void): () => void;
  close(): void;
}

/** The part of BroadcastChannel the channel uses (tests pass their own). */
export interface BroadcastLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

export function parseTabMessage(data: unknown): TabMessage | undefined {
  const parsed = tabMessage.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/**
 * A channel between the tabs. Without BroadcastChannel (very old browsers) it is a channel to
 * nobody: saves still refuse to overwrite another tab's work (see PipelineLibrary.save).
 */
export function createTabChannel(options: { broadcast?: BroadcastLike | null; tab?: string } = {}): TabChannel {
  const tab = options.tab ?? randomHexId('t-', 6);
  const broadcast =
    options.broadcast !== undefined ? options.broadcast : typeof BroadcastChannel === 'function' ? (new BroadcastChannel(TAB_CHANNEL_NAME) as unknown as BroadcastLike) : null;
  const listeners = new Set<(message: TabMessage) => void>();
  const onMessage = (event: { data: unknown }) => {
    const message = parseTabMessage(event.data);
    if (!message || message.tab === tab) return;
    for (const listener of listeners) listener(message);
  };
  broadcast?.addEventListener('message', onMessage);
  return {
    tab,
    post(message) {
      try {
        broadcast?.postMessage({ ...message, tab });
      } catch {
        // A closed channel (the page is going away): the other tabs will read the library anyway.
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      broadcast?.removeEventListener('message', onMessage);
      broadcast?.close();
    },
  };
}
