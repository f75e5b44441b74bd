'use client';
import type { ReactNode } from 'react';

/**
 * Where features that wrap the whole editor plug in: decoration providers (validation,
 * simulation), persistence and the file menu. Each feature adds itself here, in one line.
 */
export function EditorFeatures({ children, renderTopBar }: { children: ReactNode; renderTopBar(fileMenu: ReactNode): ReactNode }) {
  return (
    <>
      {renderTopBar(null)}
      {children}
    </>
  );
}
