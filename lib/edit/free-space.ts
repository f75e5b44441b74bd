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

const snap = (v: number) => Math.round(v / GRID) * GRID;

/**
 * The free spot for a new node nearest to `desired` (its top-left corner): `desired` itself when
 * nothing is there, else the closest grid point around it where the node hides no other one.
 */
export function freePosition(p: Pipeline, desired: Position): Position {
  const taken = occupied(p);
  const start = { x: snap(desired.x), y: snap(desired.y) };
  const free = (b: Box) => !taken.some((t) => overlaps(b, t));
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
 * multiple of `step` at which no copy hides a node already on the canvas.
 */
export function freeGroupOffset(p: Pipeline, group: readonly Position[], step: Position): Position {
  const taken = occupied(p);
  for (let k = 1; k <= MAX_RINGS; k++) {
    const offset = { x: step.x * k, y: step.y * k };
    if (group.every((g) => !taken.some((t) => overlaps({ x: g.x + offset.x, y: g.y + offset.y }, t)))) return offset;
  }
  return step;
}
