'use client';
import { useMemo, useState, useEffect } from 'react';
import { configOperation } from '@/lib/edit';
import { buildGraph, CATALOG, type PipelineNode, problemToString } from '@/lib/model';
import { useElementCost } from '../canvas/decorations';
import { KindIcon } from '../canvas/kind-icon';
import { useEditor, useEditorStore } from '../editor/store/editor-context';
import { ConfigForm } from './config-form';
import { KeptValues } from './kept-values';
import { NodeConnections } from './node-connections';
import type { CommitResult } from './field-control';
import { RuntimePicker } from './runtime-picker';
import { LazySampleEvents } from './sample-events-lazy';
import { describeObject, pathTitle } from './schema-fields';

export function NodeInspector({ node }: { node: PipelineNode }) {
  const store = useEditorStore();
  const focus = useEditor((s) => s.focusField);
  const kind = CATALOG[node.kind];
  const fields = useMemo(() => describeObject(kind.configSchema).filter((f) => !(node.kind === 'lambda-function' && f.key === 'runtime')), [kind, node.kind]);
  const [name, setName] = useState(node.name);
  const [nameError, setNameError] = useState<string | null>(null);
  useEffect(() => setName(node.name), [node.name]);

  const onCommit = (path: string, value: unknown): CommitResult => {
    const result = store.getState().apply(`Edit ${pathTitle(fields, path)}`, [configOperation('node', node.id, path, value)]);
    if (!result.ok) return { ok: false, message: result.problems.map((p) => (p.path && p.path !== path.split('.').pop() ? problemToString(p) : p.message)).join('; ') };
    return { ok: true };
  };

  const commitName = () => {
    if (name === node.name) return;
    const result = store.getState().apply('Rename', [{ type: 'rename-node', nodeId: node.id, name }]);
    if (!result.ok) {
      setNameError(result.problems[0].message);
      return;
    }
    setNameError(null);
  };

  const focusPath = focus && focus.nodeId === node.id ? (focus.field ?? null) : null;
  const cost = useElementCost(node.id);

  return (
    <section className="inspector" aria-label={`Inspector: ${node.name}`} tabIndex={-1}>
      <header className="inspector-header">
        <KindIcon kind={node.kind} />
        <div>
          <div className="inspector-kind">{kind.label}</div>
          <div className="inspector-id">id: {node.id}</div>
          {cost ? <div className="inspector-id">Monthly cost (design): {cost}</div> : null}
        </div>
      </header>
      <p className="inspector-description">{kind.description}</p>
      <div className="field">
        <label htmlFor="node-name">Name</label>
        <input
          id="node-name"
          type="text"
          value={name}
          aria-invalid={nameError ? true : undefined}
          onChange={(e) => setName(e.target.value)}
          onBlur={commitName}
          onKeyDown={(e) => {
            if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          }}
        />
        {nameError ? (
          <div className="field-error" role="alert">
            {nameError}
          </div>
        ) : null}
      </div>
      <NodeConnections nodeId={node.id} nodeKind={node.kind} nodeName={node.name} />
      {node.kind === 'lambda-function' ? <RuntimePicker runtime={node.config.runtime} onCommit={onCommit} /> : null}
      <ConfigForm fields={fields} values={node.config as Record<string, unknown>} elementId={node.id} onCommit={onCommit} focusPath={focusPath} />
      <KeptValues nodeId={node.id} />
      {node.kind === 'lambda-function' ? <FunctionSampleEvents functionId={node.id} /> : null}
      <a className="docs-link" href={kind.docsUrl} target="_blank" rel="noreferrer">
        AWS documentation: {kind.label} limits
      </a>
    </section>
  );
}

/** The events a function receives, one per connection into it. */
function FunctionSampleEvents({ functionId }: { functionId: string }) {
  const pipeline = useEditor((s) => s.pipeline);
  const graph = useMemo(() => buildGraph(pipeline), [pipeline]);
  return <LazySampleEvents graph={graph} functionId={functionId} />;
}
