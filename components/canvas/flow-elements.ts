import type { Edge, Node } from '@xyflow/react';
import type { Pipeline, PipelineEdge, PipelineNode } from '@/lib/model';
import { buildGraph } from '@/lib/model';

export type PipelineNodeData = { node: PipelineNode };
export type PipelineFlowNode = Node<PipelineNodeData, 'pipeline'>;
export type PipelineEdgeData = { edge: PipelineEdge; verb: string; valid: boolean };
export type PipelineFlowEdge = Edge<PipelineEdgeData, 'pipeline'>;

/**
 * Map the document to React Flow elements. Each result is cached on the document object it
 * came from, so an edit that changes one node hands React Flow one new object, not 500.
 */
const nodeCache = new WeakMap<PipelineNode, { selected: boolean; flow: PipelineFlowNode }>();
const edgeCache = new WeakMap<PipelineEdge, { selected: boolean; verb: string; flow: PipelineFlowEdge }>();

export function toFlowNodes(p: Pipeline, selected: ReadonlySet<string>): PipelineFlowNode[] {
  return p.nodes.map((node, i) => {
    const isSelected = selected.has(node.id);
    const cached = nodeCache.get(node);
    if (cached && cached.selected === isSelected) return cached.flow;
    const flow: PipelineFlowNode = {
      id: node.id,
      type: 'pipeline',
      position: node.position ?? { x: (i % 6) * 260, y: Math.floor(i / 6) * 140 },
      data: { node },
      selected: isSelected,
      ariaLabel: `${node.name}`,
    };
    nodeCache.set(node, { selected: isSelected, flow });
    return flow;
  });
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
