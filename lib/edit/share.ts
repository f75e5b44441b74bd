import type { Pipeline } from '../model';

/** Deep equality of JSON values; `===` first, so shared subtrees cost nothing. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    return a.length === bs.length && a.every((x, i) => sameValue(x, bs[i]));
  }
  const ak = Object.keys(a);
  const bo = b as Record<string, unknown>;
  if (ak.length !== Object.keys(bo).length) return false;
  return ak.every((k) => k in bo && sameValue((a as Record<string, unknown>)[k], bo[k]));
}

/** `next` items, except that an item equal to the previous one with its id is that previous object. */
function shareById<T extends { id: string }>(previous: readonly T[], next: readonly T[]): T[] {
  const byId = new Map(previous.map((x) => [x.id, x]));
  return next.map((x) => {
    const old = byId.get(x.id);
    return old !== undefined && sameValue(old, x) ? old : x;
  });
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * A whole new document (the JSON view's text, a load) that keeps the previous document's
 * objects wherever they did not change, so the canvas and the undo history see only the
 * real change. An equal document is the previous one itself.
 */
export function shareUnchanged(previous: Pipeline, next: Pipeline): Pipeline {
  const nodes = shareById(previous.nodes, next.nodes);
  const edges = shareById(previous.edges, next.edges);
  const suppressions = sameValue(previous.suppressions, next.suppressions) ? previous.suppressions : next.suppressions;
  const shared = {
    ...next,
    nodes: sameList(nodes, previous.nodes) ? previous.nodes : nodes,
    edges: sameList(edges, previous.edges) ? previous.edges : edges,
    suppressions,
  };
  return sameValue(shared, previous) ? previous : shared;
}
