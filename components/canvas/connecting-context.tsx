'use client';
import { createContext, useContext } from 'react';

/** While a connection is being dragged: the ids of nodes it may legally end on. */
export const ConnectingContext = createContext<ReadonlySet<string> | null>(null);

export function useConnectTargetState(nodeId: string): 'compatible' | 'incompatible' | undefined {
  const set = useContext(ConnectingContext);
  if (!set) return undefined;
  return set.has(nodeId) ? 'compatible' : 'incompatible';
}
