import { MAX_NAME_LENGTH, parsePipeline, type Pipeline, type PipelineEdge, type PipelineNode, type Problem } from '../model';
import { uniqueId, uniqueName } from './ids';
import { freeGroupOffset } from './free-space';
import type { Position } from './operations';

/**
 * Copy and paste move fragments: a pipeline document holding the copied nodes and the edges
 * between them. It is ordinary pipeline JSON, so it can go through the system clipboard and
 * be pasted into another tab (or another Sluice) and checked by the same parser.
 */
export function extractFragment(p: Pipeline, nodeIds: readonly string[]): Pipeline {
  const ids = new Set(nodeIds);
  return {
    format: p.format,
    version: p.version,
    name: `${p.name} (copy)`,
    nodes: p.nodes.filter((n) => ids.has(n.id)),
    edges: p.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    suppressions: p.suppressions.filter((s) => s.nodeId !== undefined && ids.has(s.nodeId) && s.edgeId === undefined),
  } as Pipeline;
}

export type PasteResult = { ok: true; pipeline: Pipeline; nodeIds: string[] } | { ok: false; problems: Problem[] };

/** Copies land this far (or a multiple of it) from where they were copied, wherever they hide no node. */
export const COPY_STEP: Position = { x: 20, y: 100 };

/** Paste clipboard text (pipeline JSON) into `p`, giving every pasted node and edge a fresh id. */
export function pasteFragmentText(p: Pipeline, text: string, offset?: Position): PasteResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: '', pathSegments: [], message: 'the clipboard does not hold Sluice pipeline JSON' }] };
  }
  const parsed = parsePipeline(raw);
  if (!parsed.ok) return parsed;
  return { ok: true, ...pasteFragment(p, parsed.pipeline, offset) };
}

/**
 * Add a fragment's nodes and edges to `p` with fresh ids, moved by `offset`; without one, by the
 * first multiple of COPY_STEP at which no pasted node hides a node already there.
 */
export function pasteFragment(p: Pipeline, fragment: Pipeline, offset?: Position): { pipeline: Pipeline; nodeIds: string[] } {
  const shift = offset ?? freeGroupOffset(p, fragment.nodes.map((n) => n.position ?? { x: 0, y: 0 }), COPY_STEP);
  const takenNodes = new Set(p.nodes.map((n) => n.id));
  // Copies get names of their own ("Worker 2"), so the canvas and the messages tell them apart.
  const takenNames = new Set(p.nodes.map((n) => n.name));
  const takenEdges = new Set(p.edges.map((e) => e.id));
  const rename = new Map<string, string>();
  const nodes: PipelineNode[] = fragment.nodes.map((n) => {
    const id = takenNodes.has(n.id) ? uniqueId(n.id.replace(/-\d+$/, ''), takenNodes) : n.id;
    takenNodes.add(id);
    rename.set(n.id, id);
    const at = n.position ?? { x: 0, y: 0 };
    const name = uniqueName(n.name, takenNames, MAX_NAME_LENGTH);
    takenNames.add(name);
    return { ...n, id, name, position: { x: Math.round(at.x + shift.x), y: Math.round(at.y + shift.y) } };
  });
  const edges: PipelineEdge[] = fragment.edges.map((e) => {
    const id = takenEdges.has(e.id) ? uniqueId(e.id.replace(/-\d+$/, ''), takenEdges) : e.id;
    takenEdges.add(id);
    return { ...e, id, source: rename.get(e.source) ?? e.source, target: rename.get(e.target) ?? e.target };
  });
  const suppressions = fragment.suppressions
    .filter((s) => s.nodeId !== undefined && rename.has(s.nodeId))
    .map((s) => ({ ...s, nodeId: rename.get(s.nodeId!) }));
  return {
    pipeline: { ...p, nodes: [...p.nodes, ...nodes], edges: [...p.edges, ...edges], suppressions: [...p.suppressions, ...suppressions] },
    nodeIds: nodes.map((n) => n.id),
  };
}

/** Duplicate = copy + paste in one step. */
export function duplicateNodes(p: Pipeline, nodeIds: readonly string[]): { pipeline: Pipeline; nodeIds: string[] } {
  return pasteFragment(p, extractFragment(p, nodeIds));
}
