import {
  CATALOG,
  checkConnection,
  defaultConfig,
  type EdgeConfig,
  type EdgeRole,
  type KindId,
  type Pipeline,
  type Problem,
} from '../model';
import { applyOperations, applyOrThrow, idsInUse } from './apply';
import { idStem, uniqueId } from './ids';
import type { JsonObject, JsonValue, Operation, Position } from './operation';

/**
 * Operations for what the user does, built from the document they act on, and the same edits
 * as document -> document functions (tests, the CLI) that apply them through applyOperations.
 */

export type EditResult = { ok: true; pipeline: Pipeline } | { ok: false; problems: Problem[] };

export type { Position };

export function roundPosition(position: Position): Position {
  return { x: Math.round(position.x), y: Math.round(position.y) };
}

export function addNodeOperation(p: Pipeline, kind: KindId, position: Position, name?: string): { operation: Operation; nodeId: string } {
  const id = uniqueId(idStem(kind), idsInUse(p));
  const label = name ?? `${CATALOG[kind].label} ${id.split('-').pop()}`;
  const node = { id, kind, name: label, position: roundPosition(position), config: defaultConfig(kind) as JsonObject };
  return { operation: { type: 'add-node', node }, nodeId: id };
}

export function addNode(p: Pipeline, kind: KindId, position: Position, name?: string): { pipeline: Pipeline; nodeId: string } {
  const { operation, nodeId } = addNodeOperation(p, kind, position, name);
  return { pipeline: applyOrThrow(p, [operation]), nodeId };
}

export function removeOperation(nodeIds: readonly string[], edgeIds: readonly string[] = []): Operation {
  return { type: 'remove', nodeIds, edgeIds };
}

/** Remove nodes (with every edge touching them) and edges; suppressions that named them go too. */
export function removeElements(p: Pipeline, nodeIds: readonly string[], edgeIds: readonly string[] = []): Pipeline {
  return applyOrThrow(p, [removeOperation(nodeIds, edgeIds)]);
}

export type ConnectOperation = { ok: true; operation: Operation; edgeId: string } | { ok: false; reason: string };
export type ConnectResult = { ok: true; pipeline: Pipeline; edgeId: string } | { ok: false; reason: string };

/** The connection of two nodes if their pair of kinds means something; otherwise why not. */
export function connectOperation(p: Pipeline, sourceId: string, targetId: string, role: EdgeRole = 'data'): ConnectOperation {
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
  // `a-to-b` when free, else `a-to-b-1`, `a-to-b-2`...
  const taken = idsInUse(p);
  const stem = `${sourceId}-to-${targetId}`.slice(0, 56);
  const readable = uniqueId(stem, taken).replace(/-1$/, '');
  const id = taken.has(readable) ? uniqueId(stem, taken) : readable;
  const config: JsonObject = role === 'data' ? {} : { role };
  return { ok: true, operation: { type: 'add-edge', edge: { id, source: sourceId, target: targetId, config } }, edgeId: id };
}

export function connect(p: Pipeline, sourceId: string, targetId: string, role: EdgeRole = 'data'): ConnectResult {
  const op = connectOperation(p, sourceId, targetId, role);
  if (!op.ok) return op;
  return { ok: true, pipeline: applyOrThrow(p, [op.operation]), edgeId: op.edgeId };
}

/** `undefined` clears an optional field (an unset-config operation). */
export function configOperation(owner: 'node' | 'edge', id: string, field: string, value: unknown): Operation {
  return value === undefined ? { type: 'unset-config', owner, id, field } : { type: 'set-config', owner, id, field, value: value as JsonValue };
}

function result(p: Pipeline, operations: readonly Operation[]): EditResult {
  const r = applyOperations(p, operations);
  return r.ok ? { ok: true, pipeline: r.pipeline } : { ok: false, problems: r.problems };
}

/**
 * Set one config field (a dotted path such as `traffic.recordsPerSecond`); `undefined` clears
 * an optional field. The kind's schema decides: a bad value is refused with its problem.
 */
export function updateNodeConfig(p: Pipeline, nodeId: string, field: string, value: unknown): EditResult {
  return result(p, [configOperation('node', nodeId, field, value)]);
}

export function updateEdgeConfig(p: Pipeline, edgeId: string, field: keyof EdgeConfig, value: unknown): EditResult {
  return result(p, [configOperation('edge', edgeId, field, value)]);
}

export function renameNode(p: Pipeline, nodeId: string, name: string): EditResult {
  return result(p, [{ type: 'rename-node', nodeId, name }]);
}

export function moveNodes(p: Pipeline, positions: Readonly<Record<string, Position>>): Pipeline {
  return applyOrThrow(p, [{ type: 'move', positions }]);
}

export function setPipelineInfo(p: Pipeline, info: { name?: string; description?: string }): EditResult {
  return result(p, [{ type: 'set-info', ...info }]);
}

export { type EdgeRole };
