import type { Edge, Node } from '@xyflow/react';
import type { Pipeline, PipelineEdge, PipelineNode } from '@/lib/model';
import { buildGraph } from '@/lib/model';

export type PipelineNodeData = { node: PipelineNode };
/** A node's size as React Flow measured it in the DOM. */
export type NodeSize = { width: number; height: number };
export type PipelineFlowNode = Node<PipelineNodeData, 'pipeline'>;
export type PipelineEdgeData = { edge: PipelineEdge; verb: string; valid: boolean };
export type PipelineFlowEdge = Edge<PipelineEdgeData, 'pipeline'>;

/**
 * Map the document to React Flow elements. Each result is cached on the document object it
 * came from, so an edit that changes one node hands React Flow one new object, not 500.
 */
const nodeCache = new WeakMap<PipelineNode, { selected: boolean; size: NodeSize | undefined; flow: PipelineFlowNode }>();
const edgeCache = new WeakMap<PipelineEdge, { selected: boolean; verb: string; flow: PipelineFlowEdge }>();

/**
 * `sizes` hands back what React Flow measured (its "dimensions" changes). A controlled flow must
 * do so: a node object without `measured` counts as new and unmeasured, so React Flow observes
 * and measures it again on every drag step, and the minimap draws it with no size at all.
 */
export function toFlowNodes(p: Pipeline, selected: ReadonlySet<string>, sizes?: ReadonlyMap<string, NodeSize>): PipelineFlowNode[] {
  return p.nodes.map((node, i) => {
    const isSelected = selected.has(node.id);
    const size = sizes?.get(node.id);
    const cached = nodeCache.get(node);
    if (cached && cached.selected === isSelected && cached.size === size) return cached.flow;
    const flow: PipelineFlowNode = {
      id: node.id,
      type: 'pipeline',
      position: node.position ?? { x: (i % 6) * 260, y: Math.floor(i / 6) * 140 },
      data: { node },
      selected: isSelected,
      ariaLabel: `${node.name}`,
      ...(size ? { measured: size } : {}),
    };
    nodeCache.set(node, { selected: isSelected, size, flow });
    return flow;
  });
}

/** `sizes` with the measured dimensions from React Flow's changes applied; the same map when none differ. */
export function withMeasuredSizes(sizes: ReadonlyMap<string, NodeSize>, measured: readonly { id: string; size: NodeSize }[]): ReadonlyMap<string, NodeSize> {
  let next: Map<string, NodeSize> | undefined;
  for (const { id, size } of measured) {
    const known = sizes.get(id);
    if (known && known.width === size.width && known.height === size.height) continue;
    next ??= new Map(sizes);
    next.set(id, { width: size.width, height: size.height });
  }
  return next ?? sizes;
}

export function toFlowEdges(p: Pipeline, selected: ReadonlySet<string>): PipelineFlowEdge[] {
  const graph = buildGraph(p);
  const names = new Map(p.nodes.map((n) => [n.id, n.name]));
  return p.edges.map((edge) => {
    const isSelected = selected.has(edge.id);
    const connection = graph.connection(edge);
    const verb = connection?.verb ?? 'invalid connection';
    const cached = edgeCache.get(edge);
    if (cached && cached.selected === isSelected && cached.verb === verb) return cached.flow;
    const flow: PipelineFlowEdge = {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: 'pipeline',
      selected: isSelected,
      data: { edge, verb, valid: connection !== undefined },
      ariaLabel: `Connection from ${names.get(edge.source) ?? edge.source} to ${names.get(edge.target) ?? edge.target}`,
    };
    edgeCache.set(edge, { selected: isSelected, verb, flow });
    return flow;
  });
}

/**
 * `next` unless it holds exactly the same objects as `previous`, then `previous`. While a node
 * is dragged the edges do not change; handing React Flow the same array spares it rebuilding
 * its edge and connection lookups (and re-running every edge's selectors) on each mouse move.
 */
export function reuseIfSame<T>(previous: readonly T[] | undefined, next: T[]): T[] {
  if (!previous || previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (previous[i] !== next[i]) return next;
  return previous as T[];
}
