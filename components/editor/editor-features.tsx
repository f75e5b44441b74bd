'use client';
import type { ReactNode } from 'react';
import { ValidationProvider } from '../validation/validation-provider';

/**
 * Where features that wrap the whole editor plug in: decoration providers (validation,
 * simulation), persistence and the file menu. Each feature adds itself here, in one line.
 */
export function EditorFeatures({
  children,
  renderTopBar,
  persistence = true,
}: {
  children: ReactNode;
  renderTopBar(fileMenu: ReactNode): ReactNode;
  /**
   * false for throwaway editors (the /bench pages): features that read or write stored work
   * (autosave, restore on open, recent files) must stay off, so a benchmark never overwrites it.
   */
  persistence?: boolean;
}) {
  void persistence; // read by persistence features as they plug in below
  return (
    <ValidationProvider>
      {renderTopBar(null)}
      {children}
    </ValidationProvider>
  );
}
