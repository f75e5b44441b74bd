import {
  CATALOG,
  checkConnection,
  edgeSchema,
  ID_PATTERN,
  MAX_NAME_LENGTH,
  nodeSchema,
  parsePipeline,
  type Pipeline,
  type PipelineEdge,
  type PipelineNode,
  type Problem,
  problemsFromZod,
  problemToString,
  suppressionMatches,
  suppressionSchema,
  regionSchema,
} from '../model';
import { freePosition } from './free-space';
import { availableId } from './ids';
import type { Applied, ApplyResult, JsonValue, Operation, Position } from './operation';
import { pasteInto } from './paste';
import { sameValue, shareUnchanged } from './share';

/**
 * The one write path for pipelines: apply operations to a document and get the next one.
 *
 * Pure and structurally shared: only the nodes, edges and lists an operation touches are new
 * objects, everything else is the previous document's (the canvas caches elements per object,
 * undo history shares them). Each operation is checked where it acts (a config against its
 * kind's schema, references against the ids present), so every result parses; a list that
 * fails anywhere is refused whole and the input is returned unchanged to the caller.
 */
export function applyOperations(pipeline: Pipeline, operations: readonly Operation[]): ApplyResult {
  const run: Run = { renamedNodes: new Map(), renamedEdges: new Map(), added: { nodeIds: [], edgeIds: [] } };
  let doc = pipeline;
  for (const op of operations) {
    const next = step(doc, op, run);
    if ('problems' in next) return { ok: false, problems: next.problems, reason: next.problems.map(problemToString).join('; ') };
    doc = next;
  }
  return { ok: true, pipeline: doc, added: run.added } satisfies Applied;
}

/** Like applyOperations, for callers that built the operations from this very document. */
export function applyOrThrow(pipeline: Pipeline, operations: readonly Operation[]): Pipeline {
  const result = applyOperations(pipeline, operations);
  if (!result.ok) throw new Error(result.reason);
  return result.pipeline;
}

interface Run {
  /**
   * Ids asked for -> ids given, for later operations of the same list. Kept per kind: an edge
   * asked for as "worker" beside a node "worker" is renamed, and "worker" still names the node.
   */
  renamedNodes: Map<string, string>;
  renamedEdges: Map<string, string>;
  added: Applied['added'];
}

type Failure = { problems: Problem[] };
const fail = (message: string, path: (string | number)[] = []): Failure => ({
  problems: [{ path: path.join('.'), pathSegments: path, message }],
});

/** Node and edge ids share one namespace (decorations and figures are keyed by bare id). */
export function idsInUse(p: Pipeline): Set<string> {
  const ids = new Set<string>();
  for (const n of p.nodes) ids.add(n.id);
  for (const e of p.edges) ids.add(e.id);
  return ids;
}

