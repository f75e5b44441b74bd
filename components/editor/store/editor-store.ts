import { createStore } from 'zustand/vanilla';
import { emptyPipeline, type Pipeline } from '@/lib/model';
import { type Applied, applyOperations, type ApplyResult, type Operation, type Position } from '@/lib/edit';

/** How many steps undo remembers. Each entry is a whole (structurally shared) document. */
export const HISTORY_LIMIT = 200;

export interface Selection {
  nodeIds: string[];
  edgeIds: string[];
}

export interface Notice {
  id: number;
  tone: 'error' | 'info';
  text: string;
}

/**
 * Where a change of the document came from. Subscribers read this instead of flags: autosave
 * skips what is already stored ('load', 'another-tab'), the simulation forgets its result when
 * another stored pipeline is loaded.
 */
export type ChangeOrigin = 'user' | 'fix' | 'load' | 'another-tab' | 'undo' | 'redo';

export interface DocumentChange {
  origin: ChangeOrigin;
  /** What the undo menu calls it ("Add Lambda function", "Fix: Enable the stream"). */
  label: string;
  /** The operations applied (for undo/redo: none, the document steps back or forth whole). */
  operations: readonly Operation[];
}

export interface EditorState {
  pipeline: Pipeline;
  /** The last change of `pipeline` and where it came from (null before the first). */
  change: DocumentChange | null;
  past: { pipeline: Pipeline; label: string }[];
  future: { pipeline: Pipeline; label: string }[];
  selection: Selection;
  /** The document before the drag in progress started; the drag is one undo step. */
  dragOrigin: Pipeline | null;
  /** A short message for the user (refused connection, bad paste...). */
  notice: Notice | null;
  /** Bumped when a whole new document is loaded, so views can fit it. */
  documentEpoch: number;
  /**
   * Which stored pipeline the editor shows ('' before one is chosen). Views that keep
   * unsaved state of their own (the JSON view's unapplied text) keep it per pipeline.
   */
  documentKey: string;
  /** Which side panel tab is open. */
  panel: string;
  /** A field the inspector should focus (e.g. from the problems panel). */
  focusField: { nodeId?: string; edgeId?: string; field?: string; nonce: number } | null;
}

export interface EditorActions {
  /**
   * Apply operations as one undoable step (all or nothing); refused operations change nothing
   * and their problems are returned. Operations that change nothing are no step.
   * `select` may name what the operations added (their final ids are in the result).
   */
  apply(label: string, operations: readonly Operation[], options?: ApplyOptions): ApplyResult;
  undo(): void;
  redo(): void;
  /** Replace the whole document (open, new, example). Undo can bring the previous one back unless `resetHistory`. */
  load(pipeline: Pipeline, options?: { resetHistory?: boolean; label?: string; documentKey?: string; origin?: 'user' | 'load' | 'another-tab' }): void;
  select(selection: Partial<Selection>): void;
  /** Positions while dragging: visible at once, committed to history by `endDrag`. */
  dragTo(positions: Record<string, Position>): void;
  endDrag(): void;
  notify(text: string, tone?: Notice['tone']): void;
  dismissNotice(): void;
  setPanel(panel: string): void;
  focus(target: { nodeId?: string; edgeId?: string; field?: string }): void;
}

export interface ApplyOptions {
  /** 'user' unless said otherwise; a problem's fix is 'fix'. */
  origin?: 'user' | 'fix';
  select?: Partial<Selection> | ((added: Applied['added']) => Partial<Selection>);
}

export type EditorStore = ReturnType<typeof createEditorStore>;

let noticeCounter = 0;

