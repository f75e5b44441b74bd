'use client';
import { useId } from 'react';
import { DEFAULT_REGION, PRICED_REGIONS } from '@/lib/model/region';
import { useFieldCostDelta } from '../canvas/decorations';
import { useEditor, useEditorStore } from '../editor/store/editor-context';
import { PIPELINE_ELEMENT } from './changed-field';

/** The pipeline's Region: one undoable edit (set-info), priced by the cost estimate. */
export function RegionSelect() {
  const store = useEditorStore();
  const id = useId();
  const region = useEditor((s) => s.pipeline.region ?? DEFAULT_REGION);
  const delta = useFieldCostDelta(PIPELINE_ELEMENT, 'region');
  return (
    <div className="field" data-field="region">
      <label htmlFor={id}>Region</label>
      <select id={id} value={region} aria-describedby={`${id}-hint`} onChange={(e) => store.getState().apply('Set region', [{ type: 'set-info', region: e.target.value }])}>
        {PRICED_REGIONS.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <div id={`${id}-hint`} className="field-hint">
        The AWS Region the pipeline is meant for: the cost estimate uses its list prices.
      </div>
      {delta ? <div className="field-cost-delta">Monthly cost: {delta}</div> : null}
    </div>
  );
}
