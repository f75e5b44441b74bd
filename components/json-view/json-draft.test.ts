import { describe, expect, it } from 'vitest';
import { PipelineBuilder, serializePipeline } from '@/lib/model';
import { renameNode } from '@/lib/edit';
import type { Pipeline } from '@/lib/model';
import { createEditorStore } from '../editor/store/editor-store';
import { applyJsonText } from './apply-json-text';
import { canvasMovedOn, isEdited, jsonDraftFor } from './json-draft';

function rename(id: string, name: string) {
  return (p: Pipeline): Pipeline => {
    const result = renameNode(p, id, name);
    if (!result.ok) throw new Error('rename failed');
    return result.pipeline;
  };
}

function setup() {
  const pipeline = new PipelineBuilder('orders').node('queue', 'sqs-queue', {}, 'Orders').node('fn', 'lambda-function', {}, 'Archive').edge('queue', 'fn').build();
  const editor = createEditorStore(pipeline);
  const draft = jsonDraftFor(editor);
  return { editor, draft };
}

describe('the JSON view draft', () => {
  it('is one draft per editor, starting as the canvas document', () => {
    const { editor, draft } = setup();
    expect(jsonDraftFor(editor)).toBe(draft);
    expect(draft.getState().text).toBe(serializePipeline(editor.getState().pipeline));
    expect(isEdited(draft.getState())).toBe(false);
  });

  it('follows canvas edits and undo while the text is not edited', () => {
    const { editor, draft } = setup();
    editor.getState().apply('Rename', [{ type: 'rename-node', nodeId: 'fn', name: 'Archiver' }]);
    expect(draft.getState().text).toContain('"name": "Archiver"');
    editor.getState().undo();
    expect(draft.getState().text).toContain('"name": "Archive"');
  });

  it('keeps edited text when the canvas changes, and says the canvas moved on', () => {
    const { editor, draft } = setup();
    const edited = draft.getState().text.replace('"Archive"', '"Cold archive"');
    draft.getState().setText(edited);
    editor.getState().apply('Rename', [{ type: 'rename-node', nodeId: 'queue', name: 'Incoming' }]);
    expect(draft.getState().text).toBe(edited);
    expect(canvasMovedOn(draft.getState(), editor.getState().pipeline)).toBe(true);

    draft.getState().keepEdits(editor.getState().pipeline);
    expect(canvasMovedOn(draft.getState(), editor.getState().pipeline)).toBe(false);
    expect(draft.getState().text).toBe(edited);

    draft.getState().reload(editor.getState().pipeline);
    expect(draft.getState().text).toContain('"name": "Incoming"');
    expect(isEdited(draft.getState())).toBe(false);
  });

  it('keeps unapplied text with its own pipeline: another pipeline opens clean, switching back brings the text back', () => {
    const { editor, draft } = setup();
    editor.getState().load(editor.getState().pipeline, { resetHistory: true, documentKey: 'orders-id' });
    const edited = draft.getState().text.replace('"Archive"', '"Cold archive"');
    draft.getState().setText(edited);

    const other = new PipelineBuilder('clicks').node('stream', 'kinesis-stream', {}, 'Clicks').build();
    editor.getState().load(other, { resetHistory: true, documentKey: 'clicks-id' });
    expect(draft.getState().text).toBe(serializePipeline(other));
    expect(isEdited(draft.getState())).toBe(false);
    expect(canvasMovedOn(draft.getState(), other)).toBe(false);

    const orders = new PipelineBuilder('orders').node('queue', 'sqs-queue', {}, 'Orders').node('fn', 'lambda-function', {}, 'Archive').edge('queue', 'fn').build();
    editor.getState().load(orders, { resetHistory: true, documentKey: 'orders-id' });
    expect(draft.getState().text).toBe(edited);
    expect(canvasMovedOn(draft.getState(), editor.getState().pipeline)).toBe(false);
  });

  it('a change from another tab to the same pipeline keeps the unapplied text and says the canvas moved on', () => {
    const { editor, draft } = setup();
    const edited = draft.getState().text.replace('"Archive"', '"Cold archive"');
    draft.getState().setText(edited);
    editor.getState().load(rename('queue', 'Incoming')(editor.getState().pipeline), { label: 'Change from another tab' });
    expect(draft.getState().text).toBe(edited);
    expect(canvasMovedOn(draft.getState(), editor.getState().pipeline)).toBe(true);
  });
});

