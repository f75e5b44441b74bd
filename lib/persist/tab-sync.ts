import { applyOrThrow } from '../edit/apply';
import type { Pipeline } from '../model';
import type { AutosaveEntry } from './autosave';
import type { PipelineLibrary } from './pipeline-library';
import { saveOrKeepCopy } from './save-or-keep-copy';
import type { TabMessage, TabMessageBody } from './tab-channel';

/**
 * What one tab knows of the pipeline it shows: its library id, the stored revision its canvas
 * is based on, and the document last read or written (the canvas has unsaved edits when its
 * document is another one).
 */
export interface TabSyncState {
  currentId: string;
  baseRevision: number;
  saved: Pipeline | null;
  /** Pipelines whose edits moved to a copy after a conflict: later writes for them go there. */
  movedTo: Map<string, string>;
}

export function newTabSyncState(): TabSyncState {
  return { currentId: '', baseRevision: 0, saved: null, movedTo: new Map() };
}

/** What the sync needs from the editor around it (the React hook passes the store and the autosave). */
export interface TabSyncPorts {
  /** The document on the canvas now. */
  document(): Pipeline;
  /** Put a document on the canvas as one undoable step, without saving it again. */
  show(pipeline: Pipeline, label: string): void;
  /** Save a document later (the autosave). */
  schedule(entry: AutosaveEntry<Pipeline>): void;
  /** An autosave entry not yet written, if any. */
  pending(): AutosaveEntry<Pipeline> | undefined;
  /** The tab now shows another pipeline of the library (after a conflict). */
  switchedTo(id: string): Promise<void> | void;
  post(message: TabMessageBody): void;
  notify(text: string): void;
  /** The library changed here: refresh the lists here and tell the other tabs. */
  libraryChanged(): void;
  /** Another tab changed the library: refresh the lists here. */
  refresh(): void;
}

/** Show a pipeline read from (or just written to) the library at `revision`. */
export function showStored(state: TabSyncState, id: string, pipeline: Pipeline, revision: number): void {
  state.currentId = id;
  state.baseRevision = revision;
  state.saved = pipeline;
}

/** The canvas holds edits that are not in the library yet. */
export function hasUnsavedEdits(state: TabSyncState, ports: Pick<TabSyncPorts, 'document' | 'pending'>): boolean {
  return ports.document() !== state.saved || ports.pending() !== undefined;
}

/**
 * The autosave's writer. A write expects the revision the canvas is based on; when another tab
 * saved the pipeline since, this tab's edits become a copy (see saveOrKeepCopy) and the tab
 * carries on in the copy, keeping edits made while the write was under way. Writes queued for
 * the old pipeline follow to the copy, so the other tab's version is never overwritten.
 */
export function createTabSyncWriter(library: PipelineLibrary, state: TabSyncState, ports: TabSyncPorts) {
  return async ({ id: scheduledFor, document }: AutosaveEntry<Pipeline>): Promise<void> => {
    const id = state.movedTo.get(scheduledFor) ?? scheduledFor;
    if (id !== state.currentId) {
      // Written after a switch (switching flushes first, so this is rare): no base to check.
      const saved = await library.save(id, document);
      if (saved.ok) ports.post({ type: 'saved', id, revision: saved.revision });
      return;
    }
    const kept = await saveOrKeepCopy(library, id, document, state.baseRevision);
    if (kept.kind === 'saved') {
      if (id === state.currentId) {
        state.baseRevision = kept.revision;
        state.saved = document;
      }
      ports.post({ type: 'saved', id, revision: kept.revision });
      return;
    }
    state.movedTo.set(id, kept.summary.id);
    if (id === state.currentId) {
      const current = ports.document();
      // Edits made while this save was under way stay: only the name changes.
      const shown = current === document ? kept.pipeline : applyOrThrow(current, [{ type: 'set-info', name: kept.pipeline.name }]);
      showStored(state, kept.summary.id, kept.pipeline, kept.summary.revision);
      ports.show(shown, 'Keep edits as a copy');
      if (shown !== kept.pipeline) ports.schedule({ id: kept.summary.id, document: shown });
      await ports.switchedTo(kept.summary.id);
    }
    ports.notify(kept.message);
    ports.libraryChanged();
  };
}

/**
 * Another tab said something. When it saved the pipeline shown here and this tab has no edits
 * of its own, the new version is shown (undoably); with edits here, nothing happens now and the
 * next save keeps both. A pipeline deleted elsewhere is said once.
 */
export function createTabSyncListener(library: PipelineLibrary, state: TabSyncState, ports: TabSyncPorts) {
  const toldDeleted = new Set<string>();

  const pickUp = async (id: string) => {
    if (hasUnsavedEdits(state, ports)) return;
    const opened = await library.open(id);
    // Checked again after the read: an edit made meanwhile wins, and conflicts on save.
    if (!opened.ok || id !== state.currentId || opened.summary.revision <= state.baseRevision || hasUnsavedEdits(state, ports)) return;
    showStored(state, id, opened.pipeline, opened.summary.revision);
    ports.show(opened.pipeline, 'Changes from another tab');
    ports.notify(`Updated "${opened.pipeline.name}" with changes saved in another tab (Undo brings back what was here).`);
  };

  const tellIfDeleted = async (id: string) => {
    const summary = (await library.listDeleted()).find((s) => s.id === id);
    if (!summary || toldDeleted.has(id) || id !== state.currentId) return;
    toldDeleted.add(id);
    ports.notify(`"${summary.name}" was deleted in another tab. It is in My pipelines › Recently deleted, and what you do here is still saved there: restore it to keep it.`);
  };

  return async (message: TabMessage): Promise<void> => {
    ports.refresh();
    const id = state.currentId;
    if (!id) return;
    if (message.type === 'library-changed') {
      await tellIfDeleted(id);
      await pickUp(id);
    } else if (message.id === id && message.revision > state.baseRevision) await pickUp(id);
  };
}
