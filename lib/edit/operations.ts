import {
  CATALOG,
  checkConnection,
  defaultConfig,
  type EdgeConfig,
  edgeConfigSchema,
  type EdgeRole,
  type KindId,
  MAX_NAME_LENGTH,
  type Pipeline,
  type PipelineEdge,
  type PipelineNode,
  type Problem,
  problemsFromZod,
} from '../model';
import { idStem, uniqueId } from './ids';

/**
 * Edits as pure document -> document functions. The designer's store calls these and keeps
 * the results on its undo stack; nothing here mutates its input.
 */

export type EditResult = { ok: true; pipeline: Pipeline } | { ok: false; problems: Problem[] };

export interface Position {
  x: number;
  y: number;
}

const nodeIdSet = (p: Pipeline) => new Set(p.nodes.map((n) => n.id));
const edgeIdSet = (p: Pipeline) => new Set(p.edges.map((e) => e.id));

export function addNode(p: Pipeline, kind: KindId, position: Position, name?: string): { pipeline: Pipeline; nodeId: string } {
  const id = uniqueId(idStem(kind), nodeIdSet(p));
  const label = name ?? `${CATALOG[kind].label} ${id.split('-').pop()}`;
  const node = { id, kind, name: label, position: roundPosition(position), config: defaultConfig(kind) } as PipelineNode;
  return { pipeline: { ...p, nodes: [...p.nodes, node] }, nodeId: id };
}

export function roundPosition(position: Position): Position {
  return { x: Math.round(position.x), y: Math.round(position.y) };
}

/** Remove nodes (with every edge touching them) and edges; suppressions that named them go too. */
export function removeElements(p: Pipeline, nodeIds: readonly string[], edgeIds: readonly string[] = []): Pipeline {
  if (nodeIds.length === 0 && edgeIds.length === 0) return p;
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  const keptEdges = p.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target));
  const keptEdgeIds = new Set(keptEdges.map((e) => e.id));
  return {
    ...p,
    nodes: p.nodes.filter((n) => !nodes.has(n.id)),
    edges: keptEdges,
    suppressions: p.suppressions.filter(
      (s) => (s.nodeId === undefined || !nodes.has(s.nodeId)) && (s.edgeId === undefined || keptEdgeIds.has(s.edgeId)),
    ),
  };
}

export type ConnectResult = { ok: true; pipeline: Pipeline; edgeId: string } | { ok: false; reason: string };

/** Connect two nodes if their pair of kinds means something; otherwise say why not. */
export function connect(p: Pipeline, sourceId: string, targetId: string, role: EdgeRole = 'data'): ConnectResult {
  const source = p.nodes.find((n) => n.id === sourceId);
  const target = p.nodes.find((n) => n.id === targetId);
  if (!source || !target) return { ok: false, reason: 'both ends of a connection must be nodes on the canvas' };
  if (sourceId === targetId) return { ok: false, reason: 'a node cannot connect to itself' };
  if (p.edges.some((e) => e.source === sourceId && e.target === targetId)) {
    return { ok: false, reason: `${source.name} is already connected to ${target.name}` };
  }
  const check = checkConnection(source.kind, target.kind, role);
  if (!check.ok) {
    // Drawn backwards (a crawler to its bucket): say which way works.
    const reverse = !p.edges.some((e) => e.source === targetId && e.target === sourceId) && checkConnection(target.kind, source.kind, role).ok;
    return { ok: false, reason: reverse ? `${check.reason}. The other way round works: draw ${target.name} → ${source.name}` : check.reason };
  }
  const edgeId = uniqueId(`${sourceId}-to-${targetId}`.slice(0, 56), edgeIdSet(p)).replace(/-1$/, '');
  const id = edgeIdSet(p).has(edgeId) ? uniqueId(`${sourceId}-to-${targetId}`.slice(0, 56), edgeIdSet(p)) : edgeId;
  const edge: PipelineEdge = { id, source: sourceId, target: targetId, config: edgeConfigSchema.parse(role === 'data' ? {} : { role }) };
  return { ok: true, pipeline: { ...p, edges: [...p.edges, edge] }, edgeId: id };
}

