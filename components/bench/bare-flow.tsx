'use client';
import { type Edge, type Node, ReactFlow, useEdgesState, useNodesState } from '@xyflow/react';
import { useMemo } from 'react';
import { largePipeline } from '@/lib/model/testing/large-pipeline';
import type { BenchSize } from './bench-size';

/**
 * The yardstick for the canvas benchmark: the same generated graph drawn by a bare React Flow
 * with its default nodes and edges, the documented controlled-state pattern, no Sluice features.
 */
export function BareFlow({ nodes: count, seed }: BenchSize) {
  const initial = useMemo(() => {
    const p = largePipeline({ nodes: count, seed });
    const nodes: Node[] = p.nodes.map((n) => ({ id: n.id, position: n.position ?? { x: 0, y: 0 }, data: { label: n.name } }));
    const edges: Edge[] = p.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));
    return { nodes, edges };
  }, [count, seed]);
  const [nodes, , onNodesChange] = useNodesState(initial.nodes);
  const [edges, , onEdgesChange] = useEdgesState(initial.edges);
  return (
    <div style={{ width: '100vw', height: '100vh' }} aria-label="Bare React Flow canvas" role="application">
      <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} fitView minZoom={0.05} maxZoom={2} />
    </div>
  );
}
