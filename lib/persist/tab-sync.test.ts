import { describe, expect, it } from 'vitest';
import { PipelineBuilder, type Pipeline } from '../model';
import type { AutosaveEntry } from './autosave';
import { createMemoryStorage } from './memory-storage';
import { createPipelineLibrary, type PipelineLibrary } from './pipeline-library';
import type { TabMessageBody } from './tab-channel';
import { createTabSyncListener, createTabSyncWriter, hasUnsavedEdits, newTabSyncState, showStored, type TabSyncPorts, type TabSyncState } from './tab-sync';

const doc = (name: string, nodes: number): Pipeline => {
  const b = new PipelineBuilder(name);
  for (let i = 0; i < nodes; i++) b.node(`n${i}`, 'sqs-queue');
  return b.build();
};

/** One tab: its editor (a document and an undo list), its autosave queue, and what it was told. */
class FakeTab implements TabSyncPorts {
  readonly state: TabSyncState = newTabSyncState();
  canvas: Pipeline;
  undo: { label: string; pipeline: Pipeline }[] = [];
  queued: AutosaveEntry<Pipeline>[] = [];
  posted: TabMessageBody[] = [];
  notices: string[] = [];
  shownId = '';
  changes = 0;
  refreshes = 0;
  readonly write: (entry: AutosaveEntry<Pipeline>) => Promise<void>;
  readonly hear: ReturnType<typeof createTabSyncListener>;

  constructor(
    readonly library: PipelineLibrary,
    id: string,
    pipeline: Pipeline,
    revision: number,
  ) {
    this.canvas = pipeline;
    this.shownId = id;
    showStored(this.state, id, pipeline, revision);
    this.write = createTabSyncWriter(library, this.state, this);
    this.hear = createTabSyncListener(library, this.state, this);
  }

  document = () => this.canvas;
  show = (pipeline: Pipeline, label: string) => {
    this.undo.push({ label, pipeline: this.canvas });
    this.canvas = pipeline;
  };
  schedule = (entry: AutosaveEntry<Pipeline>) => void this.queued.push(entry);
  pending = () => this.queued[0];
  switchedTo = (id: string) => void (this.shownId = id);
  post = (m: TabMessageBody) => void this.posted.push(m);
  notify = (text: string) => void this.notices.push(text);
  libraryChanged = () => void this.changes++;
  refresh = () => void this.refreshes++;

  /** The user edits: the canvas changes and the autosave is asked to save it. */
  edit(pipeline: Pipeline) {
    this.canvas = pipeline;
    this.queued.push({ id: this.state.currentId, document: pipeline });
  }

  /** The autosave writes what is queued, in order. */
  async flush() {
    while (this.queued.length) await this.write(this.queued.shift()!);
  }
}

async function twoTabs() {
  let n = 0;
  const library = createPipelineLibrary(createMemoryStorage(), { newId: () => `id-${++n}` });
  const first = doc('orders', 1);
  const { id, revision } = await library.create(first, 'new');
  return { library, id, a: new FakeTab(library, id, first, revision), b: new FakeTab(library, id, first, revision) };
}

describe('tab sync', () => {
  it('a save tells the other tabs, and a tab without edits shows it as an undoable step', async () => {
    const { id, a, b } = await twoTabs();
    a.edit(doc('orders', 2));
    await a.flush();
    expect(a.posted).toEqual([{ type: 'saved', id, revision: 2 }]);
    await b.hear({ ...a.posted[0], tab: 'a' } as never);
    expect(b.canvas.nodes).toHaveLength(2);
    expect(b.undo.map((u) => u.label)).toEqual(['Changes from another tab']);
    expect(b.state.baseRevision).toBe(2);
    expect(hasUnsavedEdits(b.state, b)).toBe(false);
    // B now edits on top of A's version: no conflict.
    b.edit(doc('orders', 3));
    await b.flush();
    expect(b.posted).toEqual([{ type: 'saved', id, revision: 3 }]);
  });

  it('a tab with unsaved edits is left alone; its save then keeps both versions', async () => {
    const { library, id, a, b } = await twoTabs();
    a.edit(doc('orders', 2));
    await a.flush();
    b.edit(doc('orders', 5)); // not yet written
    await b.hear({ type: 'saved', id, revision: 2, tab: 'a' });
    expect(b.canvas.nodes).toHaveLength(5); // untouched
    await b.flush();
    expect(b.state.currentId).toBe('id-2');
    expect(b.shownId).toBe('id-2');
    expect(b.canvas.name).toBe('orders (edits from another tab)');
    expect(b.notices.at(-1)).toContain('Nothing is lost');
    const stored = await library.open(id);
    expect(stored.ok && stored.pipeline.nodes).toHaveLength(2); // A's version stands
    const copy = await library.open('id-2');
    expect(copy.ok && copy.pipeline.nodes).toHaveLength(5);
  });

  it('edits made while the conflicting save was under way stay, and later writes for the old pipeline go to the copy', async () => {
    const { library, id, a, b } = await twoTabs();
    a.edit(doc('orders', 2));
    await a.flush();
    b.edit(doc('orders', 5));
    const first = b.queued.shift()!;
    const writing = b.write(first);
    // While B's write is in flight the user edits again: queued for the old id.
    b.edit(doc('orders', 6));
    await writing;
    expect(b.canvas.nodes).toHaveLength(6); // the newer edit is still on the canvas, renamed
    expect(b.canvas.name).toBe('orders (edits from another tab)');
    await b.flush();
    const stored = await library.open(id);
    expect(stored.ok && stored.pipeline.nodes).toHaveLength(2); // never overwritten
    const copy = await library.open('id-2');
    expect(copy.ok && copy.pipeline.nodes).toHaveLength(6);
    expect(copy.ok && copy.pipeline.name).toBe('orders (edits from another tab)');
  });

  it('an old message, or one about another pipeline, changes nothing on the canvas but refreshes the lists', async () => {
    const { id, b } = await twoTabs();
    await b.hear({ type: 'saved', id, revision: 1, tab: 'a' });
    await b.hear({ type: 'saved', id: 'elsewhere', revision: 9, tab: 'a' });
    expect(b.undo).toEqual([]);
    expect(b.refreshes).toBe(2);
  });

  it('a pipeline deleted in another tab is said once; a rename there shows here', async () => {
    const { library, id, b } = await twoTabs();
    await library.remove(id);
    await b.hear({ type: 'library-changed', tab: 'a' });
    await b.hear({ type: 'library-changed', tab: 'a' });
    expect(b.notices.filter((t) => t.includes('was deleted in another tab'))).toHaveLength(1);
    await library.rename(id, 'orders v2');
    await b.hear({ type: 'library-changed', tab: 'a' });
    expect(b.canvas.name).toBe('orders v2');
  });
});
