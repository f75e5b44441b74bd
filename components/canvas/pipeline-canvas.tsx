'use client';
import {
  Background,
  BackgroundVariant,
  type Connection,
  ConnectionLineType,
  Controls,
  type EdgeChange,
  type FinalConnectionState,
  MarkerType,
  MiniMap,
  type NodeChange,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import { type DragEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { connectOperation } from '@/lib/edit';
import { CATALOG, checkConnection, isKindId } from '@/lib/model';
import { useEditor, useEditorStore } from '../editor/store/editor-context';
import { ConnectingContext } from './connecting-context';
import './canvas-detail.css';
import { CanvasDetailProvider } from './canvas-detail';
import { type NodeSize, type PipelineFlowEdge, type PipelineFlowNode, reuseIfSame, toFlowEdges, toFlowNodes, withMeasuredSizes } from './flow-elements';
import { EdgeStyleButton, EdgeStyleContext, useEdgeStyleSetting } from './edge-style';
import { PipelineEdge } from './pipeline-edge';
import { PipelineNode } from './pipeline-node';
import { useReadableFit } from './use-readable-fit';
import { CANVAS_ID, useAddNode } from './use-add-node';
import { isLargeGraph, useBackgroundGap, useZoomedOut } from './zoom-detail';
import { KeptResources } from './kept-resources';

const nodeTypes = { pipeline: PipelineNode };
const edgeTypes = { pipeline: PipelineEdge };
/** Minimap nodes in their service's colour, so the overview reads like the canvas. */
const miniMapNodeColor = (node: PipelineFlowNode) => CATALOG[node.data.node.kind].icon.color;
// Sized in canvas units, not stroke widths: an edge drawn thick by its throughput keeps a normal arrowhead.
const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, markerUnits: 'userSpaceOnUse' } };
// Module constants, not inline literals: React Flow copies every changed prop into its store on
// each render, and a fresh array there notifies all of its (thousands of) subscribers again.
const SNAP_GRID: [number, number] = [20, 20];
const MULTI_SELECTION_KEYS = ['Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };
export const KIND_DRAG_TYPE = 'application/x-sluice-kind';

/** The id of the canvas node under the pointer where a drag ended, if any. */
function nodeIdAt(event: MouseEvent | TouchEvent): string | undefined {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return undefined;
  const element = document.elementFromPoint(point.clientX, point.clientY);
  return element?.closest<HTMLElement>('.react-flow__node')?.dataset.id;
}

export function PipelineCanvas() {
  const store = useEditorStore();
  const pipeline = useEditor((s) => s.pipeline);
  const selection = useEditor((s) => s.selection);
  const epoch = useEditor((s) => s.documentEpoch);
  const flow = useReactFlow();
  const addNodeAt = useAddNode();
  const [compatible, setCompatible] = useState<ReadonlySet<string> | null>(null);
  const [edgeStyle, toggleEdgeStyle] = useEdgeStyleSetting();

  const selectedNodes = useMemo(() => new Set(selection.nodeIds), [selection.nodeIds]);
  const selectedEdges = useMemo(() => new Set(selection.edgeIds), [selection.edgeIds]);
  const [sizes, setSizes] = useState<ReadonlyMap<string, NodeSize>>(() => new Map());
  const nodes = useMemo(() => toFlowNodes(pipeline, selectedNodes, sizes), [pipeline, selectedNodes, sizes]);
  const largeGraph = isLargeGraph(pipeline.nodes.length, pipeline.edges.length);
  const zoomedOut = useZoomedOut();
  const backgroundGap = useBackgroundGap(20);
  const previousEdges = useRef<PipelineFlowEdge[]>(undefined);
  const edges = useMemo(() => reuseIfSame(previousEdges.current, toFlowEdges(pipeline, selectedEdges)), [pipeline, selectedEdges]);
  previousEdges.current = edges;

  const flowRef = useRef(flow);
  flowRef.current = flow;
  const fit = useReadableFit();
  const readableFit = useRef(fit);
  readableFit.current = fit;
  useEffect(() => {
    // A newly opened document is shown whole, or from its start at a readable zoom; an empty
    // one at 100 %. Only on a new document: the view must never jump while the user edits.
    // The fit waits until React Flow has measured every node: bounds taken before that leave
    // out node widths, so a three-column drawing was shown at 100 % with its last column cut.
    let t: ReturnType<typeof setTimeout>;
    let tries = 0;
    const fitWhenMeasured = () => {
      const nodes = flowRef.current.getNodes();
      if (nodes.length > 0 && tries++ < 50 && !nodes.every((n) => n.measured?.width && n.measured?.height)) {
        t = setTimeout(fitWhenMeasured, 20);
        return;
      }
      if (store.getState().pipeline.nodes.length > 0) readableFit.current();
      else void flowRef.current.setViewport({ x: 0, y: 0, zoom: 1 });
    };
    t = setTimeout(fitWhenMeasured, 30);
    return () => clearTimeout(t);
  }, [epoch, store]);

  const onNodesChange = useCallback(
    (changes: NodeChange<PipelineFlowNode>[]) => {
      const state = store.getState();
      const moved: Record<string, { x: number; y: number }> = {};
      let dragEnded = false;
      let selectionChanged = false;
      const selected = new Set(state.selection.nodeIds);
      const measured: { id: string; size: NodeSize }[] = [];
      for (const c of changes) {
        if (c.type === 'dimensions') {
          if (c.dimensions) measured.push({ id: c.id, size: c.dimensions });
        } else if (c.type === 'position') {
          if (c.position) moved[c.id] = c.position;
          if (c.dragging === false) dragEnded = true;
        } else if (c.type === 'select') {
          selectionChanged = true;
          if (c.selected) selected.add(c.id);
          else selected.delete(c.id);
        }
      }
      if (measured.length) setSizes((sizes) => withMeasuredSizes(sizes, measured));
      if (Object.keys(moved).length) state.dragTo(moved);
      if (dragEnded) state.endDrag();
      if (selectionChanged) state.select({ nodeIds: [...selected] });
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<PipelineFlowEdge>[]) => {
      const state = store.getState();
      const selected = new Set(state.selection.edgeIds);
      let changed = false;
      for (const c of changes) {
        if (c.type === 'select') {
          changed = true;
          if (c.selected) selected.add(c.id);
          else selected.delete(c.id);
        }
      }
      if (changed) state.select({ edgeIds: [...selected] });
    },
    [store],
  );

  const isValidConnection = useCallback(
    (c: Connection | PipelineFlowEdge) => {
      const p = store.getState().pipeline;
      const s = p.nodes.find((n) => n.id === c.source);
      const t = p.nodes.find((n) => n.id === c.target);
      if (!s || !t || s.id === t.id) return false;
      return checkConnection(s.kind, t.kind).ok;
    },
    [store],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      const state = store.getState();
      const connection = connectOperation(state.pipeline, c.source, c.target);
      if (!connection.ok) {
        state.notify(connection.reason);
        return;
      }
      state.apply('Connect', [connection.operation], { select: (added) => ({ edgeIds: added.edgeIds, nodeIds: [] }) });
    },
    [store],
  );

  const onConnectStart = useCallback(
    (_: unknown, params: { nodeId: string | null; handleType: 'source' | 'target' | null }) => {
      const p = store.getState().pipeline;
      const from = p.nodes.find((n) => n.id === params.nodeId);
      if (!from) return;
      const ok = new Set<string>();
      for (const n of p.nodes) {
        if (n.id === from.id) continue;
        const check = params.handleType === 'target' ? checkConnection(n.kind, from.kind) : checkConnection(from.kind, n.kind);
        if (check.ok) ok.add(n.id);
      }
      setCompatible(ok);
    },
    [store],
  );

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      setCompatible(null);
      if (state.isValid || !state.fromNode) return;
      // Released near a handle (toNode) or anywhere on a node's body: that node is the other end.
      const toId = state.toNode?.id ?? nodeIdAt(event);
      if (!toId || toId === state.fromNode.id) return;
      const p = store.getState().pipeline;
      const fromIsSource = state.fromHandle?.type !== 'target';
      const sourceId = fromIsSource ? state.fromNode.id : toId;
      const targetId = fromIsSource ? toId : state.fromNode.id;
      const result = connectOperation(p, sourceId, targetId);
      // Refused: say why instead of doing nothing.
      if (!result.ok) store.getState().notify(`Connection refused: ${result.reason}`);
      else onConnect({ source: sourceId, target: targetId, sourceHandle: null, targetHandle: null });
    },
    [store, onConnect],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes(KIND_DRAG_TYPE)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(KIND_DRAG_TYPE);
      if (!isKindId(kind)) return;
      event.preventDefault();
      addNodeAt(kind, { x: event.clientX, y: event.clientY });
    },
    [addNodeAt],
  );

  return (
    <CanvasDetailProvider largeGraph={largeGraph}>
      <EdgeStyleContext.Provider value={edgeStyle}>
      <ConnectingContext.Provider value={compatible}>
        <div id={CANVAS_ID} className={`canvas ${compatible ? 'connecting' : ''} ${largeGraph && zoomedOut ? 'far-out' : ''}`} onDragOver={onDragOver} onDrop={onDrop} aria-label="Pipeline canvas" role="application">
          <ReactFlow<PipelineFlowNode, PipelineFlowEdge>
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            defaultEdgeOptions={defaultEdgeOptions}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onConnect={onConnect}
            onConnectStart={onConnectStart}
            onConnectEnd={onConnectEnd}
            isValidConnection={isValidConnection}
            connectionLineType={edgeStyle === 'orthogonal' ? ConnectionLineType.SmoothStep : ConnectionLineType.Bezier}
            // Dragging a connection near the canvas edge would pan the canvas under the pointer,
            // so the next drag starts somewhere else: pan only while the pointer is outside it.
            autoPanOnConnect={false}
            deleteKeyCode={null}
            // Tab goes through the services, not first through every connection (600 on a big
            // graph); a connection is reached from its service's inspector (Connections).
            edgesFocusable={false}
            // Space is typed into the JSON editor and the inspector; React Flow would swallow it to pan.
            panActivationKeyCode={null}
            selectionKeyCode="Shift"
            multiSelectionKeyCode={MULTI_SELECTION_KEYS}
            snapToGrid
            snapGrid={SNAP_GRID}
            minZoom={0.05}
            maxZoom={2}
            onlyRenderVisibleElements={largeGraph}
            proOptions={PRO_OPTIONS}
          >
            <Background variant={BackgroundVariant.Dots} gap={backgroundGap} size={1} />
            <MiniMap pannable zoomable ariaLabel="Mini map" nodeColor={miniMapNodeColor} nodeBorderRadius={4} />
            <Controls showInteractive={false} aria-label="Zoom controls">
              <EdgeStyleButton style={edgeStyle} onToggle={toggleEdgeStyle} />
            </Controls>
            <KeptResources />
          </ReactFlow>
        </div>
      </ConnectingContext.Provider>
      </EdgeStyleContext.Provider>
    </CanvasDetailProvider>
  );
}
