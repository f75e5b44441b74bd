import type { Problem } from '@/lib/model';
import { locatePath, outlineJson, type PathLocation, type TextRange } from '@/lib/text-locate';
import type { Finding } from '@/lib/validate';
import type { monaco, MonacoApi } from '../monaco/monaco-runtime';

export type Severity = 'error' | 'warning' | 'info';
type Model = monaco.editor.ITextModel;
type Marker = monaco.editor.IMarkerData;

/** Marker owners: each source of markers replaces only its own. */
export const APPLY_OWNER = 'sluice-apply';
export const VALIDATE_OWNER = 'sluice-validate';

function severityOf(api: MonacoApi, severity: Severity): monaco.MarkerSeverity {
  return severity === 'error' ? api.MarkerSeverity.Error : severity === 'warning' ? api.MarkerSeverity.Warning : api.MarkerSeverity.Info;
}

function markerAt(api: MonacoApi, model: Model, range: TextRange, severity: Severity, message: string, source: string): Marker {
  const start = model.getPositionAt(range.start);
  const end = model.getPositionAt(Math.max(range.end, range.start + 1));
  return {
    severity: severityOf(api, severity),
    message,
    source,
    startLineNumber: start.lineNumber,
    startColumn: start.column,
    endLineNumber: end.lineNumber,
    endColumn: end.column,
  };
}

/** "not valid JSON at line 3, column 7: ..." -> that spot; the parser reports syntax errors that way. */
function syntaxErrorRange(model: Model, message: string): TextRange | undefined {
  const m = /line (\d+), column (\d+)/.exec(message);
  if (!m) return undefined;
  const line = Math.min(Number(m[1]), model.getLineCount());
  const offset = model.getOffsetAt({ lineNumber: line, column: Number(m[2]) });
  return { start: offset, end: offset + 1 };
}

/** Where a problem or finding's JSON path is in the model's current text. */
export function locateInModel(model: Model, path: readonly (string | number)[]): PathLocation | undefined {
  return locatePath(outlineJson(model.getValue()), path);
}

/** Why Apply was refused, as markers at the lines the paths point to. */
export function problemMarkers(api: MonacoApi, model: Model, problems: readonly Problem[]): Marker[] {
  const outline = outlineJson(model.getValue());
  return problems.map((p) => {
    const range = (p.pathSegments.length === 0 && syntaxErrorRange(model, p.message)) || locatePath(outline, p.pathSegments)?.focus || { start: 0, end: 1 };
    return markerAt(api, model, range, 'error', p.path ? `${p.path}: ${p.message}` : p.message, 'Sluice (not applied)');
  });
}

/** The validator's findings on the text being edited. */
export function findingMarkers(api: MonacoApi, model: Model, findings: readonly Finding[]): Marker[] {
  const outline = outlineJson(model.getValue());
  return findings.map((f) => {
    const range = locatePath(outline, f.path)?.focus ?? { start: 0, end: 1 };
    const message = f.fix ? `${f.message}\nFix: ${f.fix}` : f.message;
    return markerAt(api, model, range, f.severity, message, `Sluice ${f.rule}`);
  });
}

/** Put the cursor on a path and scroll it into view. */
export function revealPath(editor: monaco.editor.IStandaloneCodeEditor, path: readonly (string | number)[]) {
  const model = editor.getModel();
  if (!model) return;
  const location = locateInModel(model, path);
  const range = location?.focus ?? { start: 0, end: 0 };
  const start = model.getPositionAt(range.start);
  const end = model.getPositionAt(range.end);
  editor.setSelection({ startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column });
  editor.revealRangeInCenter({ startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column });
  editor.focus();
}
