import { MAX_NAME_LENGTH, type Pipeline, type PipelineEdge, type PipelineNode } from '../model';
import { freeGroupOffset } from './free-space';
import { uniqueId, uniqueName } from './ids';
import type { Position } from './operation';

/** Copies land this far (or a multiple of it) from where they were copied, wherever they hide no node. */
export const COPY_STEP: Position = { x: 20, y: 100 };

/**
 * The `paste` operation (called only by applyOperations): add a parsed fragment's nodes and
 * edges to `p` with fresh ids, moved by `offset`; without one, by the first multiple of
 * COPY_STEP at which no pasted node hides a node already there.
 */
export function pasteInto(p: Pipeline, fragment: Pipeline, offset?: Position): { pipeline: Pipeline; nodeIds: string[]; edgeIds: string[] } {
  const shift = offset ?? freeGroupOffset(p, fragment.nodes.map((n) => n.position ?? { x: 0, y: 0 }), COPY_STEP);
  // Nodes and edges share one id namespace.
  const taken = new Set([...p.nodes.map((n) => n.id), ...p.edges.map((e) => e.id)]);
  // Copies get names of their own ("Worker 2"), so the canvas and the messages tell them apart.
  const takenNames = new Set(p.nodes.map((n) => n.name));
  const rename = new Map<string, string>();
  const fresh = (id: string) => {
    const next = taken.has(id) ? uniqueId(id.replace(/-\d+$/, ''), taken) : id;
    taken.add(next);
    return next;
  };
  const nodes: PipelineNode[] = fragment.nodes.map((n) => {
    const id = fresh(n.id);
    rename.set(n.id, id);
    const at = n.position ?? { x: 0, y: 0 };
    const name = uniqueName(n.name, takenNames, MAX_NAME_LENGTH);
    takenNames.add(name);
    return { ...n, id, name, position: { x: Math.round(at.x + shift.x), y: Math.round(at.y + shift.y) } };
  });
  const edges: PipelineEdge[] = fragment.edges.map((e) => ({
    ...e,
    id: fresh(e.id),
    source: rename.get(e.source) ?? e.source,
    target: rename.get(e.target) ?? e.target,
  }));
  const suppressions = fragment.suppressions
    .filter((s) => s.nodeId !== undefined && rename.has(s.nodeId) && s.edgeId === undefined)
    .map((s) => ({ ...s, nodeId: rename.get(s.nodeId!) }));
  return {
    pipeline: { ...p, nodes: [...p.nodes, ...nodes], edges: [...p.edges, ...edges], suppressions: [...p.suppressions, ...suppressions] },
    nodeIds: nodes.map((n) => n.id),
    edgeIds: edges.map((e) => e.id),
  };
}
