import type { Pipeline } from '../../lib/model';
import type { Finding, Severity } from '../../lib/validate';

export type ProblemSort = 'severity' | 'element';

export interface ProblemFilter {
  severities: ReadonlySet<Severity>;
  /** Free text, matched case-insensitively against rule, element, title, message and fix. */
  text: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** What the user calls the element a finding is about: the node's name, "Source → Target", or the pipeline. */
export function elementName(pipeline: Pipeline, f: Finding): string {
  if (f.nodeId !== undefined) return pipeline.nodes.find((n) => n.id === f.nodeId)?.name ?? f.nodeId;
  if (f.edgeId !== undefined) {
    const edge = pipeline.edges.find((e) => e.id === f.edgeId);
    if (!edge) return f.edgeId;
    const name = (id: string) => pipeline.nodes.find((n) => n.id === id)?.name ?? id;
    return `${name(edge.source)} → ${name(edge.target)}`;
  }
  return 'Pipeline';
}

/** A key that stays the same for the same problem across edits (React keys, focus restoring). */
export function findingKey(f: Finding): string {
  return [f.rule, f.nodeId ?? '', f.edgeId ?? '', f.field ?? '', f.message].join('|');
}

export function filterProblems(findings: readonly Finding[], filter: ProblemFilter, nameOf: (f: Finding) => string): Finding[] {
  const q = filter.text.trim().toLowerCase();
  return findings.filter((f) => {
    if (!filter.severities.has(f.severity)) return false;
    if (!q) return true;
    return [f.rule, nameOf(f), f.title, f.message, f.fix ?? ''].some((s) => s.toLowerCase().includes(q));
  });
}

/**
 * By severity keeps the validator's order within a severity (document order, then rule);
 * by element groups each element's problems together, elements by name, worst first within one.
 */
export function sortProblems(findings: readonly Finding[], by: ProblemSort, nameOf: (f: Finding) => string): Finding[] {
  const indexed = findings.map((f, i) => ({ f, i, name: nameOf(f) }));
  indexed.sort((a, b) => {
    const severity = SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity];
    if (by === 'severity') return severity || a.i - b.i;
    return a.name.localeCompare(b.name, 'en') || severity || a.i - b.i;
  });
  return indexed.map((x) => x.f);
}
