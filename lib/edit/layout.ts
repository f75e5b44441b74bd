import type { Pipeline } from '../model';
import type { Position } from './operations';

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 64;
/** Vertical gap between nodes of one layer: a node showing all its live figures is about 124 px tall. */
export const ROW_GAP = 64;
/** Room between layers for a connection's label and its findings badge ("polled by" plus a count). */
export const LAYER_GAP = 130;

// ELK is large: load it the first time a layout is asked for, not with the page.
let elkInstance: Promise<{ layout: (graph: ElkGraph) => Promise<ElkGraph> }> | undefined;
type ElkGraph = {
  id: string;
  x?: number;
  y?: number;
  layoutOptions?: Record<string, string>;
  children?: ElkGraph[];
  edges?: { id: string; sources: string[]; targets: string[] }[];
  width?: number;
  height?: number;
};
function elk() {
  elkInstance ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default());
  return elkInstance;
}

/**
 * Left-to-right layered layout by data flow (ELK "layered"). Returns new positions only;
 * the caller applies them with `moveNodes` so layout is one undoable step.
 */
export async function autoLayout(p: Pipeline): Promise<Record<string, Position>> {
  const graph = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      // Room between rows for a node's simulation figures (up to six short lines below its name).
      'elk.spacing.nodeNode': String(ROW_GAP),
      // Unconnected parts of a pipeline are stacked with the same gap.
      'elk.spacing.componentComponent': String(ROW_GAP),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_GAP),
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: p.nodes.map((n) => ({ id: n.id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: p.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  const laid = await (await elk()).layout(graph);
  const out: Record<string, Position> = {};
  for (const child of laid.children ?? []) out[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
  return out;
}
