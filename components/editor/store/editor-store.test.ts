import { describe, expect, it } from 'vitest';
import { addNodeOperation, removeOperation } from '@/lib/edit';
import { PipelineBuilder } from '@/lib/model';
import { createEditorStore, HISTORY_LIMIT } from './editor-store';

const doc = () => new PipelineBuilder('p').node('q', 'sqs-queue').node('f', 'lambda-function').edge('q', 'f', {}, 'q-f').build();

describe('editor store', () => {
  it('undoes and redoes every applied edit, in order', () => {
    const store = createEditorStore(doc());
    const s = store.getState;
    s().apply('Add', [addNodeOperation(store.getState().pipeline, 's3-bucket', { x: 0, y: 0 }).operation]);
    s().apply('Delete', [removeOperation(['q'])]);
    expect(s().pipeline.nodes.map((n) => n.id)).toEqual(['f', 'bucket-1']);
    s().undo();
    expect(s().pipeline.nodes.map((n) => n.id)).toEqual(['q', 'f', 'bucket-1']);
    s().undo();
    expect(s().pipeline).toEqual(doc());
    s().undo(); // nothing left: no change
    expect(s().pipeline).toEqual(doc());
    s().redo();
    s().redo();
    expect(s().pipeline.nodes.map((n) => n.id)).toEqual(['f', 'bucket-1']);
    expect(s().future).toEqual([]);
  });

  it('a new edit after undo drops the redo branch', () => {
    const store = createEditorStore(doc());
    const s = store.getState;
    s().apply('Delete', [removeOperation(['f'])]);
    s().undo();
    s().apply('Add', [addNodeOperation(store.getState().pipeline, 'sns-topic', { x: 0, y: 0 }).operation]);
    expect(s().future).toEqual([]);
    expect(s().past.map((e) => e.label)).toEqual(['Add']);
  });

  it('an edit that changes nothing is not an undo step', () => {
    const store = createEditorStore(doc());
    store.getState().apply('Noop', []);
    expect(store.getState().past).toEqual([]);
  });

  it('a whole drag is one undo step', () => {
    const store = createEditorStore(doc());
    const s = store.getState;
    const start = s().pipeline;
    s().dragTo({ q: { x: 10, y: 10 } });
    s().dragTo({ q: { x: 20, y: 30 } });
    s().dragTo({ q: { x: 40, y: 60 } });
    s().endDrag();
    expect(s().past).toHaveLength(1);
    expect(s().pipeline.nodes[0].position).toEqual({ x: 40, y: 60 });
    s().undo();
    expect(s().pipeline).toBe(start);
  });

  it('selection drops ids that no longer exist', () => {
    const store = createEditorStore(doc());
    const s = store.getState;
    s().select({ nodeIds: ['q', 'f'], edgeIds: ['q-f'] });
    s().apply('Delete', [removeOperation(['q'])]);
    expect(s().selection).toEqual({ nodeIds: ['f'], edgeIds: [] });
  });

  it('loading a document is undoable unless the history is reset', () => {
    const store = createEditorStore(doc());
    const s = store.getState;
    const other = new PipelineBuilder('other').node('t', 'sns-topic').build();
    s().load(other);
    expect(s().pipeline.name).toBe('other');
    s().undo();
    expect(s().pipeline.name).toBe('p');
    s().load(other, { resetHistory: true });
    expect(s().past).toEqual([]);
    expect(s().documentEpoch).toBe(2);
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    const store = createEditorStore(doc());
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) store.getState().apply(`Add ${i}`, [addNodeOperation(store.getState().pipeline, 'sns-topic', { x: i, y: 0 }).operation]);
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
    expect(store.getState().past[0].label).toBe('Add 10');
  });
});

describe('where a change came from', () => {
  it('records the origin of every change: user, fix, load, another tab, undo, redo', () => {
    const store = createEditorStore(doc());
    const s = store.getState;
    s().apply('Rename', [{ type: 'rename-node', nodeId: 'q', name: 'Orders' }]);
    expect(s().change).toMatchObject({ origin: 'user', label: 'Rename' });
    s().apply('Fix: Enable', [{ type: 'set-config', owner: 'node', id: 'f', field: 'timeoutSeconds', value: 30 }], { origin: 'fix' });
    expect(s().change?.origin).toBe('fix');
    s().undo();
    expect(s().change?.origin).toBe('undo');
    s().redo();
    expect(s().change?.origin).toBe('redo');
    const other = new PipelineBuilder('other').node('t', 'sns-topic').build();
    s().load(other, { origin: 'load', documentKey: 'k' });
    expect(s().change).toMatchObject({ origin: 'load', operations: [{ type: 'replace', document: other }] });
    s().load(doc(), { origin: 'another-tab' });
    expect(s().change?.origin).toBe('another-tab');
  });

  it('refuses a list of operations whole and returns its problems', () => {
    const store = createEditorStore(doc());
    const before = store.getState().pipeline;
    const result = store.getState().apply('Bad', [{ type: 'set-config', owner: 'node', id: 'f', field: 'memoryMb', value: 64 }]);
    expect(result).toMatchObject({ ok: false, problems: [{ message: 'must be at least 128, got 64' }] });
    expect(store.getState().pipeline).toBe(before);
    expect(store.getState().past).toEqual([]);
  });
});
