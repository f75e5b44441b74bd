import type { Pipeline } from '../../lib/model';

/**
 * True when `b` is `a` with nodes moved and nothing else changed. No rule reads positions,
 * so a drag (a new document on every mouse move) need not re-run validation, which takes
 * hundreds of milliseconds on graphs of several hundred nodes. Edits keep untouched parts of
 * the document by reference, so comparing references is exact and O(nodes).
 */
export function differsOnlyInPositions(a: Pipeline, b: Pipeline): boolean {
  if (a === b) return true;
  if (a.edges !== b.edges || a.suppressions !== b.suppressions || a.name !== b.name || a.description !== b.description) return false;
  if (a.nodes.length !== b.nodes.length) return false;
  return a.nodes.every((n, i) => {
    const m = b.nodes[i];
    return n === m || (n.id === m.id && n.kind === m.kind && n.name === m.name && n.notes === m.notes && n.config === m.config);
  });
}
