'use client';
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { CATALOG, type KindId } from '@/lib/model';
import { addNodeOperation, freePosition, NODE_HEIGHT, NODE_WIDTH } from '@/lib/edit';
import { useEditorStore } from '../editor/store/editor-context';
import { visibleCanvasArea } from './use-readable-fit';

export const CANVAS_ID = 'sluice-canvas';

/** Add a node of `kind`, at a screen point or (keyboard) at the free spot nearest the centre of the visible canvas. */
export function useAddNode() {
  const store = useEditorStore();
  const flow = useReactFlow();
  return useCallback(
    (kind: KindId, screen?: { x: number; y: number }) => {
      let point = screen;
      if (!point) {
        // The centre of the part of the canvas no panel covers (narrow windows: panels lie over it).
        const rect = document.getElementById(CANVAS_ID)?.getBoundingClientRect();
        const area = visibleCanvasArea();
        point = rect && area ? { x: rect.left + area.x + area.width / 2, y: rect.top + area.y + area.height / 2 } : { x: 400, y: 300 };
      }
      const flowPoint = flow.screenToFlowPosition(point);
      const centred = { x: flowPoint.x - NODE_WIDTH / 2, y: flowPoint.y - NODE_HEIGHT / 2 };
      // Dropped: exactly where the user let go. From the keyboard: the free spot nearest the centre.
      const position = screen ? centred : freePosition(store.getState().pipeline, centred);
      const { operation, nodeId } = addNodeOperation(store.getState().pipeline, kind, position);
      store.getState().apply(`Add ${CATALOG[kind].label}`, [operation]);
      store.getState().select({ nodeIds: [nodeId], edgeIds: [] });
      return nodeId;
    },
    [flow, store],
  );
}
