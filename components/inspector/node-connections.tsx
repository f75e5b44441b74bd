'use client';
import { focusInspector } from './focus-inspector';
import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import { connectOperation } from '@/lib/edit';
import { CATALOG, checkConnection, type Pipeline, type PipelineNode } from '@/lib/model';
import { useEditor, useEditorStore } from '../editor/store/editor-context';

export interface ConnectionChoice {
  id: string;
  label: string;
  ok: boolean;
}

/** The other nodes as targets of `node`: possible ones first, each saying what it would mean or why not. */
export function connectionChoices(p: Pick<Pipeline, 'nodes' | 'edges'>, node: Pick<PipelineNode, 'id' | 'kind'>): ConnectionChoice[] {
  const linked = new Set(p.edges.filter((e) => e.source === node.id).map((e) => e.target));
  return p.nodes
    .filter((n) => n.id !== node.id)
    .map((n) => {
      const check = checkConnection(node.kind, n.kind);
      const kind = CATALOG[n.kind].label;
      if (linked.has(n.id)) return { id: n.id, label: `${n.name} (${kind}): already connected`, ok: false };
      if (check.ok) return { id: n.id, label: `${n.name} (${kind}): ${check.connection.verb}`, ok: true };
      // Why not, in the list itself: the reverse when it works, else the rule's reason (after "X cannot be Y:").
      const why = checkConnection(n.kind, node.kind).ok ? 'only the other way round' : check.reason.slice(check.reason.indexOf(': ') + 2);
      return { id: n.id, label: `${n.name} (${kind}): not possible, ${why}`, ok: false };
    })
    .sort((a, b) => Number(b.ok) - Number(a.ok) || a.label.localeCompare(b.label));
}

/**
 * The node's connections, and a way to add one without a mouse: pick a target and press
 * Connect (the same check as drawing one on the canvas, one undo step).
 */
const NO_CHOICES: ConnectionChoice[] = [];

/** What the choices depend on: the nodes' ids, names and kinds (not their positions, which change during a drag). */
function topologyKey(nodes: readonly PipelineNode[]): string {
  let key = '';
  for (const n of nodes) key += `${n.id}\u0000${n.name}\u0000${n.kind}\n`;
  return key;
}

export const NodeConnections = memo(function NodeConnections({ nodeId, nodeKind, nodeName }: { nodeId: string; nodeKind: PipelineNode['kind']; nodeName: string }) {
  const store = useEditorStore();
  // A string: equal strings do not re-render, so dragging nodes around leaves this alone.
  const topology = useEditor((s) => topologyKey(s.pipeline.nodes));
  const edges = useEditor((s) => s.pipeline.edges);
  const selectId = useId();
  const { choices, names } = useMemo(() => {
    const current = store.getState().pipeline;
    return { choices: connectionChoices({ nodes: current.nodes, edges }, { id: nodeId, kind: nodeKind }), names: new Map(current.nodes.map((n) => [n.id, n.name])) };
    // `topology` stands for the nodes' ids, names and kinds.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [topology, edges, nodeId, nodeKind, store]);
  // Hundreds of options on a large graph: built in the background, so selecting a node (say,
  // by starting to drag it) never waits for them.
  const shownChoices = useDeferredValue(choices, NO_CHOICES);
  const [target, setTarget] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const outgoing = edges.filter((e) => e.source === nodeId);
  const incoming = edges.filter((e) => e.target === nodeId);
  const chosen = choices.find((c) => c.id === target && c.ok)?.id ?? '';

  const onConnect = () => {
    if (!chosen) return;
    const connection = connectOperation(store.getState().pipeline, nodeId, chosen);
    if (!connection.ok) {
      setMessage(`Connection refused: ${connection.reason}`);
      return;
    }
    setMessage(null);
    setTarget('');
    // The node stays selected, so several connections can be made in a row.
    store.getState().apply('Connect', [connection.operation]);
    store.getState().notify(`Connected ${nodeName} to ${names.get(chosen) ?? chosen}.`, 'info');
    // The Connect button is disabled now: keep the focus on the list, ready for the next one.
    requestAnimationFrame(() => document.getElementById(selectId)?.focus());
  };

  const selectEdge = (edgeId: string) => {
    store.getState().select({ nodeIds: [], edgeIds: [edgeId] });
    focusInspector();
  };

  return (
    <section className="node-connections" aria-label="Connections">
      <h3>Connections</h3>
      {outgoing.length + incoming.length === 0 ? <p className="muted">None yet.</p> : null}
      <ul>
        {[...incoming.map((e) => ({ id: e.id, text: `from ${names.get(e.source) ?? e.source}` })), ...outgoing.map((e) => ({ id: e.id, text: `to ${names.get(e.target) ?? e.target}` }))].map(
          ({ id, text }) => (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => selectEdge(id)} title="Select this connection to edit its settings">
                {text}
              </button>
            </li>
          ),
        )}
      </ul>
      <div className="field connect-field">
        <label htmlFor={selectId}>Connect to</label>
        <div className="connect-row">
          <select
            id={selectId}
            value={chosen}
            onChange={(e) => {
              setTarget(e.target.value);
              setMessage(null);
            }}
          >
            <option value="">Choose a service…</option>
            <ChoiceOptions choices={shownChoices} />
          </select>
          <button type="button" onClick={onConnect} disabled={!chosen}>
            Connect
          </button>
        </div>
        {message ? (
          <div className="field-error" role="alert">
            {message}
          </div>
        ) : null}
      </div>
    </section>
  );
});

/** The options, re-rendered only when the choices change (not while a node is dragged). */
const ChoiceOptions = memo(function ChoiceOptions({ choices }: { choices: ConnectionChoice[] }) {
  return (
    <>
      {choices.map((c) => (
        <option key={c.id} value={c.id} disabled={!c.ok}>
          {c.label}
        </option>
      ))}
    </>
  );
});
