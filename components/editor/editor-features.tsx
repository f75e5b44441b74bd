'use client';
import type { ReactNode } from 'react';
import { CostProvider } from '../cost/cost-provider';
import { FileMenu } from '../files/file-menu';
import { FilesProvider } from '../files/files-provider';
import { SimulationProvider } from '../simulation/simulation-provider';
import { ValidationProvider } from '../validation/validation-provider';

/**
 * Where features that wrap the whole editor plug in: decoration providers (validation,
 * simulation, cost), persistence and the file menu. Each feature adds itself here, in one line.
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
  return (
    <FilesProvider enabled={persistence}>
      <ValidationProvider>
        <SimulationProvider>
          <CostProvider>
            {renderTopBar(persistence ? <FileMenu /> : null)}
            {children}
          </CostProvider>
        </SimulationProvider>
      </ValidationProvider>
    </FilesProvider>
  );
}
