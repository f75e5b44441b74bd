'use client';
import { plural } from '@/lib/validate/format';
import { useEffect, useState } from 'react';
import { RegionSelect } from '../cost/region-select';
import { useEditor, useEditorStore } from '../editor/store/editor-context';

/** With nothing selected: the pipeline's own name, description and Region. */
export function PipelineInspector() {
  const store = useEditorStore();
  const name = useEditor((s) => s.pipeline.name);
  const description = useEditor((s) => s.pipeline.description ?? '');
  const counts = useEditor((s) => `${plural(s.pipeline.nodes.length, 'service')}, ${plural(s.pipeline.edges.length, 'connection')}`);
  const [draftName, setDraftName] = useState(name);
  const [draftDescription, setDraftDescription] = useState(description);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraftName(name), [name]);
  useEffect(() => setDraftDescription(description), [description]);

  const commit = (info: { name?: string; description?: string }) => {
    const result = store.getState().apply('Edit pipeline details', [{ type: 'set-info', ...info }]);
    if (!result.ok) {
      setError(result.problems[0].message);
      return;
    }
    setError(null);
  };

  return (
    <section className="inspector" aria-label="Inspector: pipeline">
      <p className="field-hint">Nothing selected. {counts}.</p>
      <div className="field">
        <label htmlFor="pipeline-name">Pipeline name</label>
        <input
          id="pipeline-name"
          value={draftName}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setDraftName(e.target.value)}
          onBlur={() => draftName !== name && commit({ name: draftName })}
          onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
        />
        {error ? (
          <div className="field-error" role="alert">
            {error}
          </div>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="pipeline-description">Description</label>
        <textarea
          id="pipeline-description"
          rows={5}
          value={draftDescription}
          onChange={(e) => setDraftDescription(e.target.value)}
          onBlur={() => draftDescription !== description && commit({ description: draftDescription })}
        />
      </div>
      <RegionSelect />
    </section>
  );
}
