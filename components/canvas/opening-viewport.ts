/** Below this zoom names and labels are too small to read (about 8 px): a new document opens no further out. */
export const MIN_OPENING_ZOOM = 0.6;
const MARGIN = 32;
const PADDING = 0.1;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where a newly opened document is shown. Undefined when the whole graph fits at a readable
 * zoom (the caller fits it in view). Otherwise a readable zoom with the start of the data
 * flow (the graph's left edge) in view, centred vertically when it fits, else from its top;
 * the minimap and Fit view show the rest.
 */
export function openingViewport(bounds: Rect, canvas: { width: number; height: number } | undefined): { x: number; y: number; zoom: number } | undefined {
  if (!canvas || canvas.width <= 0 || canvas.height <= 0 || bounds.width <= 0) return undefined;
  const fit = Math.min(canvas.width / (bounds.width * (1 + 2 * PADDING)), canvas.height / (Math.max(bounds.height, 1) * (1 + 2 * PADDING)), 1);
  if (fit >= MIN_OPENING_ZOOM) return undefined;
  const zoom = MIN_OPENING_ZOOM;
  const x = MARGIN - bounds.x * zoom;
  const tall = bounds.height * zoom > canvas.height - 2 * MARGIN;
  const y = tall ? MARGIN - bounds.y * zoom : canvas.height / 2 - (bounds.y + bounds.height / 2) * zoom;
  return { x, y, zoom };
}
