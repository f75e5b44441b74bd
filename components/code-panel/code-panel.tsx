'use client';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useEditor, useEditorStore } from '../editor/store/editor-context';
import { ValidationErrorsNote } from '../validation/errors-note';
import { LazyCodeEditor, type MonacoEditor } from '../monaco/lazy-code-editor';
import type { monaco, MonacoApi } from '../monaco/monaco-runtime';
import { useWidePanel, WidePanelToggle } from '../monaco/wide-panel-toggle';
import '../monaco/monaco-panels.css';
import { codePanelOptionsFor } from './code-panel-options';
import { downloadCdkApp, downloadTemplate } from './download-export';
import { ImportTemplateButton } from './import-template-button';
import { resourceRanges, selectedResourceIds } from './resource-ranges';
import type { ExportView } from './run-export';
import { useExport } from './use-export';
import { afterDeploySteps } from '@/lib/export/after-deploy';
import './code-panel.css';

const VIEWS: { id: ExportView; label: string }[] = [
  { id: 'yaml', label: 'CloudFormation (YAML)' },
  { id: 'json', label: 'CloudFormation (JSON)' },
  { id: 'cdk', label: 'CDK app (TypeScript)' },
];

function languageOf(path: string): string {
  if (/\.tsx?$/.test(path)) return 'typescript';
  if (/\.json$/.test(path)) return 'json';
  if (/\.ya?ml$/.test(path)) return 'yaml';
  if (/\.py$/.test(path)) return 'python';
  if (/\.scala$/.test(path)) return 'scala';
  if (/\.md$/i.test(path) || /README/i.test(path)) return 'markdown';
  return 'plaintext';
}

