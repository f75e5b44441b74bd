import type { Pipeline } from '@/lib/model';

/**
 * Whether two documents simulate the same: same nodes (id, kind, config) and edges (id, ends,
 * config). Positions, names and notes do not matter, so moving a node keeps a run current.
 * Edits share structure, so most configs compare by reference and the deep check is rare.
 */
export function sameSimulationInputs(a: Pipeline, b: Pipeline): boolean {
  if (a === b) return true;
  if (a.nodes.length !== b.nodes.length || a.edges.length !== b.edges.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i];
    const y = b.nodes[i];
    if (x === y) continue;
    if (x.id !== y.id || x.kind !== y.kind || !sameValue(x.config, y.config)) return false;
  }
  for (let i = 0; i < a.edges.length; i++) {
    const x = a.edges[i];
    const y = b.edges[i];
    if (x === y) continue;
    if (x.id !== y.id || x.source !== y.source || x.target !== y.target || !sameValue(x.config, y.config)) return false;
  }
  return true;
}

function sameValue(x: unknown, y: unknown): boolean {
  return x === y || JSON.stringify(x) === JSON.stringify(y);
}
