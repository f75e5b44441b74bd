/**
 * The designer's validator: the rules that load with the page (CORE_RULES), plus the rules
 * loaded later (the cost rules, with lib/cost) once they have. The same findings as
 * validatePipeline (index.ts) once everything has loaded; before, only the late rules' findings
 * are missing, and a suppression naming one of them is still known.
 */
import { isoToday, type Pipeline } from '../model';
import { CORE_RULES } from './rules';
import { COST_RULE_IDS } from './rules/cost/ids';
import { runRules, type ValidationResult } from './run';
import type { Rule } from './types';

const KNOWN: ReadonlySet<string> = new Set([...CORE_RULES.map((r) => r.id), ...COST_RULE_IDS]);

export function validateLoaded(pipeline: Pipeline, lateRules: readonly Rule[] = [], options: { today?: string } = {}): ValidationResult {
  return runRules(pipeline, lateRules.length ? [...CORE_RULES, ...lateRules] : CORE_RULES, options.today ?? isoToday(), KNOWN);
}
