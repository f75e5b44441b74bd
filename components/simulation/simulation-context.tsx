'use client';
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { SimulationRunner } from './simulation-runner';
import type { SimulationActions, SimulationState, SimulationStore } from './simulation-store';

export interface SimulationHandle {
  store: SimulationStore;
  runner: SimulationRunner;
}

export const SimulationContext = createContext<SimulationHandle | null>(null);

export function useSimulationHandle(): SimulationHandle {
  const handle = useContext(SimulationContext);
  if (!handle) throw new Error('useSimulationHandle must be used inside <SimulationProvider>');
  return handle;
}

/** Read a narrow slice of the simulation state. */
export function useSimulation<T>(selector: (state: SimulationState & SimulationActions) => T): T {
  return useStore(useSimulationHandle().store, selector);
}
