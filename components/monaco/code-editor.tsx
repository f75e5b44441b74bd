'use client';
import Editor from '@monaco-editor/react';
import { useEffect } from 'react';
import { monaco, type MonacoApi, registerJsonSchema } from './monaco-runtime';
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
  beforeMount?(api: MonacoApi): void;
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
  renderLineHighlight: 'line',
  // Hovers and the suggest list may be wider than the 360 px side panel.
  fixedOverflowWidgets: true,
};

/** A Monaco editor from the bundled package, following the app's light/dark theme. */
export function CodeEditor({ path, language, value, ariaLabel, readOnly = false, jsonSchema, onChange, beforeMount, onMount }: CodeEditorProps) {
  const theme = useDocumentTheme();
  useEffect(() => {
    if (jsonSchema) registerJsonSchema(jsonSchema.uri, [path], jsonSchema.schema);
  }, [jsonSchema, path]);
  return (
    <Editor
      path={path}
      language={language}
      value={value}
      theme={theme === 'dark' ? 'vs-dark' : 'vs'}
      options={{ ...BASE_OPTIONS, ariaLabel, readOnly, domReadOnly: readOnly }}
      loading={<div role="status">Loading the editor…</div>}
      beforeMount={beforeMount}
      onMount={onMount}
      onChange={onChange ? (text) => onChange(text ?? '') : undefined}
    />
  );
}
