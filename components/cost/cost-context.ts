'use client';
import { createContext, useContext } from 'react';
import type { CostEstimate } from '@/lib/cost';

export interface LiveCost {
  /** Null until lib/cost has loaded. */
  design: CostEstimate | null;
  /** The last simulation's estimate; null without a run, or when the design changed since it. */
  simulation: CostEstimate | null;
  /** A run exists but the design changed since: its estimate is not shown. */
  simulationStale: boolean;
}

export const CostContext = createContext<LiveCost>({ design: null, simulation: null, simulationStale: false });

export function useCost(): LiveCost {
  return useContext(CostContext);
}
