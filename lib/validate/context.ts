import { buildGraph, type ConnectionMeaning, type KindId, type Pipeline, type PipelineEdge, type PipelineGraph, type PipelineNode } from '../model';
import type { DraftFinding } from './types';

type NodeOf<K extends KindId> = Extract<PipelineNode, { kind: K }>;

/** What a rule gets: the indexed graph plus helpers that build findings with correct paths. */
export interface ValidationContext extends PipelineGraph {
  nodeIndex(id: string): number;
  edgeIndex(id: string): number;
  /** Edges of one meaning leaving / entering a node, e.g. the event source mappings into a function. */
  outgoingOf(nodeId: string, meaning: ConnectionMeaning): PipelineEdge[];
  incomingOf(nodeId: string, meaning: ConnectionMeaning): PipelineEdge[];
  /** Edges of one meaning anywhere in the pipeline, in document order. */
  edgesOf(meaning: ConnectionMeaning): PipelineEdge[];
  /** A finding about a node; `field` is a dotted config key. */
  atNode(node: PipelineNode, field: string | undefined, draft: Omit<DraftFinding, 'path' | 'nodeId' | 'field'>): DraftFinding;
  /** A finding about an edge; `field` is a key of the edge's config. */
  atEdge(edge: PipelineEdge, field: string | undefined, draft: Omit<DraftFinding, 'path' | 'edgeId' | 'field'>): DraftFinding;
  /** Rule ids the runner knows, for checks of suppressions. */
  knownRuleIds: ReadonlySet<string>;
  /** Node and edge ids taken, for fixes that add things. */
  idsInUse: ReadonlySet<string>;
}

/** The longest prefix of `path` that exists in `doc`: markers must point somewhere real. */
export function existingPath(doc: unknown, path: (string | number)[]): (string | number)[] {
  let here: unknown = doc;
  const out: (string | number)[] = [];
  for (const key of path) {
    if (here === null || typeof here !== 'object' || !(key in here)) break;
    here = (here as Record<string | number, unknown>)[key];
    out.push(key);
  }
  return out;
}

function configPath(field: string | undefined): string[] {
  return field === undefined ? [] : ['config', ...field.split('.')];
}

export function createContext(pipeline: Pipeline, knownRuleIds: ReadonlySet<string>): ValidationContext {
  const graph = buildGraph(pipeline);
  const nodeIndexes = new Map(pipeline.nodes.map((n, i) => [n.id, i]));
  const edgeIndexes = new Map(pipeline.edges.map((e, i) => [e.id, i]));
  const byKind = new Map<KindId, PipelineNode[]>();
  for (const n of pipeline.nodes) (byKind.get(n.kind) ?? byKind.set(n.kind, []).get(n.kind)!).push(n);
  const byMeaning = new Map<ConnectionMeaning, PipelineEdge[]>();
  for (const e of pipeline.edges) {
    const meaning = graph.connection(e)?.meaning;
    if (meaning) (byMeaning.get(meaning) ?? byMeaning.set(meaning, []).get(meaning)!).push(e);
  }
  const hasMeaning = (meaning: ConnectionMeaning) => (e: PipelineEdge) => graph.connection(e)?.meaning === meaning;
  return {
    ...graph,
    knownRuleIds,
    idsInUse: new Set([...nodeIndexes.keys(), ...edgeIndexes.keys()]),
    nodesOfKind: <K extends KindId>(kind: K) => (byKind.get(kind) ?? []) as NodeOf<K>[],
    nodeIndex: (id) => nodeIndexes.get(id) ?? -1,
    edgeIndex: (id) => edgeIndexes.get(id) ?? -1,
    outgoingOf: (nodeId, meaning) => graph.outgoing(nodeId).filter(hasMeaning(meaning)),
    incomingOf: (nodeId, meaning) => graph.incoming(nodeId).filter(hasMeaning(meaning)),
    edgesOf: (meaning) => byMeaning.get(meaning) ?? [],
    atNode: (node, field, draft) => ({
      ...draft,
      nodeId: node.id,
      ...(field === undefined ? {} : { field }),
      path: existingPath(pipeline, ['nodes', nodeIndexes.get(node.id) ?? -1, ...configPath(field)]),
    }),
    atEdge: (edge, field, draft) => ({
      ...draft,
      edgeId: edge.id,
      ...(field === undefined ? {} : { field }),
      path: existingPath(pipeline, ['edges', edgeIndexes.get(edge.id) ?? -1, ...configPath(field)]),
    }),
  };
}
