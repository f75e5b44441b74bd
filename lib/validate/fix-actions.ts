import { ID_PATTERN, parsePipeline, type Pipeline, type PipelineNode, problemToString } from '../model';
import { freePosition } from '../edit/free-space';
import type { ConfigOwner, FixAction, FixChange, JsonValue } from './types';

/** Builders for the common steps, so rules read as intent. */
export const change = {
  set: (owner: ConfigOwner, id: string, field: string, value: JsonValue): FixChange => ({ type: 'set-config', owner, id, field, value }),
  unset: (owner: ConfigOwner, id: string, field: string): FixChange => ({ type: 'unset-config', owner, id, field }),
};

export function setAction(label: string, owner: ConfigOwner, id: string, field: string, value: JsonValue): FixAction {
  return { label, changes: [change.set(owner, id, field, value)] };
}

/** Every node and edge id in the pipeline: what a new id must avoid. */
export function idsInUse(pipeline: Pipeline): Set<string> {
  return new Set([...pipeline.nodes.map((n) => n.id), ...pipeline.edges.map((e) => e.id)]);
}

/** An id based on `base` that is in neither `used` nor `taken`. */
export function uniqueId(used: ReadonlySet<string>, base: string, taken: ReadonlySet<string> = new Set()): string {
  const isUsed = (id: string) => used.has(id) || taken.has(id);
  const stem = base.slice(0, 58).replace(/[^A-Za-z0-9_-]/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'node';
  if (!isUsed(stem)) return stem;
  for (let i = 2; ; i++) if (!isUsed(`${stem}-${i}`)) return `${stem}-${i}`;
}

/** Where to put a node added next to `near` (a failure queue): below it, clear of nodes, connections and their labels. */
export function positionNear(pipeline: Pipeline, near: PipelineNode): { x: number; y: number } {
  const base = near.position ?? { x: 0, y: 0 };
  return freePosition(pipeline, { x: base.x, y: base.y + 140 });
}

type Doc = { nodes: { id: string; config: Record<string, unknown> }[]; edges: { id: string; source: string; target: string; config: Record<string, unknown> }[] };

function setField(config: Record<string, unknown>, field: string, value: JsonValue | undefined): void {
  const keys = field.split('.');
  let here = config;
  for (const key of keys.slice(0, -1)) {
    const next = here[key];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) here[key] = {};
    here = here[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (value === undefined) delete here[last];
  else here[last] = structuredClone(value);
}

export type FixResult = { ok: true; pipeline: Pipeline } | { ok: false; reason: string };

/**
 * Apply a fix to a copy of the pipeline. Ids the action adds are made unique again at apply
 * time (the document may have changed since validation), and references to them follow.
 */
export function tryApplyFixAction(pipeline: Pipeline, action: FixAction): FixResult {
  const doc = structuredClone(pipeline) as unknown as Doc;
  const used = idsInUse(pipeline);
  const renamed = new Map<string, string>();
  const ref = (id: string) => renamed.get(id) ?? id;
  const taken = new Set<string>();
  for (const step of action.changes) {
    switch (step.type) {
      case 'set-config':
      case 'unset-config': {
        const list: { id: string; config: Record<string, unknown> }[] = step.owner === 'node' ? doc.nodes : doc.edges;
        const target = list.find((x) => x.id === ref(step.id));
        if (!target) return { ok: false, reason: `the ${step.owner} "${step.id}" no longer exists` };
        setField(target.config, step.field, step.type === 'set-config' ? step.value : undefined);
        break;
      }
      case 'add-node': {
        const id = uniqueId(used, ID_PATTERN.test(step.node.id) ? step.node.id : 'node', taken);
        if (id !== step.node.id) renamed.set(step.node.id, id);
        taken.add(id);
        const node = { ...structuredClone(step.node), id };
        const near = step.near === undefined ? undefined : pipeline.nodes.find((n) => n.id === ref(step.near!));
        if (!node.position && near) node.position = positionNear(pipeline, near);
        doc.nodes.push(node);
        break;
      }
      case 'add-edge': {
        const id = uniqueId(used, step.edge.id, taken);
        taken.add(id);
        doc.edges.push({ ...structuredClone(step.edge), id, source: ref(step.edge.source), target: ref(step.edge.target) });
        break;
      }
      case 'remove-edge': {
        const index = doc.edges.findIndex((e) => e.id === step.edgeId);
        if (index < 0) return { ok: false, reason: `the edge "${step.edgeId}" no longer exists` };
        doc.edges.splice(index, 1);
        // A suppression about a removed edge would point nowhere (and make the file invalid).
        const d = doc as unknown as { suppressions: { edgeId?: string }[] };
        d.suppressions = d.suppressions.filter((s) => s.edgeId !== step.edgeId);
        break;
      }
    }
  }
  const parsed = parsePipeline(doc);
  if (!parsed.ok) return { ok: false, reason: `the fix would make an invalid document: ${parsed.problems.map(problemToString).join('; ')}` };
  return { ok: true, pipeline: parsed.pipeline };
}

/** Pure: returns a new valid pipeline (push the old one on the undo stack). Throws when the action no longer applies. */
export function applyFixAction(pipeline: Pipeline, action: FixAction): Pipeline {
  const result = tryApplyFixAction(pipeline, action);
  if (!result.ok) throw new Error(`cannot apply "${action.label}": ${result.reason}`);
  return result.pipeline;
}

/**
 * Steps that add an SQS queue beside `near` and connect it, e.g. a dead-letter queue or an
 * on-failure destination. `connect` gets the new queue's id and returns the edge ends.
 */
export function addQueueChanges(
  pipeline: Pipeline,
  used: ReadonlySet<string>,
  near: PipelineNode,
  idBase: string,
  name: string,
  connect: (queueId: string) => { source: string; target: string; config: { [key: string]: JsonValue } },
): FixChange[] {
  const queueId = uniqueId(used, idBase);
  const edge = connect(queueId);
  const edgeId = uniqueId(used, `${edge.source}-to-${edge.target}`, new Set([queueId]));
  return [
    {
      type: 'add-node',
      // 14 days, the SQS maximum: time to notice and replay failures.
      node: { id: queueId, kind: 'sqs-queue', name, config: { retentionSeconds: 1209600 } },
      near: near.id,
    },
    { type: 'add-edge', edge: { id: edgeId, ...edge } },
  ];
}
