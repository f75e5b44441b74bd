import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addNodeOperation, connectOperation, duplicateOperation, extractFragment, type Operation, removeOperation } from '@/lib/edit';
import { KIND_IDS, parsePipeline, type Pipeline } from '@/lib/model';
import { arbitraryPipeline } from '@/lib/model/testing/arbitrary-pipeline';
import { validatePipeline } from '@/lib/validate';
import { createEditorStore } from './editor-store';

/**
 * One step a user can take; `pick` chooses among what the document holds at that moment, so
 * every generated sequence means something whatever came before it.
 */
type Step =
  | { type: 'add'; kind: number; x: number; y: number }
  | { type: 'connect'; a: number; b: number }
  | { type: 'rename'; pick: number; name: string }
  | { type: 'move'; pick: number; x: number; y: number }
  | { type: 'remove'; pick: number }
  | { type: 'remove-edge'; pick: number }
  | { type: 'fix'; pick: number }
  | { type: 'suppress'; pick: number }
  | { type: 'paste'; pick: number; count: number }
  | { type: 'duplicate'; pick: number }
  | { type: 'json'; pick: number; name: string }
  | { type: 'undo' }
  | { type: 'redo' };

const coord = fc.integer({ min: -2000, max: 2000 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ type: fc.constant('add' as const), kind: fc.nat(), x: coord, y: coord }),
  fc.record({ type: fc.constant('connect' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ type: fc.constant('rename' as const), pick: fc.nat(), name: fc.string({ minLength: 0, maxLength: 12 }) }),
  fc.record({ type: fc.constant('move' as const), pick: fc.nat(), x: coord, y: coord }),
  fc.record({ type: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ type: fc.constant('remove-edge' as const), pick: fc.nat() }),
  fc.record({ type: fc.constant('fix' as const), pick: fc.nat() }),
  fc.record({ type: fc.constant('suppress' as const), pick: fc.nat() }),
  fc.record({ type: fc.constant('paste' as const), pick: fc.nat(), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ type: fc.constant('duplicate' as const), pick: fc.nat() }),
  fc.record({ type: fc.constant('json' as const), pick: fc.nat(), name: fc.string({ minLength: 1, maxLength: 12 }) }),
  fc.constant({ type: 'undo' as const }),
  fc.constant({ type: 'redo' as const }),
);

const at = <T,>(list: readonly T[], pick: number): T | undefined => (list.length ? list[pick % list.length] : undefined);

/** The operations for a step on document `p` (undo/redo have none: the store steps through history). */
function operationsFor(p: Pipeline, s: Step): { operations: Operation[]; origin: 'user' | 'fix' } | undefined {
  switch (s.type) {
    case 'add':
      return { operations: [addNodeOperation(p, KIND_IDS[s.kind % KIND_IDS.length], { x: s.x, y: s.y }).operation], origin: 'user' };
    case 'connect': {
      const a = at(p.nodes, s.a);
      const b = at(p.nodes, s.b);
      const c = a && b ? connectOperation(p, a.id, b.id) : undefined;
      return c?.ok ? { operations: [c.operation], origin: 'user' } : undefined;
    }
    case 'rename': {
      const n = at(p.nodes, s.pick);
      return n ? { operations: [{ type: 'rename-node', nodeId: n.id, name: s.name }], origin: 'user' } : undefined;
    }
    case 'move': {
      const n = at(p.nodes, s.pick);
      return n ? { operations: [{ type: 'move', positions: { [n.id]: { x: s.x, y: s.y } } }], origin: 'user' } : undefined;
    }
    case 'remove': {
      const n = at(p.nodes, s.pick);
      return n ? { operations: [removeOperation([n.id])], origin: 'user' } : undefined;
    }
    case 'remove-edge': {
      const e = at(p.edges, s.pick);
      return e ? { operations: [removeOperation([], [e.id])], origin: 'user' } : undefined;
    }
    case 'fix': {
      const f = at(validatePipeline(p).findings.filter((x) => x.action), s.pick);
      return f ? { operations: f.action!.changes, origin: 'fix' } : undefined;
    }
    case 'suppress': {
      const f = at(validatePipeline(p).findings, s.pick);
      const scope = f ? { ...(f.nodeId ? { nodeId: f.nodeId } : {}), ...(f.edgeId ? { edgeId: f.edgeId } : {}) } : {};
      return f ? { operations: [{ type: 'suppress', suppression: { rule: f.rule, reason: 'property test', ...scope } }], origin: 'user' } : undefined;
    }
    case 'paste': {
      const ids = p.nodes.slice(s.pick % Math.max(p.nodes.length, 1)).slice(0, s.count).map((n) => n.id);
      // Through text, as the clipboard carries it.
      const fragment = JSON.parse(JSON.stringify(extractFragment(p, ids))) as Pipeline;
      return ids.length ? { operations: [{ type: 'paste', fragment }], origin: 'user' } : undefined;
    }
    case 'duplicate': {
      const n = at(p.nodes, s.pick);
      return n ? { operations: [duplicateOperation(p, [n.id])], origin: 'user' } : undefined;
    }
    case 'json': {
      // The JSON view: the whole text comes back with one node renamed.
      const n = at(p.nodes, s.pick);
      if (!n) return undefined;
      const text = JSON.parse(JSON.stringify(p)) as Pipeline;
      text.nodes = text.nodes.map((x) => (x.id === n.id ? { ...x, name: s.name.trim() || 'renamed' } : x));
      return { operations: [{ type: 'replace', document: text }], origin: 'user' };
    }
    default:
      return undefined;
  }
}

