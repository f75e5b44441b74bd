'use client';
import { type ReactNode, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { CostDecorationContext, FieldCostDeltaContext } from '../canvas/decorations';
import { useEditor, useEditorStore } from '../editor/store/editor-context';
import { useSimulation } from '../simulation/simulation-context';
import { useResultStale } from '../simulation/use-result-stale';
import { changedField } from './changed-field';
import { CostContext, type LiveCost } from './cost-context';
import { requestCost, useCostModules } from './cost-loader';
import { formatDelta, shortUsd } from './format';
import './cost.css';

/**
 * The cost feature for one editor: the design's estimate (and the last simulation's) for the
 * Cost tab, each node's monthly figure for the canvas, and the change in the monthly bill the
 * last setting change made, shown beside that field. The estimate is linear in the graph and
 * cheap; the deferred value keeps typing smooth on big graphs all the same.
 */
export function CostProvider({ children }: { children: ReactNode }) {
  const editor = useEditorStore();
  const engine = useCostModules()?.engine ?? null;
  // lib/cost loads on the first interaction with the page, or when a panel that shows prices or
  // findings opens: not with the page, whose first load stays small (cost-loader.ts).
  const panel = useEditor((s) => s.panel);
  useEffect(() => {
    if (engine) return;
    if (panel === 'cost' || panel === 'problems') {
      void requestCost();
      return;
    }
    const load = () => void requestCost();
    document.addEventListener('pointerdown', load, { capture: true, once: true });
    document.addEventListener('keydown', load, { capture: true, once: true });
    return () => {
      document.removeEventListener('pointerdown', load, { capture: true });
      document.removeEventListener('keydown', load, { capture: true });
    };
  }, [engine, panel]);

  const pipeline = useDeferredValue(useEditor((s) => s.pipeline));
  const result = useSimulation((s) => s.result);
  const resultPipeline = useSimulation((s) => s.resultPipeline);
  const stale = useResultStale();
  const design = useMemo(() => (engine ? engine.estimateDesign(pipeline, engine.regionOf(pipeline)) : null), [engine, pipeline]);
  const region = pipeline.region;
  const simulation = useMemo(
    () => (engine && result && resultPipeline && !stale ? engine.estimateSimulation(resultPipeline, result, region ?? 'us-east-1') : null),
    [engine, result, resultPipeline, stale, region],
  );
  const live = useMemo<LiveCost>(() => ({ design, simulation, simulationStale: result !== null && stale }), [design, simulation, result, stale]);

  // Through a string, so an edit that changes no node's figure re-renders no node.
  const figuresJson = useMemo(() => JSON.stringify(design ? Object.entries(design.nodes).map(([id, c]) => [id, shortUsd(c.monthly)]) : []), [design]);
  const figures = useMemo(() => new Map<string, string>(JSON.parse(figuresJson)), [figuresJson]);

  const [delta, setDelta] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(
    () =>
      editor.subscribe((state, previous) => {
        if (state.change === previous.change || !state.change) return;
        if (state.change.operations.every((op) => op.type === 'move')) return;
        const key = changedField(state.change.operations);
        if (!key) {
          setDelta(new Map());
          return;
        }
        const before = previous.pipeline;
        const after = state.pipeline;
        void requestCost().then(({ engine: m }) => {
          // A later edit may have come first; only the latest document's change is shown.
          if (editor.getState().pipeline !== after) return;
          setDelta(new Map([[key, formatDelta(m.changeInMonthlyCost(before, after))]]));
        });
      }),
    [editor],
  );

  return (
    <CostContext.Provider value={live}>
      <CostDecorationContext.Provider value={figures}>
        <FieldCostDeltaContext.Provider value={delta}>{children}</FieldCostDeltaContext.Provider>
      </CostDecorationContext.Provider>
    </CostContext.Provider>
  );
}
