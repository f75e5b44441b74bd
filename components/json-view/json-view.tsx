'use client';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { buildGraph, JSON_SCHEMA_ID, parsePipelineText, pipelineJsonSchema, pipelineJsonSchemaFor, problemToString } from '@/lib/model';
import { validateLoaded } from '@/lib/validate/loaded';
import { loadedCostRules } from '../cost/cost-loader';
import { useEditor, useEditorStore } from '../editor/store/editor-context';
import { LazyCodeEditor, type MonacoEditor } from '../monaco/lazy-code-editor';
import type { MonacoApi } from '../monaco/monaco-runtime';
import { useWidePanel, WidePanelToggle } from '../monaco/wide-panel-toggle';
import '../monaco/monaco-panels.css';
import { applyJsonText } from './apply-json-text';
import { canvasMovedOn, isEdited, jsonDraftFor } from './json-draft';
import { APPLY_OWNER, findingMarkers, problemMarkers, revealPath, VALIDATE_OWNER } from './path-markers';
import { TextMarkersList } from './text-markers-list';
import './json-view.css';

/** How long typing pauses before the text is validated (the schema check in Monaco is live). */
const VALIDATE_DELAY_MS = 300;

/**
 * The whole pipeline as JSON (issue #3). Edits apply as one undo step through the file
 * parser; Ctrl/Cmd+Enter or Ctrl/Cmd+S in the editor applies too.
 */
export function JsonView() {
  const editorStore = useEditorStore();
  const draft = useMemo(() => jsonDraftFor(editorStore), [editorStore]);
  const text = useStore(draft, (s) => s.text);
  const problems = useStore(draft, (s) => s.problems);
  const edited = useStore(draft, isEdited);
  const pipeline = useEditor((s) => s.pipeline);
  const stale = useStore(draft, (s) => canvasMovedOn(s, pipeline));
  const [mounted, setMounted] = useState<{ editor: MonacoEditor; api: MonacoApi } | null>(null);
  const [status, setStatus] = useState('');
  const [wide, toggleWide] = useWidePanel();
  const modelPath = `pipeline-${useId().replace(/[^A-Za-z0-9]/g, '')}.sluice.json`;
  const baseSchema = useMemo(() => pipelineJsonSchema(), []);
  // The schema changes only when some edge's connection does: each edge is offered its own settings.
  const connectionsKey = useMemo(() => {
    const graph = buildGraph(pipeline);
    return pipeline.edges.map((e) => `${graph.node(e.source)?.kind}>${graph.node(e.target)?.kind}:${graph.connection(e)?.meaning}`).join(',');
  }, [pipeline]);
  const jsonSchema = useMemo(
    () => ({ uri: JSON_SCHEMA_ID, schema: pipelineJsonSchemaFor(editorStore.getState().pipeline, baseSchema) }),
    [connectionsKey, baseSchema, editorStore], // eslint-disable-line react-hooks/exhaustive-deps
  );

  const apply = useCallback(() => {
    const outcome = applyJsonText(editorStore, draft);
    setStatus(
      outcome === 'applied'
        ? 'Applied to the canvas (undo with Ctrl+Z outside the editor)'
        : outcome === 'unchanged'
          ? 'Nothing to apply: the JSON matches the canvas'
          : `Not applied: ${draft.getState().problems.length} problem(s)`,
    );
  }, [editorStore, draft]);
  const applyRef = useRef(apply);
  useEffect(() => {
    applyRef.current = apply;
  }, [apply]);

  const onMount = useCallback((editor: MonacoEditor, api: MonacoApi) => {
    editor.addAction({
      id: 'sluice.apply-json',
      label: 'Apply the JSON to the canvas',
      keybindings: [api.KeyMod.CtrlCmd | api.KeyCode.Enter, api.KeyMod.CtrlCmd | api.KeyCode.KeyS],
      run: () => applyRef.current(),
    });
    setMounted({ editor, api });
  }, []);

  // Why the last Apply was refused, marked where each path points.
  useEffect(() => {
    const model = mounted?.editor.getModel();
    if (!mounted || !model) return;
    mounted.api.editor.setModelMarkers(model, APPLY_OWNER, problemMarkers(mounted.api, model, problems));
  }, [mounted, problems]);

  // Validation findings on the text as it is (not only once applied), when it parses.
  useEffect(() => {
    if (!mounted) return;
    const timer = setTimeout(() => {
      const model = mounted.editor.getModel();
      if (!model) return;
      const parsed = parsePipelineText(model.getValue());
      const markers = parsed.ok ? findingMarkers(mounted.api, model, validateLoaded(parsed.pipeline, loadedCostRules()).findings) : [];
      mounted.api.editor.setModelMarkers(model, VALIDATE_OWNER, markers);
    }, VALIDATE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [mounted, text]);

  const reload = () => {
    draft.getState().reload(editorStore.getState().pipeline);
    setStatus('The JSON now shows the canvas');
  };

  return (
    <section className="json-view" aria-label="Pipeline JSON" data-wide-panel={wide}>
      <div className="json-view-toolbar">
        <button type="button" className="primary" onClick={apply} disabled={!edited} aria-keyshortcuts="Control+Enter Meta+Enter Control+S Meta+S">
          Apply
        </button>
        <button type="button" onClick={reload} disabled={!edited}>
          Revert
        </button>
        <span className="json-view-state">{edited ? 'Edited, not applied' : 'Same as the canvas'}</span>
        <WidePanelToggle wide={wide} onToggle={toggleWide} />
      </div>
      <p className="json-view-hint">
        <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>Enter</kbd> or <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>S</kbd> in the editor applies. Tab indents; to leave the
        editor with Tab, press <kbd>Ctrl</kbd>+<kbd>M</kbd> (<kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>M</kbd> on a Mac) first.
      </p>
      {stale && (
        <div className="json-view-banner" role="alert">
          <span>The pipeline changed on the canvas since you started editing.</span>
          <span className="json-view-banner-actions">
            <button type="button" onClick={reload}>
              Reload from canvas
            </button>
            <button type="button" onClick={() => draft.getState().keepEdits(editorStore.getState().pipeline)}>
              Keep my edits
            </button>
          </span>
        </div>
      )}
      <div className="json-view-editor">
        <LazyCodeEditor
          path={modelPath}
          language="json"
          value={text}
          ariaLabel="Pipeline JSON"
          jsonSchema={jsonSchema}
          onChange={(next) => draft.getState().setText(next)}
          onMount={onMount}
        />
      </div>
      {problems.length > 0 && (
        <section className="json-view-problems" aria-label="Not applied">
          <h3 className="json-view-heading error">
            Not applied: {problems.length} problem{problems.length === 1 ? '' : 's'}
          </h3>
          <ul className="json-view-list">
            {problems.map((p, i) => (
              <li key={i} className="json-view-item error">
                <button type="button" className="json-view-goto" onClick={() => mounted && revealPath(mounted.editor, p.pathSegments)}>
                  {problemToString(p)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {mounted && <TextMarkersList api={mounted.api} editor={mounted.editor} />}
      <div role="status" className="visually-hidden">
        {status}
      </div>
    </section>
  );
}
