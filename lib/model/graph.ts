import { CATALOG } from './catalog';
import { checkConnection, type Connection, type ConnectionMeaning } from './connections';
import type { KindId } from './kind';
import type { Pipeline, PipelineEdge, PipelineNode } from './pipeline';

/** Indexed, read-only view of a pipeline for rules, the simulator and exporters. */
export interface PipelineGraph {
  pipeline: Pipeline;
  /** Typed lookups: nodes and edges share one id namespace, so an id names at most one of them. */
  node(id: string): PipelineNode | undefined;
  edge(id: string): PipelineEdge | undefined;
  incoming(id: string): PipelineEdge[];
  outgoing(id: string): PipelineEdge[];
  /** What an edge means, or undefined when its pair of kinds has none. */
  connection(edge: PipelineEdge): Connection | undefined;
  /**
   * Edges of a meaning (or of any of several) leaving / entering a node, in document order:
   * e.g. the event source mappings into a function. The one answer for validate, simulate and export.
   */
  outgoingOf(nodeId: string, meaning: Meanings): PipelineEdge[];
  incomingOf(nodeId: string, meaning: Meanings): PipelineEdge[];
  /** Edges of a meaning anywhere in the pipeline, in document order. */
  edgesOf(meaning: Meanings): PipelineEdge[];
  nodesOfKind<K extends KindId>(kind: K): Extract<PipelineNode, { kind: K }>[];
}

/** One meaning, or a list of them (an edge matches when it has any). */
export type Meanings = ConnectionMeaning | readonly ConnectionMeaning[];

export function buildGraph(pipeline: Pipeline): PipelineGraph {
  const byId = new Map(pipeline.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(pipeline.edges.map((e) => [e.id, e]));
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
  const byMeaning = new Map<ConnectionMeaning, PipelineEdge[]>();
  for (const e of pipeline.edges) {
    const meaning = connections.get(e.id)?.meaning;
    if (meaning) (byMeaning.get(meaning) ?? byMeaning.set(meaning, []).get(meaning)!).push(e);
  }
  const ofMeaning = (edges: PipelineEdge[], meaning: Meanings): PipelineEdge[] => {
    const wanted = typeof meaning === 'string' ? [meaning] : meaning;
    return edges.filter((e) => {
      const m = connections.get(e.id)?.meaning;
      return m !== undefined && wanted.includes(m);
    });
  };
  return {
    pipeline,
    node: (id) => byId.get(id),
    edge: (id) => edgeById.get(id),
    outgoingOf: (id, meaning) => ofMeaning(out.get(id) ?? [], meaning),
    incomingOf: (id, meaning) => ofMeaning(inc.get(id) ?? [], meaning),
    edgesOf: (meaning) => (typeof meaning === 'string' ? (byMeaning.get(meaning) ?? []) : ofMeaning(pipeline.edges, meaning)),
    incoming: (id) => inc.get(id) ?? [],
    outgoing: (id) => out.get(id) ?? [],
    connection: (edge) => connections.get(edge.id),
    nodesOfKind: <K extends KindId>(kind: K) => pipeline.nodes.filter((n): n is Extract<PipelineNode, { kind: K }> => n.kind === kind),
  };
}

export function kindLabel(kind: KindId): string {
  return CATALOG[kind].label;
}
