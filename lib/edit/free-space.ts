import type { Pipeline } from '../model';
import { NODE_HEIGHT, NODE_WIDTH } from './layout';
import type { Position } from './operations';

/** Room kept clear around a node placed for the user, so a new one never hides another. */
const MARGIN = 16;
/** Placement moves in whole grid cells (the canvas snaps to 20 px). */
const GRID = 20;
const MAX_RINGS = 40;

interface Box {
  x: number;
  y: number;
}

function overlaps(a: Box, b: Box): boolean {
  return Math.abs(a.x - b.x) < NODE_WIDTH + MARGIN && Math.abs(a.y - b.y) < NODE_HEIGHT + MARGIN;
}

function occupied(p: Pipeline, except?: ReadonlySet<string>): Box[] {
  return p.nodes.filter((n) => n.position && !except?.has(n.id)).map((n) => n.position!);
}

/** A connection's label (verb, live figure, findings badge) centred on the connection's middle. */
const LABEL_WIDTH = 140;
const LABEL_HEIGHT = 24;

interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Each connection as drawn: from the source's right-hand handle to the target's left-hand one. */
function edgeSegments(p: Pipeline): Segment[] {
  const at = new Map(p.nodes.filter((n) => n.position).map((n) => [n.id, n.position!]));
  const out: Segment[] = [];
  for (const e of p.edges) {
    const s = at.get(e.source);
    const t = at.get(e.target);
    if (s && t) out.push({ x1: s.x + NODE_WIDTH, y1: s.y + NODE_HEIGHT / 2, x2: t.x, y2: t.y + NODE_HEIGHT / 2 });
  }
  return out;
}

/**
 * True when a node at `b` would lie on a connection or its label. The line is sampled every
 * 10 canvas units: the drawn curve stays near the straight line between the handles.
 */
function onEdge(b: Box, segments: readonly Segment[]): boolean {
  const inside = (x: number, y: number, halfW: number, halfH: number) =>
    x + halfW > b.x - MARGIN / 2 && x - halfW < b.x + NODE_WIDTH + MARGIN / 2 && y + halfH > b.y - MARGIN / 2 && y - halfH < b.y + NODE_HEIGHT + MARGIN / 2;
  for (const seg of segments) {
    if (inside((seg.x1 + seg.x2) / 2, (seg.y1 + seg.y2) / 2, LABEL_WIDTH / 2, LABEL_HEIGHT / 2)) return true;
    const steps = Math.max(1, Math.ceil(Math.hypot(seg.x2 - seg.x1, seg.y2 - seg.y1) / 10));
    for (let i = 0; i <= steps; i++) {
      if (inside(seg.x1 + ((seg.x2 - seg.x1) * i) / steps, seg.y1 + ((seg.y2 - seg.y1) * i) / steps, 0, 0)) return true;
    }
  }
  return false;
}

const snap = (v: number) => Math.round(v / GRID) * GRID;

/**
 * The free spot for a new node nearest to `desired` (its top-left corner): `desired` itself when
 * nothing is there, else the closest grid point around it where the node hides no other node,
 * no connection and no connection's label.
 */
export function freePosition(p: Pipeline, desired: Position): Position {
  const taken = occupied(p);
  const segments = edgeSegments(p);
  const start = { x: snap(desired.x), y: snap(desired.y) };
  const free = (b: Box) => !taken.some((t) => overlaps(b, t)) && !onEdge(b, segments);
  if (free(start)) return start;
  // Rings of candidate points, nearest first; steps of half a node keep the search short.
  const dx = snap(NODE_WIDTH / 2);
  const dy = snap(NODE_HEIGHT / 2 + MARGIN);
  for (let r = 1; r <= MAX_RINGS; r++) {
    const ring: Box[] = [];
    for (let i = -r; i <= r; i++)
      for (let j = -r; j <= r; j++) if (Math.max(Math.abs(i), Math.abs(j)) === r) ring.push({ x: start.x + i * dx, y: start.y + j * dy });
    ring.sort((a, b) => Math.hypot(a.x - start.x, a.y - start.y) - Math.hypot(b.x - start.x, b.y - start.y) || a.y - b.y || a.x - b.x);
    const spot = ring.find(free);
    if (spot) return spot;
  }
  return start;
}

/**
 * How far to move a group of copies (paste, duplicate) from the originals' places: the first
 * multiple of `step` at which no copy hides a node, a connection or a label already on the canvas.
 */
export function freeGroupOffset(p: Pipeline, group: readonly Position[], step: Position): Position {
  const taken = occupied(p);
  const segments = edgeSegments(p);
  for (let k = 1; k <= MAX_RINGS; k++) {
    const offset = { x: step.x * k, y: step.y * k };
    const clear = (g: Position) => {
      const b = { x: g.x + offset.x, y: g.y + offset.y };
      return !taken.some((t) => overlaps(b, t)) && !onEdge(b, segments);
    };
    if (group.every(clear)) return offset;
  }
  return step;
}
