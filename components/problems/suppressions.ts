import type { Pipeline, Suppression } from '../../lib/model';
import type { Finding } from '../../lib/validate';

/** The suppression for this finding: the rule, scoped to the finding's node or edge when it has one. */
export function suppressionFor(f: Finding, reason: string): Suppression {
  return {
    rule: f.rule,
    reason: reason.trim(),
    ...(f.nodeId !== undefined ? { nodeId: f.nodeId } : {}),
    ...(f.edgeId !== undefined ? { edgeId: f.edgeId } : {}),
  };
}

export function suppressFinding(pipeline: Pipeline, f: Finding, reason: string): Pipeline {
  if (!reason.trim()) throw new Error('a suppression needs a written reason');
  return { ...pipeline, suppressions: [...pipeline.suppressions, suppressionFor(f, reason)] };
}

/** Same matching as the validator: a suppression without a node or edge covers the rule everywhere. */
function covers(s: Suppression, f: Finding): boolean {
  return s.rule === f.rule && (s.nodeId === undefined || s.nodeId === f.nodeId) && (s.edgeId === undefined || s.edgeId === f.edgeId);
}

/**
 * Remove every suppression that hides this finding (otherwise a second, broader one would keep
 * it hidden and "Unsuppress" would seem to do nothing). Returns the same object when none does.
 */
export function unsuppressFinding(pipeline: Pipeline, f: Finding): Pipeline {
  const kept = pipeline.suppressions.filter((s) => !covers(s, f));
  return kept.length === pipeline.suppressions.length ? pipeline : { ...pipeline, suppressions: kept };
}
