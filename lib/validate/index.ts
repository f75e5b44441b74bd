/**
 * The validator: AWS limits and anti-patterns, checked on every edit.
 *
 *   const { findings, suppressed } = validatePipeline(pipeline);   // sorted, never throws
 *   const next = applyFixAction(pipeline, finding.action);         // pure; push `pipeline` on the undo stack
 *
 * A finding names its rule, node and/or edge, config field and JSON `path` (for editor
 * markers); `action`, when present, is plain data (safe to postMessage from a Web Worker).
 * `RULES` lists every rule for the UI; docs/rules.md explains each with examples.
 */
import { isoToday, type Pipeline } from '../model';
import { ALL_RULES } from './rules/all';
import { INTERNAL_RULE_ID, runRules, type ValidationResult } from './run';
import type { RuleDefinition } from './types';

export type { Severity, Finding, FixAction, FixChange, JsonValue, RuleDefinition, Rule, RuleArea, DraftFinding } from './types';
export type { ValidationResult } from './run';
export type { ValidationContext } from './context';
export { applyFixAction, tryApplyFixAction, type FixResult } from './fix-actions';
export { parseSchedule, type ScheduleParse } from './schedule/schedule-expression';
export { INTERNAL_RULE_ID };

function definition(r: RuleDefinition): RuleDefinition {
  return { id: r.id, severity: r.severity, title: r.title, docsUrl: r.docsUrl, description: r.description, area: r.area };
}

/** Every rule as data (no code): for `sluice rules`, the docs and the UI's rule list. */
export const RULES: readonly RuleDefinition[] = ALL_RULES.map(definition);

/** Every rule id a finding can carry, the internal one included. */
export const KNOWN_RULE_IDS: ReadonlySet<string> = new Set([...RULES.map((r) => r.id), INTERNAL_RULE_ID]);

export interface ValidateOptions {
  /** The day to check for (YYYY-MM-DD); the clock's UTC date when absent. Tests pass a fixed day. */
  today?: string;
}

/** Validate a parsed pipeline. Never throws; fast enough to run on every keystroke. */
export function validatePipeline(pipeline: Pipeline, options: ValidateOptions = {}): ValidationResult {
  return runRules(pipeline, ALL_RULES, options.today ?? isoToday());
}