/** Ids whose node or edge an operation may replace; every other one must stay the same object. */
function touched(operations: readonly Operation[]): Set<string> {
  const ids = new Set<string>();
  for (const op of operations) {
    if (op.type === 'set-config' || op.type === 'unset-config') ids.add(op.id);
    if (op.type === 'rename-node') ids.add(op.nodeId);
    if (op.type === 'move') for (const id of Object.keys(op.positions)) ids.add(id);
    if (op.type === 'replace') for (const n of op.document.nodes) ids.add(n.id);
  }
  return ids;
}

function expectSharedExcept(before: Pipeline, after: Pipeline, changed: ReadonlySet<string>, replaced: boolean) {
  const nodes = new Map(after.nodes.map((n) => [n.id, n]));
  const edges = new Map(after.edges.map((e) => [e.id, e]));
  for (const n of before.nodes) {
    const now = nodes.get(n.id);
    // A replace keeps an unchanged node even though it names all of them: compare values there.
    if (now && (!changed.has(n.id) || (replaced && JSON.stringify(now) === JSON.stringify(n)))) expect(now).toBe(n);
  }
  for (const e of before.edges) {
    const now = edges.get(e.id);
    if (now && !changed.has(e.id)) expect(now).toBe(e);
  }
}

describe('any sequence of edits through the store', () => {
  it('keeps the document valid, leaves untouched nodes and edges the same objects, and undoing all of it gives back the first document', () => {
    fc.assert(
      fc.property(arbitraryPipeline({ minNodes: 1, maxNodes: 6 }), fc.array(step, { maxLength: 14 }), (first, steps) => {
        const store = createEditorStore(first);
        const s = store.getState;
        for (const st of steps) {
          const before = s().pipeline;
          if (st.type === 'undo') s().undo();
          else if (st.type === 'redo') s().redo();
          else {
            const planned = operationsFor(before, st);
            if (!planned) continue;
            const result = s().apply(st.type, planned.operations, { origin: planned.origin });
            if (!result.ok) {
              // Refused whole: nothing changed.
              expect(s().pipeline).toBe(before);
              continue;
            }
            if (s().pipeline !== before) expect(s().change?.origin).toBe(planned.origin);
            expectSharedExcept(before, s().pipeline, touched(planned.operations), planned.operations.some((o) => o.type === 'replace'));
          }
          const parsed = parsePipeline(JSON.parse(JSON.stringify(s().pipeline)));
          expect(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.problems)).toBe(true);
          // One namespace: no id names both a node and an edge.
          const nodeIds = new Set(s().pipeline.nodes.map((n) => n.id));
          expect(s().pipeline.edges.filter((e) => nodeIds.has(e.id))).toEqual([]);
        }
        while (s().past.length) s().undo();
        expect(s().pipeline).toBe(first);
      }),
      { numRuns: 80 },
    );
  });
});
