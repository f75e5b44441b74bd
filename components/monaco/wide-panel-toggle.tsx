'use client';
import { useEffect, useState } from 'react';

const KEY = 'sluice.widePanel';

/**
 * Code reads badly in a 360 px column: this widens the side panel while a code panel shows
 * (the CSS keys off `data-wide-panel` on the panel's root, via :has()). Remembered per browser.
 */
export function useWidePanel(): [boolean, () => void] {
  const [wide, setWide] = useState(() => localStorage.getItem(KEY) === 'true');
  useEffect(() => {
    localStorage.setItem(KEY, String(wide));
  }, [wide]);
  return [wide, () => setWide((w) => !w)];
}

export function WidePanelToggle({ wide, onToggle }: { wide: boolean; onToggle(): void }) {
  return (
    <button type="button" className="wide-panel-toggle" aria-pressed={wide} onClick={onToggle} title={wide ? 'Make the side panel narrow again' : 'Widen the side panel for reading code'}>
      <span aria-hidden="true">{wide ? '⇥ ' : '⇤ '}</span>Wide side panel
    </button>
  );
}
