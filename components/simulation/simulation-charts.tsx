'use client';
import { useId, useMemo } from 'react';
import type { Pipeline } from '@/lib/model';
import { useEditor, useEditorStore } from '../editor/store/editor-context';
import { nodeCharts, totalsChart } from './chart-data';
import type { SimulationResult } from './simulation-types';
import { TimeSeriesChart } from './time-series-chart';
import { useShownSample } from './simulation-provider';

/** The charts of a run: the chosen node's (the selected one, else the bottleneck) and the totals. */
export function SimulationCharts({ result, pipeline }: { result: SimulationResult; pipeline: Pipeline }) {
  const editor = useEditorStore();
  const selected = useEditor((s) => s.selection.nodeIds[0]);
  // The sample the canvas shows: the charts' line and read-out are on the same tick.
  const index = useShownSample();
  const id = useId();
  const nodes = pipeline.nodes.filter((n) => result.series?.nodes[n.id]);
  const nodeId = (selected && result.series?.nodes[selected] ? selected : undefined) ?? result.summary.bottleneck?.nodeId ?? nodes[0]?.id;
  const node = nodes.find((n) => n.id === nodeId);
  const charts = useMemo(() => (node ? nodeCharts(result, node.id, node.name) : []), [result, node]);
  const totals = useMemo(() => totalsChart(result, pipeline), [result, pipeline]);

  return (
    <section className="sim-charts" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Charts</h3>
      {totals ? <TimeSeriesChart spec={totals} index={index} /> : null}
      <div className="field">
        <label htmlFor={`${id}-node`}>Service to chart</label>
        <select id={`${id}-node`} value={nodeId ?? ''} onChange={(e) => editor.getState().select({ nodeIds: [e.target.value], edgeIds: [] })}>
          {nodes.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </select>
        <span className="field-hint">Select a service on the canvas to chart it.</span>
      </div>
      {charts.map((c) => (
        <TimeSeriesChart key={`${nodeId}-${c.id}`} spec={c} index={index} />
      ))}
    </section>
  );
}
