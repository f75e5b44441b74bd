'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Pipeline } from '@/lib/model';
import {
  createAutosave,
  createMemoryStorage,
  createPipelineLibrary,
  createTabChannel,
  createTabSyncListener,
  createTabSyncWriter,
  newTabSyncState,
  showStored,
  openSharedPipeline,
  startSession,
  takeUnloadSnapshot,
  writeUnloadSnapshot,
  type Autosave,
  type PipelineLibrary,
  type SessionNotice,
  type SessionStart,
  type TabChannel,
  type TabSyncPorts,
} from '@/lib/persist';
import { createIdbStorage, idbAvailable } from '@/lib/persist/idb-storage';
import { withoutShare } from '@/lib/share/share-link';
import type { EditorStore } from '../editor/store/editor-store';
import { EXAMPLES } from '../gallery/examples';

/** Changes are written this long after the last one; pagehide writes at once. */
const AUTOSAVE_DELAY_MS = 250;

const NO_STORAGE =
  'This browser does not let Sluice store pipelines (IndexedDB is unavailable, as in some private windows). Your work lasts until this tab closes: use Save (Ctrl+S) to keep a file.';

function localStore(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function clearShareFragment() {
  if (!window.location.hash) return;
  const { pathname, search, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${withoutShare(hash)}`);
}

export interface LibrarySession {
  ready: boolean;
  library: PipelineLibrary | null;
  currentId: string;
  revision: number;
  /** The library changed (lists refresh here and in the other tabs). */
  bump(): void;
  /**
   * Show a pipeline of the library on the canvas: what was open is saved first, undo history
   * starts afresh. `storedRevision` is the revision it was read at, which the next save expects.
   */
  activate(id: string, pipeline: Pipeline, storedRevision: number): Promise<void>;
  /** Write any pending change now (before deleting, switching...). */
  flush(): Promise<void>;
}

/**
 * The bridge between the editor store and the pipeline library: restore on start, autosave
 * every change (debounced, and at once on pagehide), open share links from the fragment.
 * The store knows nothing of this; it is subscribed to from outside.
 *
 * Other tabs on the same library: each save expects the revision this tab last read or wrote.
 * A tab without unsaved edits picks up another tab's save at once (an undoable step); a save
 * that finds another tab's newer save keeps this tab's edits as a copy instead of overwriting.
 */
export function useLibrarySession(store: EditorStore, enabled: boolean): LibrarySession {
  const [library, setLibrary] = useState<PipelineLibrary | null>(null);
  const [ready, setReady] = useState(!enabled);
  const [currentId, setCurrentId] = useState('');
  const [revision, setRevision] = useState(0);
  /** The pipeline shown, the stored revision the canvas is based on, the document last stored. */
  const syncRef = useRef(newTabSyncState());
  const channelRef = useRef<TabChannel | null>(null);
  const loadingRef = useRef(false);
  const autosaveRef = useRef<Autosave<Pipeline> | null>(null);
  // Once per editor, even when React runs effects twice in development.
  const startedRef = useRef(false);
  const refresh = useCallback(() => setRevision((r) => r + 1), []);
  const bump = useCallback(() => {
    refresh();
    channelRef.current?.post({ type: 'library-changed' });
  }, [refresh]);

  const notify = useCallback((notices: SessionNotice[]) => {
    // The toast shows one message; errors matter more than confirmations.
    const notice = notices.find((n) => n.tone === 'error') ?? notices[0];
    if (notice) store.getState().notify(notice.text, notice.tone);
  }, [store]);

  const showPipeline = useCallback((id: string, pipeline: Pipeline, storedRevision: number) => {
    showStored(syncRef.current, id, pipeline, storedRevision);
    loadingRef.current = true;
    try {
      store.getState().load(pipeline, { resetHistory: true, documentKey: id });
    } finally {
      loadingRef.current = false;
    }
    setCurrentId(id);
  }, [store]);

  const flush = useCallback(async () => {
    await autosaveRef.current?.flush();
  }, []);

  /** What the tab sync (lib/persist/tab-sync.ts) may do to this editor. */
  const portsFor = useCallback(
    (lib: PipelineLibrary): TabSyncPorts => ({
      document: () => store.getState().pipeline,
      show: (pipeline, label) => {
        loadingRef.current = true;
        try {
          store.getState().load(pipeline, { label });
        } finally {
          loadingRef.current = false;
        }
      },
      schedule: (entry) => autosaveRef.current?.schedule(entry),
      pending: () => autosaveRef.current?.pending(),
      switchedTo: async (id) => {
        setCurrentId(id);
        await lib.setCurrentId(id);
      },
      post: (message) => channelRef.current?.post(message),
      notify: (text) => store.getState().notify(text, 'info'),
      libraryChanged: bump,
      refresh,
    }),
    [store, bump, refresh],
  );

  const activate = useCallback(
    async (id: string, pipeline: Pipeline, storedRevision: number) => {
      await flush();
      showPipeline(id, pipeline, storedRevision);
      await library?.setCurrentId(id);
      bump();
    },
    [flush, showPipeline, library, bump],
  );

  // Start: pick storage, restore (or open the share link), then let the user edit.
  useEffect(() => {
    if (!enabled || startedRef.current) return;
    startedRef.current = true;
    void (async () => {
      const idb = createIdbStorage();
      let usable = await idbAvailable(idb);
      let lib = createPipelineLibrary(usable ? idb : createMemoryStorage());
      const storage = localStore();
      const options = {
        fragment: window.location.hash,
        snapshot: storage ? takeUnloadSnapshot(storage) : undefined,
        firstPipeline: () => ({ pipeline: EXAMPLES[0].pipeline, origin: 'example' as const }),
      };
      let start: SessionStart;
      try {
        start = await startSession(lib, options);
      } catch (error) {
        // Storage that opens but then fails (quota, a broken database): work in memory, say so, keep going.
        usable = false;
        lib = createPipelineLibrary(createMemoryStorage());
        start = await startSession(lib, options);
        start.notices.unshift({ tone: 'error', text: `Could not read your stored pipelines (${error instanceof Error ? error.message : String(error)}).` });
      }
      clearShareFragment();
      const autosave = createAutosave<Pipeline>(
        createTabSyncWriter(lib, syncRef.current, portsFor(lib)),
        {
          delayMs: AUTOSAVE_DELAY_MS,
          onError: (error) =>
            store.getState().notify(`Could not save to this browser's storage: ${error instanceof Error ? error.message : String(error)}. Use Save (Ctrl+S) to keep a file.`),
        },
      );
      autosaveRef.current = autosave;
      setLibrary(lib);
      showPipeline(start.id, start.pipeline, start.revision);
      notify(usable ? start.notices : [{ tone: 'error', text: NO_STORAGE }, ...start.notices]);
      setReady(true);
    })().catch((error: unknown) => {
      // Never leave the user on the loading screen: show the first example, unsaved.
      store.getState().notify(`Could not start the pipeline library: ${error instanceof Error ? error.message : String(error)}. Use Save (Ctrl+S) to keep a file.`);
      setReady(true);
    });
  }, [enabled, store, showPipeline, notify, portsFor]);

  // Every change of the document is saved; loads made here are already stored.
  useEffect(() => {
    if (!library) return;
    return store.subscribe((state, previous) => {
      const { currentId } = syncRef.current;
      if (state.pipeline === previous.pipeline || loadingRef.current || !currentId) return;
      autosaveRef.current?.schedule({ id: currentId, document: state.pipeline });
    });
  }, [library, store]);

  // Leaving or hiding the page: write now, and keep a synchronous copy in case the write is cut off.
  useEffect(() => {
    if (!library) return;
    const save = () => {
      const pipeline = store.getState().pipeline;
      const { currentId, saved, baseRevision } = syncRef.current;
      if (pipeline === saved || !currentId) return;
      const storage = localStore();
      if (storage) writeUnloadSnapshot(storage, { id: currentId, savedAt: Date.now(), document: pipeline, revision: baseRevision });
      void autosaveRef.current?.flush();
    };
    const onVisibility = () => document.visibilityState === 'hidden' && save();
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onVisibility);
      autosaveRef.current?.dispose();
    };
  }, [library, store]);

  // A share link pasted into the address bar of an open designer.
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

  // Other tabs: refresh the lists; show another tab's save of this pipeline unless we have unsaved edits.
  useEffect(() => {
    if (!library) return;
    const channel = createTabChannel();
    channelRef.current = channel;
    const listen = createTabSyncListener(library, syncRef.current, portsFor(library));
    const off = channel.subscribe((message) => void listen(message));
    return () => {
      off();
      channel.close();
      if (channelRef.current === channel) channelRef.current = null;
    };
  }, [library, portsFor]);

  return { ready, library, currentId, revision, bump, activate, flush };
}
