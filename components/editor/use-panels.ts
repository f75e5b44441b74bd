'use client';
import { useCallback, useEffect, useState } from 'react';

const PALETTE_KEY = 'sluice.paletteOpen';
const SIDE_KEY = 'sluice.sidePanelOpen';
const WIDTH_KEY = 'sluice.sidePanelWidth';
export const SIDE_PANEL_MIN_WIDTH = 280;
export const SIDE_PANEL_MAX_WIDTH = 900;

export interface Panels {
  paletteOpen: boolean;
  sideOpen: boolean;
  /** Set once the user resizes the side panel; until then the stylesheet's width for the window applies. */
  sideWidth: number | undefined;
  togglePalette(): void;
  toggleSide(): void;
  setSideWidth(width: number): void;
}

const clampWidth = (w: number) => Math.round(Math.min(SIDE_PANEL_MAX_WIDTH, Math.max(SIDE_PANEL_MIN_WIDTH, w)));

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Whether the palette and the side panel are open, and the side panel's width: remembered per browser. */
export function usePanels(): Panels {
  const [paletteOpen, setPaletteOpen] = useState(() => stored(PALETTE_KEY) !== 'false');
  const [sideOpen, setSideOpen] = useState(() => stored(SIDE_KEY) !== 'false');
  const [sideWidth, setWidth] = useState<number | undefined>(() => {
    const w = Number(stored(WIDTH_KEY));
    return Number.isFinite(w) && w > 0 ? clampWidth(w) : undefined;
  });
  useEffect(() => {
    try {
      localStorage.setItem(PALETTE_KEY, String(paletteOpen));
      localStorage.setItem(SIDE_KEY, String(sideOpen));
      if (sideWidth !== undefined) localStorage.setItem(WIDTH_KEY, String(sideWidth));
    } catch {
      // Storage full or refused: the layout still works, it is just not remembered.
    }
  }, [paletteOpen, sideOpen, sideWidth]);
  const togglePalette = useCallback(() => setPaletteOpen((o) => !o), []);
  const toggleSide = useCallback(() => setSideOpen((o) => !o), []);
  const setSideWidth = useCallback((w: number) => setWidth(clampWidth(w)), []);
  return { paletteOpen, sideOpen, sideWidth, togglePalette, toggleSide, setSideWidth };
}
