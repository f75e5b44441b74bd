'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Pipeline } from '@/lib/model';
import {
  createAutosave,
  createMemoryStorage,
  createPipelineLibrary,
  createTabChannel,
  saveOrKeepCopy,
  openSharedPipeline,
  startSession,
  takeUnloadSnapshot,
  writeUnloadSnapshot,
  type Autosave,
  type PipelineLibrary,
  type SessionNotice,
  type SessionStart,
  type TabChannel,
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
  const currentIdRef = useRef('');
  /** The stored revision of the current pipeline that the canvas is based on. */
  const baseRevisionRef = useRef(0);
  const channelRef = useRef<TabChannel | null>(null);
  const savedRef = useRef<Pipeline | null>(null);
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
    currentIdRef.current = id;
    baseRevisionRef.current = storedRevision;
    savedRef.current = pipeline;
    loadingRef.current = true;
    try {
      store.getState().load(pipeline, { resetHistory: true });
    } finally {
      loadingRef.current = false;
    }
    setCurrentId(id);
  }, [store]);

  const flush = useCallback(async () => {
    await autosaveRef.current?.flush();
  }, []);

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
        async ({ id, document }) => {
          if (id !== currentIdRef.current) {
            // Written after a switch (activate flushes first, so this is rare): no base to check.
            const saved = await lib.save(id, document);
            if (saved.ok) channelRef.current?.post({ type: 'saved', id, revision: saved.revision });
            return;
          }
          const kept = await saveOrKeepCopy(lib, id, document, baseRevisionRef.current);
          if (kept.kind === 'saved') {
            if (id === currentIdRef.current) {
              baseRevisionRef.current = kept.revision;
              savedRef.current = document;
            }
            channelRef.current?.post({ type: 'saved', id, revision: kept.revision });
            return;
          }
          // Another tab saved this pipeline meanwhile: carry on in the copy that holds our edits.
          if (id === currentIdRef.current) {
            currentIdRef.current = kept.summary.id;
            baseRevisionRef.current = kept.summary.revision;
            loadingRef.current = true;
            try {
              store.getState().load(kept.pipeline, { label: 'Keep edits as a copy' });
            } finally {
              loadingRef.current = false;
            }
            savedRef.current = kept.pipeline;
            setCurrentId(kept.summary.id);
            await lib.setCurrentId(kept.summary.id);
          }
          store.getState().notify(kept.message, 'info');
          bump();
        },
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
  }, [enabled, store, showPipeline, notify, bump]);

  // Every change of the document is saved; loads made here are already stored.
  useEffect(() => {
    if (!library) return;
    return store.subscribe((state, previous) => {
      if (state.pipeline === previous.pipeline || loadingRef.current || !currentIdRef.current) return;
      autosaveRef.current?.schedule({ id: currentIdRef.current, document: state.pipeline });
    });
  }, [library, store]);

  // Leaving or hiding the page: write now, and keep a synchronous copy in case the write is cut off.
  useEffect(() => {
    if (!library) return;
    const save = () => {
      const pipeline = store.getState().pipeline;
      if (pipeline === savedRef.current || !currentIdRef.current) return;
      const storage = localStore();
      if (storage) writeUnloadSnapshot(storage, { id: currentIdRef.current, savedAt: Date.now(), document: pipeline });
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
    const unchangedHere = () => store.getState().pipeline === savedRef.current && autosaveRef.current?.pending() === undefined;
    const pickUp = async (id: string) => {
      if (!unchangedHere()) return; // our next save will notice the conflict and keep both
      const opened = await library.open(id);
      // Checked again after the read: an edit made meanwhile wins, and conflicts on save.
      if (!opened.ok || id !== currentIdRef.current || opened.summary.revision <= baseRevisionRef.current || !unchangedHere()) return;
      baseRevisionRef.current = opened.summary.revision;
      savedRef.current = opened.pipeline;
      loadingRef.current = true;
      try {
        store.getState().load(opened.pipeline, { label: 'Changes from another tab' });
      } finally {
        loadingRef.current = false;
      }
      store.getState().notify(`Updated "${opened.pipeline.name}" with changes saved in another tab (Undo brings back what was here).`, 'info');
    };
    /** Pipelines whose deletion elsewhere this tab has already mentioned. */
    const toldDeleted = new Set<string>();
    const tellIfDeleted = async (id: string) => {
      const summary = (await library.listDeleted()).find((s) => s.id === id);
      if (!summary || toldDeleted.has(id) || id !== currentIdRef.current) return;
      toldDeleted.add(id);
      store.getState().notify(`"${summary.name}" was deleted in another tab. It is in My pipelines › Recently deleted, and what you do here is still saved there: restore it to keep it.`, 'info');
    };
    const off = channel.subscribe((message) => {
      refresh();
      const id = currentIdRef.current;
      if (!id) return;
      if (message.type === 'library-changed') void tellIfDeleted(id);
      if (message.type === 'saved' ? message.id === id && message.revision > baseRevisionRef.current : true) void pickUp(id);
    });
    return () => {
      off();
      channel.close();
      if (channelRef.current === channel) channelRef.current = null;
    };
  }, [library, store, refresh]);

  return { ready, library, currentId, revision, bump, activate, flush };
}
