import type { Finding, Severity } from '../../lib/validate';
import type { ElementFindings, FieldFinding } from '../canvas/decorations';

const SEVERITY_WORD: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** The id a finding is drawn on: its node, else its edge; pipeline-wide findings have none. */
export function elementIdOf(f: Finding): string | undefined {
  return f.nodeId ?? f.edgeId;
}

/** Counts and hover messages per node or edge, for the canvas badges and outlines. */
export function toElementFindings(findings: readonly Finding[]): Map<string, ElementFindings> {
  const map = new Map<string, ElementFindings>();
  for (const f of findings) {
    const id = elementIdOf(f);
    if (id === undefined) continue;
    let entry = map.get(id);
    if (!entry) {
      entry = { errors: 0, warnings: 0, infos: 0, messages: [] };
      map.set(id, entry);
    }
    if (f.severity === 'error') entry.errors++;
    else if (f.severity === 'warning') entry.warnings++;
    else entry.infos++;
    entry.messages.push(`${SEVERITY_WORD[f.severity]}: ${f.message}`);
  }
  return map;
}

/** Findings about one config field, keyed `${nodeId or edgeId}:${field}`, for the inspector. */
export function toFieldFindings(findings: readonly Finding[]): Map<string, FieldFinding[]> {
  const map = new Map<string, FieldFinding[]>();
  for (const f of findings) {
    const id = elementIdOf(f);
    if (id === undefined || f.field === undefined) continue;
    const key = `${id}:${f.field}`;
    const list = map.get(key) ?? [];
    list.push({ severity: f.severity, message: f.message, rule: f.rule });
    map.set(key, list);
  }
  return map;
}