function setIn(obj: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = path;
  if (rest.length === 0) {
    const next = { ...obj };
    if (value === undefined) delete next[head];
    else next[head] = value;
    return next;
  }
  const child = (obj[head] ?? {}) as Record<string, unknown>;
  return { ...obj, [head]: setIn(child, rest, value) };
}

/**
 * Set one config field (a dotted path such as `traffic.recordsPerSecond`); `undefined` clears
 * an optional field. The kind's schema decides: a bad value is refused with its problem.
 */
export function updateNodeConfig(p: Pipeline, nodeId: string, field: string, value: unknown): EditResult {
  const index = p.nodes.findIndex((n) => n.id === nodeId);
  if (index < 0) return { ok: false, problems: [{ path: '', pathSegments: [], message: `no node "${nodeId}"` }] };
  const node = p.nodes[index];
  const candidate = setIn(node.config as Record<string, unknown>, field.split('.'), value);
  const parsed = CATALOG[node.kind].configSchema.safeParse(candidate, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) };
  const nodes = p.nodes.slice();
  nodes[index] = { ...node, config: parsed.data } as PipelineNode;
  return { ok: true, pipeline: { ...p, nodes } };
}

export function updateEdgeConfig(p: Pipeline, edgeId: string, field: keyof EdgeConfig, value: unknown): EditResult {
  const index = p.edges.findIndex((e) => e.id === edgeId);
  if (index < 0) return { ok: false, problems: [{ path: '', pathSegments: [], message: `no edge "${edgeId}"` }] };
  const edge = p.edges[index];
  const candidate = setIn(edge.config as Record<string, unknown>, [field], value);
  const parsed = edgeConfigSchema.safeParse(candidate, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) };
  if (field === 'role') {
    const s = p.nodes.find((n) => n.id === edge.source);
    const t = p.nodes.find((n) => n.id === edge.target);
    const check = s && t ? checkConnection(s.kind, t.kind, parsed.data.role) : { ok: false as const, reason: 'missing node' };
    if (!check.ok) return { ok: false, problems: [{ path: 'role', pathSegments: ['role'], message: check.reason }] };
  }
  const edges = p.edges.slice();
  edges[index] = { ...edge, config: parsed.data };
  return { ok: true, pipeline: { ...p, edges } };
}

export function renameNode(p: Pipeline, nodeId: string, name: string): EditResult {
  const trimmed = name.trim();
  if (!trimmed) return { ok: false, problems: [{ path: 'name', pathSegments: ['name'], message: 'a name cannot be empty' }] };
  if (trimmed.length > 200) return { ok: false, problems: [{ path: 'name', pathSegments: ['name'], message: 'a name is at most 200 characters' }] };
  return { ok: true, pipeline: { ...p, nodes: p.nodes.map((n) => (n.id === nodeId ? { ...n, name: trimmed } : n)) } };
}

export function moveNodes(p: Pipeline, positions: Readonly<Record<string, Position>>): Pipeline {
  let changed = false;
  const nodes = p.nodes.map((n) => {
    const to = positions[n.id];
    if (!to) return n;
    const rounded = roundPosition(to);
    if (n.position && n.position.x === rounded.x && n.position.y === rounded.y) return n;
    changed = true;
    return { ...n, position: rounded };
  });
  return changed ? { ...p, nodes } : p;
}

export function setPipelineInfo(p: Pipeline, info: { name?: string; description?: string }): EditResult {
  if (info.name !== undefined && !info.name.trim()) {
    return { ok: false, problems: [{ path: 'name', pathSegments: ['name'], message: 'a pipeline needs a name' }] };
  }
  const next = { ...p };
  if (info.name !== undefined) next.name = info.name.trim().slice(0, MAX_NAME_LENGTH);
  if (info.description !== undefined) {
    if (info.description.trim()) next.description = info.description;
    else delete next.description;
  }
  return { ok: true, pipeline: next };
}

export { type EdgeRole };
