'use client';
import { type KeyboardEvent, type PointerEvent, useRef } from 'react';
import { SIDE_PANEL_MAX_WIDTH, SIDE_PANEL_MIN_WIDTH } from '../editor/use-panels';

const STEP = 20;

/**
 * The side panel's left edge: drag it, or focus it and press the arrow keys, to resize the
 * panel (WAI-ARIA window splitter: a focusable separator with a value).
 */
export function ResizeHandle({ width, onResize }: { width: number | undefined; onResize(width: number): void }) {
  const dragging = useRef(false);
  const current = () => width ?? (document.getElementById('side-panel')?.getBoundingClientRect().width ?? 390);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    dragging.current = true;
    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    const right = document.getElementById('side-panel')?.getBoundingClientRect().right ?? window.innerWidth;
    onResize(right - event.clientX);
  };
  const onPointerUp = () => {
    dragging.current = false;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // The panel is on the right: Left makes it wider.
    const delta = event.key === 'ArrowLeft' ? STEP : event.key === 'ArrowRight' ? -STEP : 0;
    if (!delta) return;
    event.preventDefault();
    onResize(current() + delta);
  };
  return (
    <div
      className="resize-handle"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize side panel"
      aria-controls="side-panel"
      aria-valuemin={SIDE_PANEL_MIN_WIDTH}
      aria-valuemax={SIDE_PANEL_MAX_WIDTH}
      aria-valuenow={Math.round(current())}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
