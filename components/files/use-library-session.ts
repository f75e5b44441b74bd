'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Pipeline } from '@/lib/model';
import {
  createAutosave,
  createMemoryStorage,
  createPipelineLibrary,
  createTabSyncWriter,
  newTabSyncState,
  showStored,
  startSession,
  takeUnloadSnapshot,
  type Autosave,
  type PipelineLibrary,
  type SessionNotice,
  type SessionStart,
  type TabChannel,
  type TabSyncPorts,
} from '@/lib/persist';
import { createIdbStorage, idbAvailable } from '@/lib/persist/idb-storage';
import { clearShareFragment, localStore, useAutosaveChanges, useSaveOnLeave, useShareLinks, useTabMessages } from './library-session-effects';
import type { EditorStore } from '../editor/store/editor-store';
import { EXAMPLES } from '../gallery/examples';

/** Changes are written this long after the last one; pagehide writes at once. */
const AUTOSAVE_DELAY_MS = 250;

const NO_STORAGE =
  'This browser does not let Sluice store pipelines (IndexedDB is unavailable, as in some private windows). Your work lasts until this tab closes: use Save (Ctrl+S) to keep a file.';

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
    // Origin 'load': it is already stored, so autosave leaves it alone.
    store.getState().load(pipeline, { resetHistory: true, documentKey: id, origin: 'load' });
    setCurrentId(id);
  }, [store]);

  const flush = useCallback(async () => {
    await autosaveRef.current?.flush();
  }, []);

  /** What the tab sync (lib/persist/tab-sync.ts) may do to this editor. */
  const portsFor = useCallback(
    (lib: PipelineLibrary): TabSyncPorts => ({
      document: () => store.getState().pipeline,
      show: (pipeline, label) => store.getState().load(pipeline, { label, origin: 'another-tab' }),
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

  useAutosaveChanges(store, library, syncRef.current, autosaveRef);
  useSaveOnLeave(store, library, syncRef.current, autosaveRef);
  useShareLinks(library, activate, notify);
  useTabMessages(library, syncRef.current, portsFor, channelRef);

  return { ready, library, currentId, revision, bump, activate, flush };
}