/** The export (issue #6), live as the pipeline changes: a template or the CDK app, read-only. */
export function CodePanel() {
  const editorStore = useEditorStore();
  const optionsStore = useMemo(() => codePanelOptionsFor(editorStore), [editorStore]);
  const { view, alarms, cdkFile, set } = useStore(optionsStore);
  const pipeline = useEditor((s) => s.pipeline);
  const selection = useEditor((s) => s.selection);
  const { result, error, working } = useExport(pipeline, view, alarms);
  const afterDeploy = useMemo(() => afterDeploySteps(pipeline, { view: view === 'cdk' ? 'cdk' : 'cloudformation', alarms }), [pipeline, view, alarms]);
  const [mounted, setMounted] = useState<{ editor: MonacoEditor; api: MonacoApi } | null>(null);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const [wide, toggleWide] = useWidePanel();
  const modelPrefix = `export-${useId().replace(/[^A-Za-z0-9]/g, '')}`;

  const files = result?.kind === 'cdk' ? result.files : {};
  const filePaths = Object.keys(files).sort();
  const shownFile = result?.kind === 'cdk' ? (cdkFile && files[cdkFile] !== undefined ? cdkFile : result.entry && files[result.entry] !== undefined ? result.entry : filePaths[0]) : undefined;
  const text = result?.kind === 'template' ? result.text : shownFile ? files[shownFile] : '';
  const path = result?.kind === 'template' ? `${modelPrefix}/template.${result.format}` : `${modelPrefix}/cdk/${shownFile ?? 'none'}`;
  const language = result?.kind === 'template' ? result.format : languageOf(shownFile ?? '');

  const highlighted = useMemo(
    () => (result?.kind === 'template' ? selectedResourceIds(selection, result.resourcesByNode, result.resourcesByEdge) : []),
    [result, selection],
  );
  const selectedName = useMemo(() => {
    const ids = [...selection.nodeIds, ...selection.edgeIds];
    if (ids.length !== 1) return ids.length ? `${ids.length} selected items` : '';
    return pipeline.nodes.find((n) => n.id === ids[0])?.name ?? ids[0];
  }, [selection, pipeline]);

  const reveal = useCallback(
    (logicalId: string) => {
      const model = mounted?.editor.getModel();
      if (!mounted || !model || result?.kind !== 'template') return;
      const [found] = resourceRanges(model.getValue(), result.format, [logicalId]);
      if (!found) return;
      const start = model.getPositionAt(found.range.start);
      mounted.editor.revealLineNearTop(start.lineNumber);
      mounted.editor.setPosition(start);
      mounted.editor.focus();
    },
    [mounted, result],
  );

  // Decorate the selected element's resources and bring the first into view. The text is
  // already in the model: the editor (a child) applies its value before this effect runs.
  useEffect(() => {
    const model = mounted?.editor.getModel();
    if (!mounted || !model) return;
    decorations.current ??= mounted.editor.createDecorationsCollection();
    if (result?.kind !== 'template' || highlighted.length === 0) {
      decorations.current.clear();
      return;
    }
    const ranges = resourceRanges(model.getValue(), result.format, highlighted).map(({ range }) => {
      const start = model.getPositionAt(range.start);
      const end = model.getPositionAt(range.end);
      return new mounted.api.Range(start.lineNumber, 1, end.lineNumber, 1);
    });
    decorations.current.set(
      ranges.map((range) => ({
        range,
        options: {
          isWholeLine: true,
          className: 'code-panel-resource',
          linesDecorationsClassName: 'code-panel-resource-gutter',
          overviewRuler: { color: '#0666bd', position: mounted.api.editor.OverviewRulerLane.Left },
        },
      })),
    );
    // The topmost resource first: where a reader scrolling down would meet the selection.
    const topmost = ranges.reduce<(typeof ranges)[number] | undefined>((top, r) => (!top || r.startLineNumber < top.startLineNumber ? r : top), undefined);
    if (topmost) mounted.editor.revealRangeNearTopIfOutsideViewport(topmost);
  }, [mounted, result, highlighted, text]);

  const onMount = useCallback((editor: MonacoEditor, api: MonacoApi) => {
    decorations.current = null;
    setMounted({ editor, api });
  }, []);

  const download = () => {
    const current = editorStore.getState().pipeline;
    const fileName = view === 'cdk' ? downloadCdkApp(current, alarms) : downloadTemplate(current, view, alarms);
    editorStore.getState().notify(`Downloaded ${fileName}`, 'info');
  };

  return (
    <section className="code-panel" aria-label="Export code" data-wide-panel={wide}>
      <div className="code-panel-controls">
        <label className="code-panel-field">
          Export as
          <select value={view} onChange={(e) => set({ view: e.target.value as ExportView })}>
            {VIEWS.map((v) => (
              <option key={v.id} value={v.id}>
                {v.label}
              </option>
            ))}
          </select>
        </label>
        {view === 'cdk' && filePaths.length > 0 && (
          <label className="code-panel-field">
            File
            <select value={shownFile} onChange={(e) => set({ cdkFile: e.target.value })}>
              {filePaths.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="code-panel-check">
          <input type="checkbox" checked={alarms} onChange={(e) => set({ alarms: e.target.checked })} />
          CloudWatch alarms
        </label>
        <div className="code-panel-actions">
          <button type="button" className="primary" onClick={download} disabled={!pipeline.nodes.length}>
            {view === 'cdk' ? 'Download CDK app (.zip)' : `Download template (.${view})`}
          </button>
          <ImportTemplateButton />
          <WidePanelToggle wide={wide} onToggle={toggleWide} />
        </div>
      </div>
      <p className="code-panel-status" role="status">
        {working ? 'Updating…' : ''}
      </p>
      <ValidationErrorsNote consequence="the template would be refused by AWS or fail once deployed (the command-line export needs --force for it)." />
      {error && (
        <p className="code-panel-error" role="alert">
          The export failed: {error}
        </p>
      )}
      {afterDeploy.length > 0 && !error && (
        <details className="code-panel-after-deploy">
          <summary>After you deploy ({afterDeploy.length})</summary>
          <ul aria-label="After you deploy">
            {afterDeploy.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </details>
      )}
      {highlighted.length > 0 && (
        <div className="code-panel-resources" aria-label="Resources of the selection" role="group">
          <span className="code-panel-resources-label">{selectedName} →</span>
          {highlighted.map((id) => (
            <button key={id} type="button" className="code-panel-resource-link" onClick={() => reveal(id)} aria-label={`Show ${id}`}>
              {id}
            </button>
          ))}
        </div>
      )}
      <div className="code-panel-editor">
        {result?.kind === 'cdk' && filePaths.length === 0 ? (
          <p className="code-panel-empty">The CDK app export is not available yet; the CloudFormation template is.</p>
        ) : result ? (
          <LazyCodeEditor path={path} language={language} value={text} ariaLabel="Export code" readOnly onMount={onMount} />
        ) : (
          <p className="code-panel-empty" role="status">
            Exporting…
          </p>
        )}
      </div>
    </section>
  );
}