function step(p: Pipeline, op: Operation, run: Run): Pipeline | Failure {
  const ref = (id: string) => run.renamedNodes.get(id) ?? id;
  const edgeRef = (id: string) => run.renamedEdges.get(id) ?? id;
  switch (op.type) {
    case 'add-node': {
      const id = availableId(ID_PATTERN.test(op.node.id) ? op.node.id : 'node', idsInUse(p));
      if (id !== op.node.id) run.renamedNodes.set(op.node.id, id);
      const near = op.near === undefined ? undefined : p.nodes.find((n) => n.id === ref(op.near!));
      const position = op.node.position ?? (near ? besideNode(p, near) : undefined);
      const parsed = nodeSchema.safeParse({ ...op.node, id, ...(position ? { position } : {}) }, { reportInput: true });
      if (!parsed.success) return { problems: problemsFromZod(parsed.error) };
      run.added.nodeIds.push(id);
      return { ...p, nodes: [...p.nodes, parsed.data] };
    }
    case 'add-edge': {
      const id = availableId(op.edge.id, idsInUse(p));
      const edge = { ...op.edge, id, source: ref(op.edge.source), target: ref(op.edge.target) };
      if (id !== op.edge.id) run.renamedEdges.set(op.edge.id, id);
      for (const end of ['source', 'target'] as const) {
        if (!p.nodes.some((n) => n.id === edge[end])) return fail(`no node has the id "${edge[end]}"`, [end]);
      }
      const parsed = edgeSchema.safeParse(edge, { reportInput: true });
      if (!parsed.success) return { problems: problemsFromZod(parsed.error) };
      run.added.edgeIds.push(id);
      return { ...p, edges: [...p.edges, parsed.data] };
    }
    case 'set-config':
    case 'unset-config':
      return setConfig(p, op.owner, op.owner === 'node' ? ref(op.id) : edgeRef(op.id), op.field, op.type === 'set-config' ? op.value : undefined);
    case 'rename-node': {
      const index = p.nodes.findIndex((n) => n.id === ref(op.nodeId));
      if (index < 0) return fail(`the node "${op.nodeId}" no longer exists`);
      const name = op.name.trim();
      if (!name) return fail('a name cannot be empty', ['name']);
      if (name.length > MAX_NAME_LENGTH) return fail(`a name is at most ${MAX_NAME_LENGTH} characters`, ['name']);
      if (name === p.nodes[index].name) return p;
      return { ...p, nodes: replaceAt(p.nodes, index, { ...p.nodes[index], name }) };
    }
    case 'move':
      return move(p, op.positions);
    case 'remove':
      return remove(p, new Set(op.nodeIds.map(ref)), new Set(op.edgeIds.map(edgeRef)));
    case 'remove-edge': {
      const id = edgeRef(op.edgeId);
      if (!p.edges.some((e) => e.id === id)) return fail(`the edge "${op.edgeId}" no longer exists`);
      return remove(p, new Set(), new Set([id]));
    }
    case 'paste': {
      const fragment = parsePipeline(op.fragment);
      if (!fragment.ok) return { problems: fragment.problems };
      const pasted = pasteInto(p, fragment.pipeline, op.offset);
      run.added.nodeIds.push(...pasted.nodeIds);
      run.added.edgeIds.push(...pasted.edgeIds);
      return pasted.pipeline;
    }
    case 'set-info':
      return setInfo(p, op.name, op.description, op.region);
    case 'suppress': {
      const parsed = suppressionSchema.safeParse(op.suppression, { reportInput: true });
      if (!parsed.success) return { problems: problemsFromZod(parsed.error) };
      const s = { ...parsed.data, ...(parsed.data.nodeId !== undefined ? { nodeId: ref(parsed.data.nodeId) } : {}), ...(parsed.data.edgeId !== undefined ? { edgeId: edgeRef(parsed.data.edgeId) } : {}) };
      if (s.nodeId !== undefined && !p.nodes.some((n) => n.id === s.nodeId)) return fail(`no node has the id "${s.nodeId}"`, ['nodeId']);
      if (s.edgeId !== undefined && !p.edges.some((e) => e.id === s.edgeId)) return fail(`no edge has the id "${s.edgeId}"`, ['edgeId']);
      return { ...p, suppressions: [...p.suppressions, s] };
    }
    case 'unsuppress': {
      const kept = p.suppressions.filter((s) => !suppressionMatches(s, op.finding));
      return kept.length === p.suppressions.length ? p : { ...p, suppressions: kept };
    }
    case 'replace': {
      const parsed = parsePipeline(op.document);
      if (!parsed.ok) return { problems: parsed.problems };
      return shareUnchanged(p, parsed.pipeline);
    }
  }
}

/** Where a node added next to `near` goes: below it, at the free spot nearest there. */
function besideNode(p: Pipeline, near: PipelineNode): Position {
  const at = near.position ?? { x: 0, y: 0 };
  return freePosition(p, { x: at.x, y: at.y + 140 });
}

function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  const next = list.slice();
  next[index] = item;
  return next;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function setIn(obj: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = path;
  if (rest.length === 0) {
    const next = { ...obj };
    if (value === undefined) delete next[head];
    else next[head] = value;
    return next;
  }
  const child = obj[head];
  return { ...obj, [head]: setIn(isPlainObject(child) ? child : {}, rest, value) };
}

