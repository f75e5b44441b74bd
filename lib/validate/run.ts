import { type Pipeline, type Suppression, suggest, suppressionMatches } from '../model';
import { createContext } from './context';
import type { DraftFinding, Finding, Rule, Severity } from './types';

export const INTERNAL_RULE_ID = 'internal-error';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface ValidationResult {
  findings: Finding[];
  suppressed: Finding[];
}

function internalFinding(rule: Rule, error: unknown): Finding {
  const why = error instanceof Error ? error.message : String(error);
  return {
    rule: INTERNAL_RULE_ID,
    severity: 'warning',
    title: 'A rule failed to run',
    docsUrl: rule.docsUrl,
    path: [],
    message: `the rule "${rule.id}" failed (${why}), so this pipeline was not checked for "${rule.title}"`,
    fix: 'Report this as a Sluice bug, with the pipeline file.',
  };
}

/** The check of suppressions themselves: one that names no rule switches nothing off, silently. */
export const UNKNOWN_SUPPRESSION_RULE_ID = 'suppression-unknown-rule';

function unknownSuppressions(pipeline: Pipeline, known: ReadonlySet<string>): Finding[] {
  return pipeline.suppressions.flatMap((s, i) => {
    if (known.has(s.rule)) return [];
    const hint = suggest(s.rule, [...known]);
    return [
      {
        rule: UNKNOWN_SUPPRESSION_RULE_ID,
        severity: 'warning' as const,
        title: 'Suppression of a rule that does not exist',
        docsUrl: 'https://docs.aws.amazon.com/',
        path: ['suppressions', i, 'rule'],
        field: `suppressions[${i}].rule`,
        message: `suppressions[${i}] names the rule "${s.rule}", which does not exist, so it switches nothing off${hint ? ` (did you mean "${hint}"?)` : ''}`,
        fix: 'Correct the rule id (`sluice rules` lists them), or remove the suppression.',
      },
    ];
  });
}

function complete(rule: Rule, draft: DraftFinding): Finding {
  const { severity, ...rest } = draft;
  return { rule: rule.id, severity: severity ?? rule.severity, title: rule.title, docsUrl: rule.docsUrl, ...rest };
}

/** The one matching of suppressions to findings (lib/model), shared with the `unsuppress` edit. */
export const matches: (s: Suppression, f: Finding) => boolean = suppressionMatches;

/** Deterministic order: severity, then where in the document (pipeline, nodes, edges), then rule id. */
function sortFindings(findings: Finding[], pipeline: Pipeline): Finding[] {
  const nodeOrder = new Map(pipeline.nodes.map((n, i) => [n.id, i]));
  const edgeOrder = new Map(pipeline.edges.map((e, i) => [e.id, i]));
  const place = (f: Finding) => {
    if (f.nodeId !== undefined) return nodeOrder.get(f.nodeId) ?? -1;
    if (f.edgeId !== undefined) return pipeline.nodes.length + (edgeOrder.get(f.edgeId) ?? -1);
    return -1;
  };
  const keyed = findings.map((f) => ({ f, sev: SEVERITY_ORDER[f.severity], at: place(f) }));
  // Plain code-unit comparison: stable across locales, and much faster than localeCompare.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  keyed.sort((a, b) => a.sev - b.sev || a.at - b.at || cmp(a.f.rule, b.f.rule) || cmp(a.f.field ?? '', b.f.field ?? '') || cmp(a.f.message, b.f.message));
  return keyed.map((k) => k.f);
}

/**
 * Run every rule for the day `today` (YYYY-MM-DD); a throwing rule becomes an internal finding.
 * Suppressed findings are kept apart. `knownRuleIds` (default: the rules run) are the ids a
 * suppression may name.
 */
export function runRules(pipeline: Pipeline, rules: readonly Rule[], today: string, knownRuleIds: ReadonlySet<string> = new Set(rules.map((r) => r.id))): ValidationResult {
  const ctx = createContext(pipeline, knownRuleIds, today);
  const all: Finding[] = [];
  for (const rule of rules) {
    try {
      for (const draft of rule.check(ctx)) all.push(complete(rule, draft));
    } catch (error) {
      all.push(internalFinding(rule, error));
    }
  }
  const findings: Finding[] = unknownSuppressions(pipeline, ctx.knownRuleIds);
  const suppressed: Finding[] = [];
  for (const f of all) {
    const s = pipeline.suppressions.find((x) => matches(x, f));
    if (s) suppressed.push({ ...f, suppressedReason: s.reason });
    else findings.push(f);
  }
  return { findings: sortFindings(findings, pipeline), suppressed: sortFindings(suppressed, pipeline) };
}
