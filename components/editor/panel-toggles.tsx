'use client';
import type { Panels } from './use-panels';

/** Buttons at the canvas' top corners that hide and show the palette and the side panel (Shift+P, Shift+S). */
export function PanelToggles({ panels }: { panels: Panels }) {
  return (
    <>
      <button
        type="button"
        className="panel-toggle palette-toggle"
        aria-expanded={panels.paletteOpen}
        aria-controls="services-palette"
        aria-keyshortcuts="Shift+P"
        title={`${panels.paletteOpen ? 'Hide' : 'Show'} the services palette (Shift+P)`}
        onClick={panels.togglePalette}
      >
        <span aria-hidden="true">{panels.paletteOpen ? '‹ ' : '› '}</span>
        {panels.paletteOpen ? 'Hide services' : 'Services'}
      </button>
      <button
        type="button"
        className="panel-toggle side-toggle"
        aria-expanded={panels.sideOpen}
        aria-controls="side-panel"
        aria-keyshortcuts="Shift+S"
        title={`${panels.sideOpen ? 'Hide' : 'Show'} the side panel (Shift+S)`}
        onClick={panels.toggleSide}
      >
        {panels.sideOpen ? 'Hide panel' : 'Panel'}
        <span aria-hidden="true">{panels.sideOpen ? ' ›' : ' ‹'}</span>
      </button>
    </>
  );
}
