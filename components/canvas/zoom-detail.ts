'use client';
import { useStore } from '@xyflow/react';

/**
 * Level of detail for big graphs seen from far away. Each hook subscribes to a coarse value
 * derived from the zoom, so the component re-renders when a threshold is crossed, not on
 * every frame of a pan or zoom. Only looks change; snapping, hit areas and data never do.
 */

/** From this many nodes or connections on, a graph gets the cheaper drawing below. */
export const LARGE_GRAPH = 150;

export function isLargeGraph(nodes: number, edges: number): boolean {
  return nodes > LARGE_GRAPH || edges > LARGE_GRAPH;
}

/** Below this zoom, text and shadows on a large graph are too small to see (10 px text → 5 px). */
export const DETAIL_MIN_ZOOM = 0.5;

export function useZoomedOut(): boolean {
  return useStore((s) => s.transform[2] < DETAIL_MIN_ZOOM);
}

/**
 * The background dot spacing, in canvas units: `base`, doubled until the dots are at least
 * `minOnScreen` pixels apart. At 15 % zoom a 20 px grid would be 3 px apart, tens of thousands
 * of dots repainted on every pan frame, and grey mush to the eye.
 */
export function useBackgroundGap(base: number, minOnScreen = 12): number {
  const doublings = useStore((s) => Math.max(0, Math.ceil(Math.log2(minOnScreen / (base * s.transform[2])))));
  return base * 2 ** doublings;
}
