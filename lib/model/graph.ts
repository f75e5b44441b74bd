import { CATALOG } from './catalog';
import { checkConnection, type Connection } from './connections';
import type { KindId } from './kind';
import type { Pipeline, PipelineEdge, PipelineNode } from './pipeline';

/** Indexed, read-only view of a pipeline for rules, the simulator and exporters. */
export interface PipelineGraph {
  pipeline: Pipeline;
  node(id: string): PipelineNode | undefined;
  incoming(id: string): PipelineEdge[];
  outgoing(id: string): PipelineEdge[];
  /** What an edge means, or undefined when its pair of kinds has none. */
  connection(edge: PipelineEdge): Connection | undefined;
  nodesOfKind<K extends KindId>(kind: K): Extract<PipelineNode, { kind: K }>[];
}

export function buildGraph(pipeline: Pipeline): PipelineGraph {
  const byId = new Map(pipeline.nodes.map((n) => [n.id, n]));
  const inc = new Map<string, PipelineEdge[]>();
  const out = new Map<string, PipelineEdge[]>();
  for (const e of pipeline.edges) {
    (inc.get(e.target) ?? inc.set(e.target, []).get(e.target)!).push(e);
    (out.get(e.source) ?? out.set(e.source, []).get(e.source)!).push(e);
  }
  // Meanings are looked up once per pair of kinds, not once per edge: the validator builds
  // this view on every keystroke.
  const pairs = new Map<string, Connection | undefined>();
  const connections = new Map<string, Connection | undefined>();
  for (const e of pipeline.edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) continue;
    const key = `${s.kind} ${t.kind} ${e.config.role}`;
    if (!pairs.has(key)) {
      const check = checkConnection(s.kind, t.kind, e.config.role);
      pairs.set(key, check.ok ? check.connection : undefined);
    }
    connections.set(e.id, pairs.get(key));
  }
  return {
    pipeline,
    node: (id) => byId.get(id),
    incoming: (id) => inc.get(id) ?? [],
    outgoing: (id) => out.get(id) ?? [],
    connection: (edge) => connections.get(edge.id),
    nodesOfKind: <K extends KindId>(kind: K) => pipeline.nodes.filter((n): n is Extract<PipelineNode, { kind: K }> => n.kind === kind),
  };
}

export function kindLabel(kind: KindId): string {
  return CATALOG[kind].label;
}
