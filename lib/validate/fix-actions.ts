import { applyOperations, availableId, type Operation } from '../edit';
import { SQS_RETENTION_MAX_SECONDS, type Pipeline, type PipelineNode } from '../model';
import type { ConfigOwner, FixAction, JsonValue } from './types';

/**
 * Fix actions are lists of edit operations (lib/edit): the rules only say what to change, and
 * applying a fix goes through the same applyOperations as every other edit.
 */
export const change = {
  set: (owner: ConfigOwner, id: string, field: string, value: JsonValue): Operation => ({ type: 'set-config', owner, id, field, value }),
  unset: (owner: ConfigOwner, id: string, field: string): Operation => ({ type: 'unset-config', owner, id, field }),
};

export function setAction(label: string, owner: ConfigOwner, id: string, field: string, value: JsonValue): FixAction {
  return { label, changes: [change.set(owner, id, field, value)] };
}

export type FixResult = { ok: true; pipeline: Pipeline } | { ok: false; reason: string };

/**
 * Apply a fix. Ids the action adds are made unique again at apply time (the document may have
 * changed since validation), and references to them follow (see applyOperations).
 */
export function tryApplyFixAction(pipeline: Pipeline, action: FixAction): FixResult {
  const result = applyOperations(pipeline, action.changes);
  return result.ok ? { ok: true, pipeline: result.pipeline } : { ok: false, reason: result.reason };
}

/** Pure: returns a new valid pipeline (push the old one on the undo stack). Throws when the action no longer applies. */
export function applyFixAction(pipeline: Pipeline, action: FixAction): Pipeline {
  const result = tryApplyFixAction(pipeline, action);
  if (!result.ok) throw new Error(`cannot apply "${action.label}": ${result.reason}`);
  return result.pipeline;
}

/**
 * Operations that add an SQS queue beside `near` and connect it, e.g. a dead-letter queue or an
 * on-failure destination. `connect` gets the new queue's id and returns the edge ends.
 */
export function addQueueChanges(
  used: ReadonlySet<string>,
  near: PipelineNode,
  idBase: string,
  name: string,
  connect: (queueId: string) => { source: string; target: string; config: { [key: string]: JsonValue } },
): Operation[] {
  const queueId = availableId(idBase, used);
  const edge = connect(queueId);
  const edgeId = availableId(`${edge.source}-to-${edge.target}`, new Set([...used, queueId]));
  return [
    {
      type: 'add-node',
      // The SQS maximum (14 days): time to notice and replay failures.
      node: { id: queueId, kind: 'sqs-queue', name, config: { retentionSeconds: SQS_RETENTION_MAX_SECONDS } },
      near: near.id,
    },
    { type: 'add-edge', edge: { id: edgeId, ...edge } },
  ];
}
