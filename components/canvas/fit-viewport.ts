/**
 * Where Fit view, a newly opened document and auto-layout put the view: the whole graph when
 * it fits at a readable zoom, else a readable zoom with the start of the data flow in view.
 * Pure arithmetic, so the rule is tested without a browser (see visible-area.ts for the DOM side).
 */

/** The smallest text a node draws (its kind line and live figures, canvas-detail.css / globals.css). */
export const SMALLEST_NODE_FONT_PX = 11;
/** On-screen text smaller than this is not read but guessed at. */
export const LEGIBLE_FONT_PX = 8;
/**
 * Fit view, opening and auto-layout never go further out than this: pan to see the rest.
 * 8 / 11 = 0.727, rounded up to 0.75 (11 px text at 8.25 px) so an animated zoom that stops a
 * hair short still leaves 8 px.
 */
export const MIN_READABLE_ZOOM = Math.ceil((LEGIBLE_FONT_PX / SMALLEST_NODE_FONT_PX) * 20) / 20;
const MARGIN = 32;
const PADDING = 0.1;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The viewport showing `bounds` (canvas units) inside `area` (pixels, relative to the canvas
 * element: the part not covered by a panel). Zoom is the fit, capped at `maxZoom` and never
 * below `minZoom`; a graph that fits is centred in the area, one that does not is shown from
 * its left edge (sources) and, if too tall, from its top.
 */
export function fitViewport(bounds: Rect, area: Rect, { minZoom = MIN_READABLE_ZOOM, maxZoom = 1 }: { minZoom?: number; maxZoom?: number } = {}): { x: number; y: number; zoom: number } {
  const width = Math.max(bounds.width, 1);
  const height = Math.max(bounds.height, 1);
  const fit = Math.min(area.width / (width * (1 + 2 * PADDING)), area.height / (height * (1 + 2 * PADDING)), maxZoom);
  const zoom = Math.max(fit, minZoom);
  const wide = width * zoom > area.width - 2 * MARGIN;
  const tall = height * zoom > area.height - 2 * MARGIN;
  const x = wide ? area.x + MARGIN - bounds.x * zoom : area.x + area.width / 2 - (bounds.x + width / 2) * zoom;
  const y = tall ? area.y + MARGIN - bounds.y * zoom : area.y + area.height / 2 - (bounds.y + height / 2) * zoom;
  return { x, y, zoom };
}

/** The widest drawing that still shows whole at a readable zoom in an area `areaWidth` pixels wide. */
export function readableWidth(areaWidth: number): number {
  return (areaWidth - 2 * MARGIN) / MIN_READABLE_ZOOM;
}
