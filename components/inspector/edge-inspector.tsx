'use client';
import { focusInspector } from './focus-inspector';
import { useMemo } from 'react';
import { removeElements, updateEdgeConfig } from '@/lib/edit';
import {
  buildGraph,
  type EdgeConfig,
  edgeConfigSchema,
  eventSourceMappingSettings,
  ON_FAILURE_TARGETS,
  type Pipeline,
  type PipelineEdge,
} from '@/lib/model';
import { useEditor, useEditorStore } from '../editor/store/editor-context';
import { ConfigForm } from './config-form';
import type { CommitResult } from './field-control';
import { describeObject, pathTitle } from './schema-fields';

const ESM_FIELDS = ['batchSize', 'batchingWindowSeconds', 'parallelizationFactor', 'startingPosition', 'maxRetryAttempts', 'maxRecordAgeSeconds', 'bisectOnError', 'reportBatchItemFailures'];
const SQS_FIELDS = ['batchSize', 'batchingWindowSeconds', 'reportBatchItemFailures', 'maxConcurrency'];

/** The edge settings that mean something for this pair of kinds. */
function relevantFields(p: Pipeline, edge: PipelineEdge): string[] {
  const graph = buildGraph(p);
  const meaning = graph.connection(edge)?.meaning;
  const source = graph.node(edge.source);
  const target = graph.node(edge.target);
  const fields: string[] = [];
  if (source?.kind === 'lambda-function' && target && ON_FAILURE_TARGETS.includes(target.kind)) fields.push('role');
  if (meaning === 'event-source-mapping') fields.push(...(source?.kind === 'sqs-queue' ? SQS_FIELDS : ESM_FIELDS));
  if (meaning === 'event-source-mapping' && source?.kind === 'kinesis-stream') fields.push('enhancedFanOut');
  if (meaning === 'push' && source?.kind === 's3-bucket') fields.push('filterPrefix', 'filterSuffix');
  if ((meaning === 'writes' || meaning === 'on-failure') && target?.kind === 's3-bucket') fields.push('writePrefix');
  return fields;
}

export function EdgeInspector({ edge }: { edge: PipelineEdge }) {
  const store = useEditorStore();
  const pipeline = useEditor((s) => s.pipeline);
  const focus = useEditor((s) => s.focusField);
  const graph = useMemo(() => buildGraph(pipeline), [pipeline]);
  const source = graph.node(edge.source);
  const target = graph.node(edge.target);
  const connection = graph.connection(edge);
  const keys = relevantFields(pipeline, edge);
  const fields = useMemo(() => describeObject(edgeConfigSchema).filter((f) => keys.includes(f.key)), [keys.join(',')]); // eslint-disable-line react-hooks/exhaustive-deps
  const defaults = source && connection?.meaning === 'event-source-mapping' ? (eventSourceMappingSettings(source.kind, {} as EdgeConfig) as unknown as Record<string, unknown>) : undefined;

  const onCommit = (path: string, value: unknown): CommitResult => {
    const result = updateEdgeConfig(store.getState().pipeline, edge.id, path as keyof EdgeConfig, value);
    if (!result.ok) return { ok: false, message: result.problems.map((p) => p.message).join('; ') };
    store.getState().apply(`Edit ${pathTitle(fields, path)}`, () => result.pipeline);
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
            store.getState().apply('Delete connection', (p) => removeElements(p, [], [edge.id]), { nodeIds: back, edgeIds: [] });
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
    </section>
  );
}
