import { applyOrThrow, type Operation } from '../../lib/edit';
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

export function suppressOperation(f: Finding, reason: string): Operation {
  return { type: 'suppress', suppression: suppressionFor(f, reason) };
}

/**
 * Remove every suppression that hides this finding (otherwise a second, broader one would keep
 * it hidden and "Unsuppress" would seem to do nothing). The matching is the validator's own.
 */
export function unsuppressOperation(f: Finding): Operation {
  return { type: 'unsuppress', finding: { rule: f.rule, ...(f.nodeId !== undefined ? { nodeId: f.nodeId } : {}), ...(f.edgeId !== undefined ? { edgeId: f.edgeId } : {}) } };
}

export function suppressFinding(pipeline: Pipeline, f: Finding, reason: string): Pipeline {
  return applyOrThrow(pipeline, [suppressOperation(f, reason)]);
}

/** Returns the same object when no suppression hides the finding. */
export function unsuppressFinding(pipeline: Pipeline, f: Finding): Pipeline {
  return applyOrThrow(pipeline, [unsuppressOperation(f)]);
}
