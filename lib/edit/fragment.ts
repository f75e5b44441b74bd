import { MAX_NAME_LENGTH, parsePipeline, type Pipeline, type Problem } from '../model';
import { applyOperations } from './apply';
import type { Operation, Position } from './operation';

export { COPY_STEP } from './paste';

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
    name: `${p.name} (copy)`.slice(0, MAX_NAME_LENGTH),
    nodes: p.nodes.filter((n) => ids.has(n.id)),
    edges: p.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    suppressions: p.suppressions.filter((s) => s.nodeId !== undefined && ids.has(s.nodeId) && s.edgeId === undefined),
  } as Pipeline;
}

export type PasteResult = { ok: true; pipeline: Pipeline; nodeIds: string[] } | { ok: false; problems: Problem[] };

/** The paste operation for clipboard text (pipeline JSON), or why the text cannot be pasted. */
export function pasteOperation(text: string, offset?: Position): { ok: true; operation: Operation; nodeCount: number } | { ok: false; problems: Problem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: '', pathSegments: [], message: 'the clipboard does not hold Sluice pipeline JSON' }] };
  }
  const parsed = parsePipeline(raw);
  if (!parsed.ok) return parsed;
  return { ok: true, operation: { type: 'paste', fragment: parsed.pipeline, ...(offset ? { offset } : {}) }, nodeCount: parsed.pipeline.nodes.length };
}

/** Paste clipboard text (pipeline JSON) into `p`, giving every pasted node and edge a fresh id. */
export function pasteFragmentText(p: Pipeline, text: string, offset?: Position): PasteResult {
  const op = pasteOperation(text, offset);
  if (!op.ok) return op;
  const result = applyOperations(p, [op.operation]);
  return result.ok ? { ok: true, pipeline: result.pipeline, nodeIds: result.added.nodeIds } : { ok: false, problems: result.problems };
}

/** Add a fragment's nodes and edges to `p` with fresh ids (see the `paste` operation). */
export function pasteFragment(p: Pipeline, fragment: Pipeline, offset?: Position): { pipeline: Pipeline; nodeIds: string[] } {
  const result = applyOperations(p, [{ type: 'paste', fragment, ...(offset ? { offset } : {}) }]);
  if (!result.ok) throw new Error(result.reason);
  return { pipeline: result.pipeline, nodeIds: result.added.nodeIds };
}

/** Duplicate = copy + paste in one operation. */
export function duplicateOperation(p: Pipeline, nodeIds: readonly string[]): Operation {
  return { type: 'paste', fragment: extractFragment(p, nodeIds) };
}

export function duplicateNodes(p: Pipeline, nodeIds: readonly string[]): { pipeline: Pipeline; nodeIds: string[] } {
  return pasteFragment(p, extractFragment(p, nodeIds));
}
