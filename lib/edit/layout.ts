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

/** Vertical room between two bands of a wrapped chain: the connection that returns to the left runs through it. */
export const BAND_GAP = 110;

export interface LayoutOptions {
  /**
   * The widest drawing wanted, in canvas units (the visible canvas width divided by the
   * smallest readable zoom). A longer chain is wrapped: its later layers continue in a band
   * below, starting from the left again, as a person draws a long pipeline on paper.
   */
  maxWidth?: number;
}

/**
 * Left-to-right layered layout by data flow (ELK "layered"): sources left, sinks right,
 * branches stacked, long chains wrapped into bands (see `wrapLayers`). Returns new positions
 * only; the caller applies them with `moveNodes` so layout is one undoable step.
 */
export async function autoLayout(p: Pipeline, options: LayoutOptions = {}): Promise<Record<string, Position>> {
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
  return options.maxWidth ? wrapLayers(out, options.maxWidth) : out;
}

/**
 * Cuts a layered drawing wider than `maxWidth` into bands of whole layers, stacked top to
 * bottom, each band starting at the left edge. Layers are the distinct x positions ELK gave
 * (all nodes are NODE_WIDTH wide, so a layer's nodes share one x). At least one layer per band.
 */
export function wrapLayers(at: Record<string, Position>, maxWidth: number): Record<string, Position> {
  const xs = [...new Set(Object.values(at).map((p) => p.x))].sort((a, b) => a - b);
  if (xs.length < 2 || xs[xs.length - 1] - xs[0] + NODE_WIDTH <= maxWidth) return at;
  const bandOf = new Map<number, number>();
  let band = 0;
  let bandStart = xs[0];
  for (const x of xs) {
    if (x - bandStart + NODE_WIDTH > maxWidth && x !== bandStart) {
      band += 1;
      bandStart = x;
    }
    bandOf.set(x, band);
  }
  const bands = band + 1;
  const firstXOfBand = Array.from({ length: bands }, (_, b) => xs.find((x) => bandOf.get(x) === b)!);
  const top = Array<number>(bands).fill(Infinity);
  const bottom = Array<number>(bands).fill(-Infinity);
  for (const p of Object.values(at)) {
    const b = bandOf.get(p.x)!;
    top[b] = Math.min(top[b], p.y);
    bottom[b] = Math.max(bottom[b], p.y + NODE_HEIGHT);
  }
  const offset: number[] = [];
  let y = top[0];
  for (let b = 0; b < bands; b++) {
    offset.push(y - top[b]);
    y += bottom[b] - top[b] + BAND_GAP + ROW_GAP;
  }
  const out: Record<string, Position> = {};
  for (const [id, p] of Object.entries(at)) {
    const b = bandOf.get(p.x)!;
    out[id] = { x: p.x - firstXOfBand[b] + xs[0], y: p.y + offset[b] };
  }
  return out;
}
