'use client';
import { focusInspector } from './focus-inspector';
import { useMemo } from 'react';
import { configOperation, removeOperation } from '@/lib/edit';
import { applicableEdgeFields, buildGraph, edgeConfigSchema, type EdgeEnds, edgeSettingDefaults, type PipelineEdge } from '@/lib/model';
import { useEditor, useEditorStore } from '../editor/store/editor-context';
import { ConfigForm } from './config-form';
import { LazySampleEvents } from './sample-events-lazy';
import type { CommitResult } from './field-control';
import { describeObject, pathTitle } from './schema-fields';

export function EdgeInspector({ edge }: { edge: PipelineEdge }) {
  const store = useEditorStore();
  const pipeline = useEditor((s) => s.pipeline);
  const focus = useEditor((s) => s.focusField);
  const graph = useMemo(() => buildGraph(pipeline), [pipeline]);
  const source = graph.node(edge.source);
  const target = graph.node(edge.target);
  const connection = graph.connection(edge);
  // The model decides which settings apply here, and their AWS defaults (lib/model/edge-settings.ts).
  const ends: EdgeEnds | undefined = source && target ? { source: source.kind, target: target.kind, meaning: connection?.meaning } : undefined;
  const keys: string[] = ends ? applicableEdgeFields(ends) : [];
  const fields = useMemo(() => describeObject(edgeConfigSchema).filter((f) => keys.includes(f.key)), [keys.join(',')]); // eslint-disable-line react-hooks/exhaustive-deps
  const defaults = ends && connection?.meaning === 'event-source-mapping' ? (edgeSettingDefaults(ends) as Record<string, unknown>) : undefined;

  const onCommit = (path: string, value: unknown): CommitResult => {
    const result = store.getState().apply(`Edit ${pathTitle(fields, path)}`, [configOperation('edge', edge.id, path, value)]);
    if (!result.ok) return { ok: false, message: result.problems.map((p) => p.message).join('; ') };
    return { ok: true };
  };

  return (
    <section className="inspector" aria-label="Inspector: connection" tabIndex={-1}>
      <header className="inspector-header">
        <div>
          <div className="inspector-kind">
            {source?.name ?? edge.source} → {target?.name ?? edge.target}
          </div>
          <div className="inspector-id">id: {edge.id}</div>
        </div>
        <button
          type="button"
          onClick={() => {
            // Back to the service it came from, with the focus in its inspector.
            const back = graph.node(edge.source) ? [edge.source] : [];
            store.getState().apply('Delete connection', [removeOperation([], [edge.id])], { select: { nodeIds: back, edgeIds: [] } });
            focusInspector();
          }}
          title="Delete this connection (undo brings it back)"
        >
          Delete connection
        </button>
      </header>
      <p className="inspector-description">
        {connection
          ? connection.meaning === 'event-source-mapping'
            ? `An event source mapping: Lambda polls ${source?.name} and invokes ${target?.name} with batches.`
            : `${source?.name} ${connection.verb} ${target?.name}.`
          : 'This pair of services has no meaning as a connection: delete it or connect other services.'}
      </p>
      {fields.length ? (
        <ConfigForm fields={fields} values={edge.config as Record<string, unknown>} elementId={edge.id} onCommit={onCommit} focusPath={focus?.edgeId === edge.id ? focus.field : null} defaultHints={defaults} />
      ) : (
        <p className="field-hint">This connection has no settings.</p>
      )}
      {target?.kind === 'lambda-function' ? <LazySampleEvents graph={graph} edgeId={edge.id} /> : null}
    </section>
  );
}
