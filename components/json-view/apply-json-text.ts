import { parsePipelineText, serializePipeline } from '@/lib/model';
import type { EditorStore } from '../editor/store/editor-store';
import type { JsonDraftStore } from './json-draft';

export type ApplyOutcome = 'applied' | 'unchanged' | 'refused';

/**
 * Apply the JSON text to the canvas as one undo step. The text goes through the same parser
 * as a file (zod + migrations): an invalid text changes nothing and its problems are kept
 * for the view to list and mark.
 */
export function applyJsonText(editor: EditorStore, draft: JsonDraftStore): ApplyOutcome {
  const { text, reload, setProblems } = draft.getState();
  const result = parsePipelineText(text);
  if (!result.ok) {
    setProblems(result.problems);
    return 'refused';
  }
  const state = editor.getState();
  if (serializePipeline(result.pipeline) === serializePipeline(state.pipeline)) {
    reload(state.pipeline);
    return 'unchanged';
  }
  // One `replace` operation: the nodes and edges the text did not change stay the same objects.
  state.apply('Edit JSON', [{ type: 'replace', document: result.pipeline }]);
  reload(editor.getState().pipeline);
  if (result.migratedFrom !== undefined) {
    editor.getState().notify(`The JSON was written for version ${result.migratedFrom}; it was updated to the current format`, 'info');
  }
  return 'applied';
}
