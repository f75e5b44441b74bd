import type { Pipeline } from '../../lib/model';
import type { Finding, Severity } from '../../lib/validate';

export type ProblemSort = 'severity' | 'element';

export interface ProblemFilter {
  severities: ReadonlySet<Severity>;
  /** Free text, matched case-insensitively against rule, element, title, message and fix. */
  text: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * What the user calls the element a finding is about: the node's name, "Source → Target", or
 * the pipeline. Indexed once, since a big graph can have hundreds of findings.
 */
export function elementNamer(pipeline: Pipeline): (f: Finding) => string {
  const nodes = new Map(pipeline.nodes.map((n) => [n.id, n.name]));
  const edges = new Map(pipeline.edges.map((e) => [e.id, e]));
  const name = (id: string) => nodes.get(id) ?? id;
  return (f) => {
    if (f.nodeId !== undefined) return name(f.nodeId);
    if (f.edgeId !== undefined) {
      const edge = edges.get(f.edgeId);
      return edge ? `${name(edge.source)} → ${name(edge.target)}` : f.edgeId;
    }
    return 'Pipeline';
  };
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
