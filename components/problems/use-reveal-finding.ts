'use client';
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import type { Finding } from '@/lib/validate';
import { useEditorStore } from '../editor/store/editor-context';

/**
 * Show the user where a problem is: select its node or edge, centre it on the canvas, and
 * open the inspector on the field concerned (the inspector focuses the matching input).
 */
export function useRevealFinding(): (f: Finding) => void {
  const store = useEditorStore();
  const flow = useReactFlow();
  return useCallback(
    (f: Finding) => {
      const state = store.getState();
      const node = f.nodeId !== undefined ? state.pipeline.nodes.find((n) => n.id === f.nodeId) : undefined;
      const edge = !node && f.edgeId !== undefined ? state.pipeline.edges.find((e) => e.id === f.edgeId) : undefined;
      if (node) {
        state.select({ nodeIds: [node.id], edgeIds: [] });
        void flow.fitView({ nodes: [{ id: node.id }], padding: 0.6, maxZoom: 1.2, duration: 250 });
      } else if (edge) {
        state.select({ nodeIds: [], edgeIds: [edge.id] });
        // An edge is centred by showing both of its ends.
        void flow.fitView({ nodes: [{ id: edge.source }, { id: edge.target }], padding: 0.4, maxZoom: 1.2, duration: 250 });
      } else {
        state.select({ nodeIds: [], edgeIds: [] });
      }
      state.setPanel('inspector');
      state.focus({ nodeId: node?.id, edgeId: edge?.id, field: f.field });
    },
    [store, flow],
  );
}
