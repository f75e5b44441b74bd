import { createStore } from 'zustand/vanilla';
import { emptyPipeline, type Pipeline } from '@/lib/model';
import { moveNodes, type Position } from '@/lib/edit';

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

export interface EditorState {
  pipeline: Pipeline;
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
  /** Apply an edit as one undoable step. A function returning the same document is a no-op. */
  apply(label: string, edit: (p: Pipeline) => Pipeline, select?: Partial<Selection>): void;
  undo(): void;
  redo(): void;
  /** Replace the whole document (open, new, example). Undo can bring the previous one back unless `resetHistory`. */
  load(pipeline: Pipeline, options?: { resetHistory?: boolean; label?: string; documentKey?: string }): void;
  select(selection: Partial<Selection>): void;
  /** Positions while dragging: visible at once, committed to history by `endDrag`. */
  dragTo(positions: Record<string, Position>): void;
  endDrag(): void;
  notify(text: string, tone?: Notice['tone']): void;
  dismissNotice(): void;
  setPanel(panel: string): void;
  focus(target: { nodeId?: string; edgeId?: string; field?: string }): void;
}

export type EditorStore = ReturnType<typeof createEditorStore>;

let noticeCounter = 0;

export function createEditorStore(initial: Pipeline = emptyPipeline()) {
  return createStore<EditorState & EditorActions>()((set, get) => ({
    pipeline: initial,
    past: [],
    future: [],
    selection: { nodeIds: [], edgeIds: [] },
    dragOrigin: null,
    notice: null,
    documentEpoch: 0,
    documentKey: '',
    panel: 'inspector',
    focusField: null,

    apply(label, edit, select) {
      const { pipeline, past } = get();
      const next = edit(pipeline);
      if (next === pipeline) {
        if (select) get().select(select);
        return;
      }
      set({
        pipeline: next,
        past: [...past, { pipeline, label }].slice(-HISTORY_LIMIT),
        future: [],
        selection: pruneSelection(select ? { ...get().selection, ...select } : get().selection, next),
      });
    },

    undo() {
      const { past, future, pipeline } = get();
      const last = past[past.length - 1];
      if (!last) return;
      set({
        pipeline: last.pipeline,
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
        past: [...past, { pipeline, label: next.label }],
        future: future.slice(1),
        selection: pruneSelection(get().selection, next.pipeline),
      });
    },

    load(pipeline, options = {}) {
      const { past, pipeline: current, documentEpoch, documentKey } = get();
      set({
        pipeline,
        documentKey: options.documentKey ?? documentKey,
        past: options.resetHistory ? [] : [...past, { pipeline: current, label: options.label ?? 'Open pipeline' }].slice(-HISTORY_LIMIT),
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
      const next = moveNodes(pipeline, positions);
      if (next === pipeline) return;
      set({ pipeline: next, dragOrigin: dragOrigin ?? pipeline });
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
