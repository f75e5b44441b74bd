'use client';
import { useEffect, useState } from 'react';
import type { MonacoEditor } from '../monaco/lazy-code-editor';
import type { monaco, MonacoApi } from '../monaco/monaco-runtime';
import { APPLY_OWNER } from './path-markers';

type Marker = monaco.editor.IMarker;

function severityName(api: MonacoApi, severity: monaco.MarkerSeverity): 'error' | 'warning' | 'info' {
  if (severity === api.MarkerSeverity.Error) return 'error';
  if (severity === api.MarkerSeverity.Warning) return 'warning';
  return 'info';
}

/**
 * The editor's squiggles as a list (schema errors while typing, validation findings), so they
 * can be read without hovering and reached from the keyboard. "Not applied" problems are
 * listed apart, by the view.
 */
export function TextMarkersList({ api, editor }: { api: MonacoApi; editor: MonacoEditor }) {
  const [markers, setMarkers] = useState<Marker[]>([]);

  useEffect(() => {
    const model = editor.getModel();
    if (!model) return;
    const read = () =>
      setMarkers(
        api.editor
          .getModelMarkers({ resource: model.uri })
          .filter((m) => m.owner !== APPLY_OWNER)
          .sort((a, b) => b.severity - a.severity || a.startLineNumber - b.startLineNumber),
      );
    read();
    const subscription = api.editor.onDidChangeMarkers((uris) => {
      if (uris.some((u) => u.toString() === model.uri.toString())) read();
    });
    return () => subscription.dispose();
  }, [api, editor]);

  const goTo = (m: Marker) => {
    editor.setSelection({ startLineNumber: m.startLineNumber, startColumn: m.startColumn, endLineNumber: m.endLineNumber, endColumn: m.endColumn });
    editor.revealLineInCenter(m.startLineNumber);
    editor.focus();
  };

  return (
    <section className="json-view-markers" aria-label="Problems in the text">
      <h3 className="json-view-heading">{markers.length === 0 ? 'No problems in the text' : `In the text: ${markers.length} problem${markers.length === 1 ? '' : 's'}`}</h3>
      {markers.length > 0 && (
        <ul className="json-view-list">
          {markers.map((m, i) => {
            const severity = severityName(api, m.severity);
            return (
              <li key={`${m.owner}-${i}`} className={`json-view-item ${severity}`}>
                <button type="button" className="json-view-goto" onClick={() => goTo(m)}>
                  <span className="json-view-where">
                    {severity} · line {m.startLineNumber}
                  </span>{' '}
                  {m.message}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