describe('applyJsonText', () => {
  it('applies a valid edit as one undo step and re-reads the text from the canvas', () => {
    const { editor, draft } = setup();
    draft.getState().setText(draft.getState().text.replace('"Archive"', '"Archiver"'));
    expect(applyJsonText(editor, draft)).toBe('applied');
    expect(editor.getState().pipeline.nodes.find((n) => n.id === 'fn')?.name).toBe('Archiver');
    expect(editor.getState().past.map((s) => s.label)).toEqual(['Edit JSON']);
    expect(isEdited(draft.getState())).toBe(false);
    editor.getState().undo();
    expect(editor.getState().pipeline.nodes.find((n) => n.id === 'fn')?.name).toBe('Archive');
  });

  it('refuses an invalid edit, keeping the canvas and listing the problems with their paths', () => {
    const { editor, draft } = setup();
    const before = editor.getState().pipeline;
    draft.getState().setText(draft.getState().text.replace('"memoryMb": 128', '"memoryMb": 64'));
    expect(applyJsonText(editor, draft)).toBe('refused');
    expect(editor.getState().pipeline).toBe(before);
    expect(editor.getState().past).toEqual([]);
    expect(draft.getState().problems.map((p) => p.path)).toEqual(['nodes[1].config.memoryMb']);
    expect(isEdited(draft.getState())).toBe(true);
  });

  it('refuses text that is not JSON, with the line and column', () => {
    const { editor, draft } = setup();
    draft.getState().setText('{\n  "format": "sluice.pipeline",\n  "version": 1 x\n}');
    expect(applyJsonText(editor, draft)).toBe('refused');
    expect(draft.getState().problems[0].message).toMatch(/^not valid JSON at line 3, column \d+/);
  });

  it('adds no undo step when the text means the same document', () => {
    const { editor, draft } = setup();
    draft.getState().setText(JSON.stringify(JSON.parse(draft.getState().text)));
    expect(applyJsonText(editor, draft)).toBe('unchanged');
    expect(editor.getState().past).toEqual([]);
    expect(isEdited(draft.getState())).toBe(false);
  });
});

describe('unapplied text and a reload', () => {
  function memoryStorage() {
    const items = new Map<string, string>();
    return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k), items };
  }
  const orders = () => new PipelineBuilder('orders').node('queue', 'sqs-queue', {}, 'Orders').node('fn', 'lambda-function', {}, 'Archive').edge('queue', 'fn').build();

  it('comes back in a fresh editor (as after a reload) for the same pipeline, and is forgotten once applied or reverted', async () => {
    const storage = memoryStorage();
    const first = createEditorStore(orders());
    first.getState().load(orders(), { resetHistory: true, documentKey: 'orders-id' });
    const draft = jsonDraftFor(first, storage);
    const edited = draft.getState().text.replace('"Archive"', '"Cold archive"');
    draft.getState().setText(edited);
    await new Promise((r) => setTimeout(r, 300));
    expect(storage.items.size).toBe(1);

    // The reload: a new editor, the same stored pipeline.
    const second = createEditorStore();
    const again = jsonDraftFor(second, storage);
    second.getState().load(orders(), { resetHistory: true, documentKey: 'orders-id' });
    expect(again.getState().text).toBe(edited);
    expect(isEdited(again.getState())).toBe(true);
    expect(canvasMovedOn(again.getState(), second.getState().pipeline)).toBe(false);

    again.getState().reload(second.getState().pipeline);
    await new Promise((r) => setTimeout(r, 300));
    expect(storage.items.size).toBe(0);
  });

  it('is not offered to another pipeline', async () => {
    const storage = memoryStorage();
    const first = createEditorStore(orders());
    first.getState().load(orders(), { resetHistory: true, documentKey: 'orders-id' });
    const draft = jsonDraftFor(first, storage);
    draft.getState().setText(draft.getState().text.replace('"Archive"', '"Cold archive"'));
    await new Promise((r) => setTimeout(r, 300));
    const second = createEditorStore();
    const other = new PipelineBuilder('clicks').node('stream', 'kinesis-stream', {}, 'Clicks').build();
    second.getState().load(other, { resetHistory: true, documentKey: 'clicks-id' });
    expect(jsonDraftFor(second, storage).getState().text).toBe(serializePipeline(other));
  });
});
