'use client';
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { fitViewport, type Rect } from './fit-viewport';
import { CANVAS_ID } from './use-add-node';
import { isLargeGraph } from './zoom-detail';

/** Panels that may lie over the canvas (narrow windows) carry this attribute. */
export const CANVAS_OVERLAY_ATTRIBUTE = 'data-canvas-overlay';

/**
 * The part of the canvas no panel covers, relative to the canvas element. On a narrow window
 * the palette and side panel open over the canvas: a fit into the whole canvas would put
 * nodes under them.
 */
export function visibleCanvasArea(): Rect | undefined {
  const canvas = document.getElementById(CANVAS_ID);
  if (!canvas) return undefined;
  const r = canvas.getBoundingClientRect();
  if (r.width <= 0 || r.height <= 0) return undefined;
  let left = r.left;
  let right = r.right;
  for (const el of document.querySelectorAll<HTMLElement>(`[${CANVAS_OVERLAY_ATTRIBUTE}]`)) {
    const o = el.getBoundingClientRect();
    if (o.width === 0 || o.right <= left || o.left >= right || o.bottom <= r.top || o.top >= r.bottom) continue;
    if (o.left <= r.left + 1) left = Math.max(left, o.right);
    else if (o.right >= r.right - 1) right = Math.min(right, o.left);
  }
  return { x: left - r.left, y: 0, width: Math.max(right - left, 1), height: r.height };
}

/**
 * Fit view that stays readable: the whole pipeline when it fits at a readable zoom, else the
 * readable zoom from the start of the data flow (pan for the rest), inside the visible area.
 * A large graph (zoom-detail.ts) is still fitted whole: far out it is drawn as an overview.
 */
export function useReadableFit(): (duration?: number) => void {
  const flow = useReactFlow();
  return useCallback(
    (duration = 0) => {
      const nodes = flow.getNodes();
      const area = visibleCanvasArea();
      if (!nodes.length || !area) return;
      const large = isLargeGraph(nodes.length, flow.getEdges().length);
      void flow.setViewport(fitViewport(flow.getNodesBounds(nodes), area, large ? { minZoom: 0.05 } : {}), { duration });
    },
    [flow],
  );
}
