'use client';
import type { Panels } from './use-panels';
import { CANVAS_OVERLAY_ATTRIBUTE } from '../canvas/use-readable-fit';

const overlay = { [CANVAS_OVERLAY_ATTRIBUTE]: '' };

/** The palette's hide button, in its top row (Shift+P). */
export function HidePaletteButton({ panels }: { panels: Panels }) {
  return (
    <button type="button" className="panel-hide" aria-label="Hide services palette" aria-expanded="true" aria-controls="services-palette" aria-keyshortcuts="Shift+P" title="Hide the services palette (Shift+P)" onClick={panels.togglePalette}>
      <span aria-hidden="true">‹</span>
    </button>
  );
}

/** The side panel's hide button, at the end of its tab row (Shift+S). */
export function HideSidePanelButton({ panels }: { panels: Panels }) {
  return (
    <button type="button" className="panel-hide" aria-label="Hide side panel" aria-expanded="true" aria-controls="side-panel" aria-keyshortcuts="Shift+S" title="Hide the side panel (Shift+S)" onClick={panels.toggleSide}>
      <span aria-hidden="true">›</span>
    </button>
  );
}

/**
 * A hidden panel leaves a narrow rail at its edge with the button that brings it back, so the
 * canvas itself stays free of buttons (a click on it clears the selection).
 */
export function PanelRails({ panels }: { panels: Panels }) {
  return (
    <>
      {panels.paletteOpen ? null : (
        <div className="panel-rail palette-rail" {...overlay}>
          <button type="button" aria-label="Show services palette" aria-expanded="false" aria-controls="services-palette" aria-keyshortcuts="Shift+P" title="Show the services palette (Shift+P)" onClick={panels.togglePalette}>
            <span aria-hidden="true">›</span>
            <span className="panel-rail-label" aria-hidden="true">
              Services
            </span>
          </button>
        </div>
      )}
      {panels.sideOpen ? null : (
        <div className="panel-rail side-rail" {...overlay}>
          <button type="button" aria-label="Show side panel" aria-expanded="false" aria-controls="side-panel" aria-keyshortcuts="Shift+S" title="Show the side panel (Shift+S)" onClick={panels.toggleSide}>
            <span aria-hidden="true">‹</span>
            <span className="panel-rail-label" aria-hidden="true">
              Inspector and panels
            </span>
          </button>
        </div>
      )}
    </>
  );
}
