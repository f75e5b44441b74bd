'use client';
import { type RefObject, useEffect } from 'react';
import type { Pipeline } from '@/lib/model';
import {
  createTabChannel,
  createTabSyncListener,
  openSharedPipeline,
  writeUnloadSnapshot,
  type Autosave,
  type PipelineLibrary,
  type SessionNotice,
  type TabChannel,
  type TabSyncPorts,
  type TabSyncState,
} from '@/lib/persist';
import { withoutShare } from '@/lib/share/share-link';
import type { ChangeOrigin, EditorStore } from '../editor/store/editor-store';

/**
 * The library session's subscriptions, one hook each: what to save, when to write at once,
 * share links, other tabs. Each runs once the library is open and undoes itself on unmount.
 */

export function localStore(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function clearShareFragment() {
  if (!window.location.hash) return;
  const { pathname, search, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${withoutShare(hash)}`);
}

/** Changes already in the library: a pipeline read from it, another tab's save of it. */
const ALREADY_STORED: ReadonlySet<ChangeOrigin> = new Set(['load', 'another-tab']);

/** Every change of the document is saved, unless its origin says it came from the library. */
export function useAutosaveChanges(store: EditorStore, library: PipelineLibrary | null, sync: TabSyncState, autosave: RefObject<Autosave<Pipeline> | null>) {
  useEffect(() => {
    if (!library) return;
    return store.subscribe((state, previous) => {
      if (state.pipeline === previous.pipeline || !sync.currentId) return;
      if (state.change && ALREADY_STORED.has(state.change.origin)) return;
      autosave.current?.schedule({ id: sync.currentId, document: state.pipeline });
    });
  }, [library, store, sync, autosave]);
}

/** Leaving or hiding the page: write now, and keep a synchronous copy in case the write is cut off. */
export function useSaveOnLeave(store: EditorStore, library: PipelineLibrary | null, sync: TabSyncState, autosave: RefObject<Autosave<Pipeline> | null>) {
  useEffect(() => {
    if (!library) return;
    const save = () => {
      const pipeline = store.getState().pipeline;
      const { currentId, saved, baseRevision } = sync;
      if (pipeline === saved || !currentId) return;
      const storage = localStore();
      if (storage) writeUnloadSnapshot(storage, { id: currentId, savedAt: Date.now(), document: pipeline, revision: baseRevision });
      void autosave.current?.flush();
    };
    const onVisibility = () => document.visibilityState === 'hidden' && save();
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onVisibility);
      // The autosave made at start (there is one per session), whichever moment this runs.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      autosave.current?.dispose();
    };
  }, [library, store, sync, autosave]);
}

/** A share link pasted into the address bar of an open designer. */
export function useShareLinks(
  library: PipelineLibrary | null,
  activate: (id: string, pipeline: Pipeline, storedRevision: number) => Promise<void>,
  notify: (notices: SessionNotice[]) => void,
) {
  useEffect(() => {
    if (!library) return;
    const onHashChange = async () => {
      const shared = await openSharedPipeline(library, window.location.hash);
      if (shared.kind === 'none') return;
      clearShareFragment();
      if (shared.kind === 'opened') await activate(shared.summary.id, shared.pipeline, shared.summary.revision);
      notify([shared.notice]);
    };
    const listener = () => void onHashChange();
    window.addEventListener('hashchange', listener);
    return () => window.removeEventListener('hashchange', listener);
  }, [library, activate, notify]);
}

/** Other tabs: refresh the lists; show another tab's save of this pipeline unless we have unsaved edits. */
export function useTabMessages(
  library: PipelineLibrary | null,
  sync: TabSyncState,
  portsFor: (library: PipelineLibrary) => TabSyncPorts,
  channelRef: RefObject<TabChannel | null>,
) {
  useEffect(() => {
    if (!library) return;
    const channel = createTabChannel();
    channelRef.current = channel;
    const listen = createTabSyncListener(library, sync, portsFor(library));
    const off = channel.subscribe((message) => void listen(message));
    return () => {
      off();
      channel.close();
      if (channelRef.current === channel) channelRef.current = null;
    };
  }, [library, sync, portsFor, channelRef]);
}
