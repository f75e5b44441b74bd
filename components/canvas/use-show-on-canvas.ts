'use client';
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { useEditorStore } from '../editor/store/editor-context';

/**
 * Select a node or an edge and bring it into view: a node centred, an edge by showing both of
 * its ends. Returns what was found (nothing is selected for an id that is gone).
 */
export function useShowOnCanvas(): (target: { nodeId?: string; edgeId?: string }) => { nodeId?: string; edgeId?: string } {
  const store = useEditorStore();
  const flow = useReactFlow();
  return useCallback(
    ({ nodeId, edgeId }) => {
      const state = store.getState();
      const node = nodeId !== undefined ? state.pipeline.nodes.find((n) => n.id === nodeId) : undefined;
      const edge = !node && edgeId !== undefined ? state.pipeline.edges.find((e) => e.id === edgeId) : undefined;
      if (node) {
        state.select({ nodeIds: [node.id], edgeIds: [] });
        void flow.fitView({ nodes: [{ id: node.id }], padding: 0.6, maxZoom: 1.2, duration: 250 });
      } else if (edge) {
        state.select({ nodeIds: [], edgeIds: [edge.id] });
        void flow.fitView({ nodes: [{ id: edge.source }, { id: edge.target }], padding: 0.4, maxZoom: 1.2, duration: 250 });
      } else {
        state.select({ nodeIds: [], edgeIds: [] });
      }
      return { nodeId: node?.id, edgeId: edge?.id };
    },
    [store, flow],
  );
}
