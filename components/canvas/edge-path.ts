/**
 * Where an edge runs. Edges leave a node on its right and enter on its left, so an edge whose
 * target lies to the left of its source (a loop back: a function writing to the table whose
 * stream it reads) would be drawn as a bezier straight through both nodes, its label on top of
 * the label of the edge going the other way. Such an edge runs below both nodes instead.
 */
export interface EdgeRoute {
  path: string;
  labelX: number;
  labelY: number;
}

/** How far below the lower handle a loop back runs (nodes are at least 64 px tall). */
export const BACK_EDGE_DROP = 64;
/** How far a loop back reaches out sideways before turning. */
export const BACK_EDGE_REACH = 40;

/** True when the edge has to run backwards (right to left) to reach its target. */
export function isBackEdge(sourceX: number, targetX: number): boolean {
  return targetX < sourceX + 10;
}

const n = (v: number) => Math.round(v * 10) / 10;

/**
 * The path of a loop back: out of the source to the right, down, along under both nodes, up
 * into the target. When one node is well above the other it runs through the gap between them.
 */
export function backEdgeRoute(sourceX: number, sourceY: number, targetX: number, targetY: number): EdgeRoute {
  const apart = Math.abs(sourceY - targetY) >= 2 * BACK_EDGE_DROP;
  const y = apart ? (sourceY + targetY) / 2 : Math.max(sourceY, targetY) + BACK_EDGE_DROP;
  const r = BACK_EDGE_REACH;
  const path =
    `M ${n(sourceX)},${n(sourceY)} C ${n(sourceX + r)},${n(sourceY)} ${n(sourceX + r)},${n(y)} ${n(sourceX)},${n(y)} ` +
    `L ${n(targetX)},${n(y)} C ${n(targetX - r)},${n(y)} ${n(targetX - r)},${n(targetY)} ${n(targetX)},${n(targetY)}`;
  return { path, labelX: (sourceX + targetX) / 2, labelY: y };
}
