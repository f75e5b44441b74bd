'use client';
import Editor from '@monaco-editor/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { minimalEdit } from './minimal-edit';
import { EDITOR_THEMES, monaco, type MonacoApi, registerJsonSchema } from './monaco-runtime';
import { useDocumentTheme } from './use-document-theme';

export type MonacoEditor = monaco.editor.IStandaloneCodeEditor;

export interface CodeEditorProps {
  /** The model's name; also what JSON schemas match on (e.g. `pipeline-1.sluice.json`). */
  path: string;
  language: string;
  value: string;
  /** The editor's accessible name. */
  ariaLabel: string;
  readOnly?: boolean;
  /** For JSON: validate against this JSON Schema while the user types. */
  jsonSchema?: { uri: string; schema: object };
  onChange?(text: string): void;
  onMount?(editor: MonacoEditor, api: MonacoApi): void;
}

const BASE_OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  minimap: { enabled: false },
  fontSize: 12,
  lineNumbersMinChars: 3,
  scrollBeyondLastLine: false,
  automaticLayout: true,
  tabSize: 2,
  folding: true,
  // Hovers and the suggest list may be wider than the side panel.
  fixedOverflowWidgets: true,
};

/**
 * A Monaco editor from the bundled package, following the app's light/dark theme. A new
 * `value` is applied as the smallest edit (not a whole-text replace), so a live view keeps
 * its scroll position and an editable one keeps its undo history.
 */
export function CodeEditor({ path, language, value, ariaLabel, readOnly = false, jsonSchema, onChange, onMount }: CodeEditorProps) {
  const theme = useDocumentTheme();
  const [editor, setEditor] = useState<MonacoEditor | null>(null);
  const options = useMemo(() => ({ ...BASE_OPTIONS, ariaLabel, readOnly, domReadOnly: readOnly }), [ariaLabel, readOnly]);

  useEffect(() => {
    if (jsonSchema) registerJsonSchema(jsonSchema.uri, [path], jsonSchema.schema);
  }, [jsonSchema, path]);

  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model) return;
    const edit = minimalEdit(model.getValue(), value);
    if (!edit) return;
    const start = model.getPositionAt(edit.start);
    const end = model.getPositionAt(edit.end);
    const operation = { range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), text: edit.text, forceMoveMarkers: true };
    if (readOnly) model.applyEdits([operation]);
    else {
      editor.executeEdits('sluice', [operation]);
      editor.pushUndoStop();
    }
  }, [editor, value, path, readOnly]);

  const handleMount = useCallback(
    (mounted: MonacoEditor, api: MonacoApi) => {
      setEditor(mounted);
      onMount?.(mounted, api);
    },
    [onMount],
  );

  return (
    <Editor
      path={path}
      language={language}
      defaultValue={value}
      theme={EDITOR_THEMES[theme]}
      options={options}
      loading={<div role="status">Loading the editor…</div>}
      onMount={handleMount}
      onChange={onChange ? (text) => onChange(text ?? '') : undefined}
    />
  );
}
