import { createStore, type StoreApi } from 'zustand/vanilla';
import { type Pipeline, type Problem, serializePipeline } from '@/lib/model';
import type { EditorStore } from '../editor/store/editor-store';

export interface JsonDraftState {
  /** What the user sees in the JSON editor. */
  text: string;
  /** The canvas document the text was last taken from (or agreed to, with "Keep my edits"). */
  base: Pipeline;
  /** `base` serialised: the text is "edited" when it differs from this. */
  baseText: string;
  /** Why the last Apply was refused; empty after a successful Apply, Revert or Reload. */
  problems: Problem[];
}

export interface JsonDraftActions {
  setText(text: string): void;
  /** Take the canvas document: the text becomes it, edits are dropped ("Reload from canvas", "Revert"). */
  reload(pipeline: Pipeline): void;
  /** The canvas changed under unapplied edits and the user keeps their text. */
  keepEdits(pipeline: Pipeline): void;
  setProblems(problems: Problem[]): void;
}

export type JsonDraftStore = StoreApi<JsonDraftState & JsonDraftActions>;

const drafts = new WeakMap<EditorStore, JsonDraftStore>();

export function isEdited(state: JsonDraftState): boolean {
  return state.text !== state.baseText;
}

/**
 * The JSON view's text lives beside the editor store, not in the panel: switching tabs
 * unmounts the panel, and unapplied edits must survive that. While the text is not edited it
 * follows the canvas (canvas edits, undo); once edited, it is left alone and the view offers
 * to reload. Unapplied text belongs to its pipeline: switching to another pipeline sets it
 * aside, and switching back brings it back.
 */
export function jsonDraftFor(editor: EditorStore): JsonDraftStore {
  const existing = drafts.get(editor);
  if (existing) return existing;
  const initial = editor.getState().pipeline;
  const initialText = serializePipeline(initial);
  const draft = createStore<JsonDraftState & JsonDraftActions>()((set) => ({
    text: initialText,
    base: initial,
    baseText: initialText,
    problems: [],
    setText: (text) => set({ text }),
    reload: (pipeline) => {
      const text = serializePipeline(pipeline);
      set({ text, base: pipeline, baseText: text, problems: [] });
    },
    keepEdits: (pipeline) => set({ base: pipeline, baseText: serializePipeline(pipeline) }),
    setProblems: (problems) => set({ problems }),
  }));
  /** Unapplied text of the pipelines switched away from, by document key: it comes back with its pipeline. */
  const stashed = new Map<string, Pick<JsonDraftState, 'text' | 'base' | 'baseText'>>();
  editor.subscribe((state, previous) => {
    if (state.documentKey !== previous.documentKey) {
      // Another pipeline: its text is never offered to this one.
      const current = draft.getState();
      if (isEdited(current)) stashed.set(previous.documentKey, { text: current.text, base: current.base, baseText: current.baseText });
      const kept = stashed.get(state.documentKey);
      stashed.delete(state.documentKey);
      if (kept) draft.setState({ ...kept, problems: [] });
      else current.reload(state.pipeline);
      return;
    }
    if (state.pipeline === previous.pipeline) return;
    const current = draft.getState();
    if (!isEdited(current)) current.reload(state.pipeline);
  });
  drafts.set(editor, draft);
  return draft;
}

/** True when the canvas holds something other than what the edited text started from. */
export function canvasMovedOn(draft: JsonDraftState, pipeline: Pipeline): boolean {
  return isEdited(draft) && pipeline !== draft.base && serializePipeline(pipeline) !== draft.baseText;
}
