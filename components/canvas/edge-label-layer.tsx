'use client';
import { EdgeLabelRenderer, useStore } from '@xyflow/react';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { useZoomedOut } from './zoom-detail';

/**
 * Where edge labels are drawn, and whether they are drawn at all.
 *
 * React Flow's <EdgeLabelRenderer> finds its layer with a querySelector inside a store
 * subscription, once per edge on every store update: with 600 edges that is 600 DOM queries
 * per mouse move while dragging. The canvas looks the layer up once and hands it down here.
 *
 * On a large graph zoomed out, labels are too small to read (see DETAIL_MIN_ZOOM) and cost
 * paint on every pan frame, so only a selected connection keeps its label there.
 */
interface EdgeLabelLayer {
  element: Element | null;
  showLabels: boolean;
}

const EdgeLabelLayerContext = createContext<EdgeLabelLayer>({ element: null, showLabels: true });

/** Use inside a <ReactFlowProvider>, around the <ReactFlow> whose edges read it. */
export function EdgeLabelLayerProvider({ largeGraph, children }: { largeGraph: boolean; children: ReactNode }) {
  const domNode = useStore((s) => s.domNode);
  const zoomedOut = useZoomedOut();
  const element = useMemo(() => domNode?.querySelector('.react-flow__edgelabel-renderer') ?? null, [domNode]);
  const showLabels = !largeGraph || !zoomedOut;
  const value = useMemo(() => ({ element, showLabels }), [element, showLabels]);
  return <EdgeLabelLayerContext.Provider value={value}>{children}</EdgeLabelLayerContext.Provider>;
}

/** An edge's label, portalled into React Flow's label layer (or left out when zoomed far out). */
export function EdgeLabel({ selected, children }: { selected: boolean; children: ReactNode }) {
  const { element, showLabels } = useContext(EdgeLabelLayerContext);
  if (!showLabels && !selected) return null;
  // Before the layer is found (first render), React Flow's own renderer does the job.
  return element ? createPortal(children, element) : <EdgeLabelRenderer>{children}</EdgeLabelRenderer>;
}
