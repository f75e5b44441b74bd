import { buildGraph, type KindId, type Pipeline, type PipelineEdge, type PipelineGraph, type PipelineNode } from '../model';
import type { DraftFinding } from './types';

type NodeOf<K extends KindId> = Extract<PipelineNode, { kind: K }>;

/** What a rule gets: the indexed graph plus helpers that build findings with correct paths. */
export interface ValidationContext extends PipelineGraph {
  nodeIndex(id: string): number;
  edgeIndex(id: string): number;
  /** A finding about a node; `field` is a dotted config key. */
  atNode(node: PipelineNode, field: string | undefined, draft: Omit<DraftFinding, 'path' | 'nodeId' | 'field'>): DraftFinding;
  /** A finding about an edge; `field` is a key of the edge's config. */
  atEdge(edge: PipelineEdge, field: string | undefined, draft: Omit<DraftFinding, 'path' | 'edgeId' | 'field'>): DraftFinding;
  /** Rule ids the runner knows, for checks of suppressions. */
  knownRuleIds: ReadonlySet<string>;
  /** Node and edge ids taken, for fixes that add things. */
  idsInUse: ReadonlySet<string>;
  /** The day the check is for (YYYY-MM-DD): rules about dates (runtime deprecation) compare against it, never the clock. */
  today: string;
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

export function createContext(pipeline: Pipeline, knownRuleIds: ReadonlySet<string>, today: string): ValidationContext {
  const graph = buildGraph(pipeline);
  const nodeIndexes = new Map(pipeline.nodes.map((n, i) => [n.id, i]));
  const edgeIndexes = new Map(pipeline.edges.map((e, i) => [e.id, i]));
  const byKind = new Map<KindId, PipelineNode[]>();
  for (const n of pipeline.nodes) (byKind.get(n.kind) ?? byKind.set(n.kind, []).get(n.kind)!).push(n);
  return {
    ...graph,
    knownRuleIds,
    today,
    idsInUse: new Set([...nodeIndexes.keys(), ...edgeIndexes.keys()]),
    nodesOfKind: <K extends KindId>(kind: K) => (byKind.get(kind) ?? []) as NodeOf<K>[],
    nodeIndex: (id) => nodeIndexes.get(id) ?? -1,
    edgeIndex: (id) => edgeIndexes.get(id) ?? -1,
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
