import { createStore, type StoreApi } from 'zustand/vanilla';
import { parsePipelineText, type Pipeline, type Problem, serializePipeline } from '@/lib/model';
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
/** Where unapplied text waits out a reload: the tab's sessionStorage in the browser. */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const STORAGE_PREFIX = 'sluice.json-draft.';

function browserStorage(): DraftStorage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

type Kept = Pick<JsonDraftState, 'text' | 'base' | 'baseText'>;

/** Unapplied text saved for `key` before a reload, read back through the parser's eyes. */
function readKept(storage: DraftStorage | undefined, key: string, current: Pipeline): Kept | undefined {
  if (!storage || !key) return undefined;
  try {
    const raw = storage.getItem(STORAGE_PREFIX + key);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as { text?: unknown; baseText?: unknown };
    if (typeof value.text !== 'string' || typeof value.baseText !== 'string') return undefined;
    if (value.baseText === serializePipeline(current)) return { text: value.text, baseText: value.baseText, base: current };
    const parsed = parsePipelineText(value.baseText);
    return { text: value.text, baseText: value.baseText, base: parsed.ok ? parsed.pipeline : current };
  } catch {
    return undefined;
  }
}

export function jsonDraftFor(editor: EditorStore, storage: DraftStorage | undefined = browserStorage()): JsonDraftStore {
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
  const stashed = new Map<string, Kept>();
  // Unapplied text also waits out a reload (in this tab's sessionStorage), written a moment
  // after typing stops and at once when the page goes away.
  let savedFor = editor.getState().documentKey;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    if (!storage || !savedFor) return;
    const current = draft.getState();
    try {
      if (isEdited(current)) storage.setItem(STORAGE_PREFIX + savedFor, JSON.stringify({ text: current.text, baseText: current.baseText }));
      else storage.removeItem(STORAGE_PREFIX + savedFor);
    } catch {
      // Storage full or refused: the text stays on screen, only a reload would lose it.
    }
  };
  draft.subscribe((state, previous) => {
    if (state.text === previous.text && state.baseText === previous.baseText) return;
    if (timer === undefined) timer = setTimeout(save, 250);
  });
  if (typeof window !== 'undefined') window.addEventListener('pagehide', () => timer !== undefined && (clearTimeout(timer), save()));
  const restore = (key: string, pipeline: Pipeline) => {
    const kept = stashed.get(key) ?? readKept(storage, key, pipeline);
    stashed.delete(key);
    if (kept) draft.setState({ ...kept, problems: [] });
    else draft.getState().reload(pipeline);
  };
  if (savedFor) restore(savedFor, initial);
  editor.subscribe((state, previous) => {
    if (state.documentKey !== previous.documentKey) {
      // Another pipeline: its text is never offered to this one.
      if (timer !== undefined) {
        clearTimeout(timer);
        save();
      }
      const current = draft.getState();
      if (isEdited(current)) stashed.set(previous.documentKey, { text: current.text, base: current.base, baseText: current.baseText });
      savedFor = state.documentKey;
      restore(state.documentKey, state.pipeline);
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