export function createEditorStore(initial: Pipeline = emptyPipeline()) {
  return createStore<EditorState & EditorActions>()((set, get) => ({
    pipeline: initial,
    change: null,
    past: [],
    future: [],
    selection: { nodeIds: [], edgeIds: [] },
    dragOrigin: null,
    notice: null,
    documentEpoch: 0,
    documentKey: '',
    panel: 'inspector',
    focusField: null,

    apply(label, operations, options = {}) {
      const { pipeline, past } = get();
      const result = applyOperations(pipeline, operations);
      if (!result.ok) return result;
      const select = typeof options.select === 'function' ? options.select(result.added) : options.select;
      if (result.pipeline === pipeline) {
        if (select) get().select(select);
        return result;
      }
      set({
        pipeline: result.pipeline,
        change: { origin: options.origin ?? 'user', label, operations },
        past: [...past, { pipeline, label }].slice(-HISTORY_LIMIT),
        future: [],
        selection: pruneSelection(select ? { ...get().selection, ...select } : get().selection, result.pipeline),
      });
      return result;
    },

    undo() {
      const { past, future, pipeline } = get();
      const last = past[past.length - 1];
      if (!last) return;
      set({
        pipeline: last.pipeline,
        change: { origin: 'undo', label: last.label, operations: [] },
        past: past.slice(0, -1),
        future: [{ pipeline, label: last.label }, ...future],
        selection: pruneSelection(get().selection, last.pipeline),
      });
    },

    redo() {
      const { past, future, pipeline } = get();
      const next = future[0];
      if (!next) return;
      set({
        pipeline: next.pipeline,
        change: { origin: 'redo', label: next.label, operations: [] },
        past: [...past, { pipeline, label: next.label }],
        future: future.slice(1),
        selection: pruneSelection(get().selection, next.pipeline),
      });
    },

    load(pipeline, options = {}) {
      const { past, pipeline: current, documentEpoch, documentKey } = get();
      const label = options.label ?? 'Open pipeline';
      set({
        pipeline,
        // A loaded document is taken whole (it was parsed where it was read): the tab sync
        // compares it by identity with what it stored.
        change: { origin: options.origin ?? 'user', label, operations: [{ type: 'replace', document: pipeline }] },
        documentKey: options.documentKey ?? documentKey,
        past: options.resetHistory ? [] : [...past, { pipeline: current, label }].slice(-HISTORY_LIMIT),
        future: [],
        selection: { nodeIds: [], edgeIds: [] },
        documentEpoch: documentEpoch + 1,
        dragOrigin: null,
        // A message about the previous document says nothing about this one.
        notice: null,
      });
    },

    select(selection) {
      const current = get().selection;
      const next = { nodeIds: selection.nodeIds ?? current.nodeIds, edgeIds: selection.edgeIds ?? current.edgeIds };
      if (sameIds(next.nodeIds, current.nodeIds) && sameIds(next.edgeIds, current.edgeIds)) return;
      set({ selection: next });
    },

    dragTo(positions) {
      const { pipeline, dragOrigin } = get();
      const operations: Operation[] = [{ type: 'move', positions }];
      const result = applyOperations(pipeline, operations);
      if (!result.ok || result.pipeline === pipeline) return;
      set({ pipeline: result.pipeline, change: { origin: 'user', label: 'Move', operations }, dragOrigin: dragOrigin ?? pipeline });
    },

    endDrag() {
      const { dragOrigin, past, pipeline } = get();
      if (!dragOrigin) return;
      set({ dragOrigin: null, past: [...past, { pipeline: dragOrigin, label: 'Move' }].slice(-HISTORY_LIMIT), future: [], pipeline });
    },

    notify(text, tone = 'error') {
      set({ notice: { id: ++noticeCounter, text, tone } });
    },

    dismissNotice() {
      set({ notice: null });
    },

    setPanel(panel) {
      set({ panel });
    },

    focus(target) {
      set({ focusField: { ...target, nonce: ++noticeCounter } });
    },
  }));
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function pruneSelection(selection: Selection, p: Pipeline): Selection {
  const nodes = new Set(p.nodes.map((n) => n.id));
  const edges = new Set(p.edges.map((e) => e.id));
  const nodeIds = selection.nodeIds.filter((id) => nodes.has(id));
  const edgeIds = selection.edgeIds.filter((id) => edges.has(id));
  return nodeIds.length === selection.nodeIds.length && edgeIds.length === selection.edgeIds.length ? selection : { nodeIds, edgeIds };
}
