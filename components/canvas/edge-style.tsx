'use client';
import { ControlButton } from '@xyflow/react';
import { createContext, useCallback, useContext, useEffect, useState } from 'react';

/** How connections are drawn: curves (default) or right-angled lines, as draw.io users expect. */
export type EdgeStyle = 'curved' | 'orthogonal';
const KEY = 'sluice.edgeStyle';

export const EdgeStyleContext = createContext<EdgeStyle>('curved');

export function useEdgeStyle(): EdgeStyle {
  return useContext(EdgeStyleContext);
}

/** The remembered choice, per browser. */
export function useEdgeStyleSetting(): [EdgeStyle, () => void] {
  const [style, setStyle] = useState<EdgeStyle>(() => {
    try {
      return localStorage.getItem(KEY) === 'orthogonal' ? 'orthogonal' : 'curved';
    } catch {
      return 'curved';
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem(KEY, style);
    } catch {
      // Not remembered; still applied.
    }
  }, [style]);
  return [style, useCallback(() => setStyle((s) => (s === 'curved' ? 'orthogonal' : 'curved')), [])];
}

/** A toggle among the zoom controls. */
export function EdgeStyleButton({ style, onToggle }: { style: EdgeStyle; onToggle(): void }) {
  return (
    <ControlButton onClick={onToggle} aria-label="Right-angled connections" aria-pressed={style === 'orthogonal'} title={style === 'orthogonal' ? 'Draw connections as curves' : 'Draw connections with right angles'}>
      <svg viewBox="0 0 16 16" aria-hidden="true" width="12" height="12">
        <path d="M1 3 H8 V13 H15" fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
    </ControlButton>
  );
}
