'use client';
import { useCallback } from 'react';
import type { Finding } from '@/lib/validate';
import { useShowOnCanvas } from '../canvas/use-show-on-canvas';
import { useEditorStore } from '../editor/store/editor-context';

/**
 * Show the user where a problem is: select its node or edge, centre it on the canvas, and
 * open the inspector on the field concerned (the inspector focuses the matching input).
 */
export function useRevealFinding(): (f: Finding) => void {
  const store = useEditorStore();
  const show = useShowOnCanvas();
  return useCallback(
    (f: Finding) => {
      const shown = show({ nodeId: f.nodeId, edgeId: f.edgeId });
      const state = store.getState();
      state.setPanel('inspector');
      state.focus({ nodeId: shown.nodeId, edgeId: shown.edgeId, field: f.field });
    },
    [store, show],
  );
}