function setConfig(p: Pipeline, owner: 'node' | 'edge', id: string, field: string, value: JsonValue | undefined): Pipeline | Failure {
  if (owner === 'node') {
    const index = p.nodes.findIndex((n) => n.id === id);
    if (index < 0) return fail(`the node "${id}" no longer exists`);
    const node = p.nodes[index];
    const parsed = CATALOG[node.kind].configSchema.safeParse(setIn(node.config as Record<string, unknown>, field.split('.'), value), { reportInput: true });
    if (!parsed.success) return { problems: problemsFromZod(parsed.error) };
    return { ...p, nodes: replaceAt(p.nodes, index, { ...node, config: parsed.data } as PipelineNode) };
  }
  const index = p.edges.findIndex((e) => e.id === id);
  if (index < 0) return fail(`the edge "${id}" no longer exists`);
  const edge = p.edges[index];
  const parsed = edgeSchema.shape.config.safeParse(setIn(edge.config as Record<string, unknown>, field.split('.'), value), { reportInput: true });
  if (!parsed.success) return { problems: problemsFromZod(parsed.error) };
  if (field === 'role' && parsed.data.role !== edge.config.role) {
    const s = p.nodes.find((n) => n.id === edge.source);
    const t = p.nodes.find((n) => n.id === edge.target);
    const check = s && t ? checkConnection(s.kind, t.kind, parsed.data.role) : { ok: false as const, reason: 'missing node' };
    if (!check.ok) return fail(check.reason, ['role']);
  }
  return { ...p, edges: replaceAt(p.edges, index, { ...edge, config: parsed.data } as PipelineEdge) };
}

function move(p: Pipeline, positions: Readonly<Record<string, Position>>): Pipeline {
  let changed = false;
  const nodes = p.nodes.map((n) => {
    const to = positions[n.id];
    if (!to) return n;
    const rounded = { x: Math.round(to.x), y: Math.round(to.y) };
    if (n.position && n.position.x === rounded.x && n.position.y === rounded.y) return n;
    changed = true;
    return { ...n, position: rounded };
  });
  return changed ? { ...p, nodes } : p;
}

function remove(p: Pipeline, nodes: ReadonlySet<string>, edges: ReadonlySet<string>): Pipeline {
  if (nodes.size === 0 && edges.size === 0) return p;
  const keptEdges = p.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target));
  const keptNodes = p.nodes.filter((n) => !nodes.has(n.id));
  if (keptEdges.length === p.edges.length && keptNodes.length === p.nodes.length) return p;
  const keptEdgeIds = new Set(keptEdges.map((e) => e.id));
  const suppressions = p.suppressions.filter(
    (s) => (s.nodeId === undefined || !nodes.has(s.nodeId)) && (s.edgeId === undefined || keptEdgeIds.has(s.edgeId)),
  );
  return {
    ...p,
    nodes: keptNodes.length === p.nodes.length ? p.nodes : keptNodes,
    edges: keptEdges.length === p.edges.length ? p.edges : keptEdges,
    suppressions: suppressions.length === p.suppressions.length ? p.suppressions : suppressions,
  };
}

function setInfo(p: Pipeline, name: string | undefined, description: string | undefined, region: string | undefined): Pipeline | Failure {
  if (name !== undefined && !name.trim()) return fail('a pipeline needs a name', ['name']);
  const next = { ...p };
  if (region !== undefined) {
    const parsed = regionSchema.safeParse(region);
    if (!parsed.success) return fail(parsed.error.issues[0].message, ['region']);
    next.region = parsed.data;
  }
  if (name !== undefined) next.name = name.trim().slice(0, MAX_NAME_LENGTH);
  if (description !== undefined) {
    if (description.trim()) next.description = description;
    else delete next.description;
  }
  return sameValue(next, p) ? p : next;
}
