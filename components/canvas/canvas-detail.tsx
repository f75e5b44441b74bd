'use client';
import { EdgeLabelRenderer, useStore } from '@xyflow/react';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { useZoomedOut } from './zoom-detail';

/**
 * What nodes and edges need to know to draw themselves cheaply, from one provider.
 *
 * - The edge label layer. React Flow's <EdgeLabelRenderer> finds it with a querySelector inside
 *   a store subscription, once per edge on every store update: with 600 edges, 600 DOM queries
 *   per mouse move while dragging. The canvas looks it up once.
 * - Whether the graph is large and seen from far out (see zoom-detail.ts): then edge labels
 *   are left out (only a selected connection keeps its label) and nodes leave out their text,
 *   too small to read there and the bulk of what is laid out, painted and hit-tested.
 */
interface CanvasDetail {
  labelLayer: Element | null;
  farOut: boolean;
}

const CanvasDetailContext = createContext<CanvasDetail>({ labelLayer: null, farOut: false });

/** Use inside a <ReactFlowProvider>, around the <ReactFlow> whose nodes and edges read it. */
export function CanvasDetailProvider({ largeGraph, children }: { largeGraph: boolean; children: ReactNode }) {
  const domNode = useStore((s) => s.domNode);
  const zoomedOut = useZoomedOut();
  const labelLayer = useMemo(() => domNode?.querySelector('.react-flow__edgelabel-renderer') ?? null, [domNode]);
  const farOut = largeGraph && zoomedOut;
  const value = useMemo(() => ({ labelLayer, farOut }), [labelLayer, farOut]);
  return <CanvasDetailContext.Provider value={value}>{children}</CanvasDetailContext.Provider>;
}

/** True when a large graph is seen from far out: draw the simple version. */
export function useFarOut(): boolean {
  return useContext(CanvasDetailContext).farOut;
}

/** An edge's label, portalled into React Flow's label layer (or left out when far out). */
export function EdgeLabel({ selected, children }: { selected: boolean; children: ReactNode }) {
  const { labelLayer, farOut } = useContext(CanvasDetailContext);
  if (farOut && !selected) return null;
  // Before the layer is found (first render), React Flow's own renderer does the job.
  return labelLayer ? createPortal(children, labelLayer) : <EdgeLabelRenderer>{children}</EdgeLabelRenderer>;
}
