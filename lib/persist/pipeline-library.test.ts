import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../model';
import { createMemoryStorage } from './memory-storage';
import { createPipelineLibrary } from './pipeline-library';

function setup() {
  let clock = 1000;
  let counter = 0;
  const storage = createMemoryStorage();
  const library = createPipelineLibrary(storage, { now: () => (clock += 10), newId: () => `id-${++counter}` });
  return { storage, library };
}

const pipeline = (name: string, nodes = 1) => {
  const b = new PipelineBuilder(name);
  for (let i = 0; i < nodes; i++) b.node(`n${i}`, 'sqs-queue');
  return b.build();
};

describe('pipeline library', () => {
  it('creates documents with ids, names and times, newest change first', async () => {
    const { library } = setup();
    const a = await library.create(pipeline('alpha'), 'new');
    const b = await library.create(pipeline('beta', 3), 'example');
    expect(a).toMatchObject({ id: 'id-1', name: 'alpha', origin: 'new', nodeCount: 1 });
    expect((await library.list()).map((s) => s.name)).toEqual(['beta', 'alpha']);
    await library.save(a.id, { ...pipeline('alpha', 2), name: 'alpha renamed' });
    const list = await library.list();
    expect(list.map((s) => s.name)).toEqual(['alpha renamed', 'beta']);
    expect(list[0]).toMatchObject({ id: a.id, createdAt: a.createdAt, nodeCount: 2 });
    expect(list[0].updatedAt).toBeGreaterThan(b.updatedAt);
  });

  it('opens what was saved, as a parsed pipeline', async () => {
    const { library } = setup();
    const p = pipeline('orders', 2);
    const { id } = await library.create(p, 'file');
    const opened = await library.open(id);
    expect(opened).toMatchObject({ ok: true, pipeline: p, summary: { id, origin: 'file' } });
  });

  it('migrates a document stored by an older version when it is opened', async () => {
    const storage = createMemoryStorage([
      ['pipeline:old', { id: 'old', name: 'proto', createdAt: 1, updatedAt: 1, origin: 'file', document: { format: 'sluice', version: 0, name: 'proto', nodes: [{ id: 'q', type: 'sqs-queue', name: 'Q', props: {} }] } }],
    ]);
    const opened = await createPipelineLibrary(storage).open('old');
    expect(opened.ok && opened.migratedFrom).toBe(0);
    expect(opened.ok && opened.pipeline.nodes[0].kind).toBe('sqs-queue');
  });

  it('reports a stored document it cannot read, with the path, and keeps it', async () => {
    const storage = createMemoryStorage([['pipeline:bad', { id: 'bad', name: 'bad', createdAt: 1, updatedAt: 1, origin: 'new', document: { format: 'sluice.pipeline', version: 1, name: '' } }]]);
    const library = createPipelineLibrary(storage);
    const opened = await library.open('bad');
    expect(opened).toEqual({ ok: false, message: expect.stringContaining('name: a pipeline needs a name') });
    expect((await library.list()).map((s) => s.id)).toEqual(['bad']);
  });

  it('moves a deleted pipeline to Recently deleted, restores it unchanged, and purges only deleted ones', async () => {
    const { library } = setup();
    const p = pipeline('keep me', 2);
    const { id } = await library.create(p, 'new');
    await expect(library.purge(id)).rejects.toThrow('is not deleted');
    await library.remove(id);
    expect(await library.list()).toEqual([]);
    expect((await library.listDeleted()).map((s) => s.name)).toEqual(['keep me']);
    await library.restore(id);
    expect((await library.list()).map((s) => s.name)).toEqual(['keep me']);
    expect(await library.open(id)).toMatchObject({ ok: true, pipeline: p });
    await library.remove(id);
    await library.purge(id);
    expect(await library.listDeleted()).toEqual([]);
  });

  it('renames a stored pipeline in its summary and its document', async () => {
    const { library } = setup();
    const { id } = await library.create(pipeline('old name'), 'new');
    await library.rename(id, '  new name ');
    const opened = await library.open(id);
    expect(opened.ok && opened.pipeline.name).toBe('new name');
    expect((await library.list())[0].name).toBe('new name');
    await expect(library.rename(id, '   ')).rejects.toThrow('needs a name');
  });

  it('writes a pipeline again rather than losing it when its record vanished', async () => {
    const { library } = setup();
    await library.save('ghost', pipeline('ghost'));
    expect((await library.list()).map((s) => s.id)).toEqual(['ghost']);
  });

  it('remembers which pipeline was open and ignores unrelated keys', async () => {
    const { library, storage } = setup();
    expect(await library.currentId()).toBeUndefined();
    await library.setCurrentId('id-7');
    await storage.set('pipeline:junk', 'not a record');
    expect(await library.currentId()).toBe('id-7');
    expect(await library.list()).toEqual([]);
  });

  it('stores copies: changing a pipeline after saving does not change what is stored', async () => {
    const { library } = setup();
    const p = pipeline('mutable');
    const { id } = await library.create(p, 'new');
    p.nodes[0].name = 'changed behind our back';
    const opened = await library.open(id);
    expect(opened.ok && opened.pipeline.nodes[0].name).toBe('n0');
  });
  it('counts revisions, and refuses a save based on a revision another tab has moved past', async () => {
    const { library } = setup();
    const { id, revision } = await library.create(pipeline('shared'), 'new');
    expect(revision).toBe(1);
    // Two tabs opened revision 1. The first saves: revision 2.
    expect(await library.save(id, pipeline('shared', 2), { expectedRevision: 1 })).toEqual({ ok: true, revision: 2 });
    // The second still thinks it has revision 1: refused, and the first tab's document stays.
    expect(await library.save(id, pipeline('shared', 5), { expectedRevision: 1 })).toEqual({ ok: false, conflict: true, revision: 2 });
    const opened = await library.open(id);
    expect(opened.ok && opened.pipeline.nodes.length).toBe(2);
    expect(opened.ok && opened.summary.revision).toBe(2);
    // Renaming is a change too; a save without an expected revision always lands.
    expect((await library.rename(id, 'renamed')).revision).toBe(3);
    expect(await library.save(id, pipeline('renamed', 3))).toEqual({ ok: true, revision: 4 });
  });

  it('reads records stored before revisions existed as revision 0', async () => {
    const storage = createMemoryStorage([['pipeline:old', { id: 'old', name: 'old', createdAt: 1, updatedAt: 1, origin: 'new', document: pipeline('old') }]]);
    const library = createPipelineLibrary(storage);
    expect((await library.list())[0].revision).toBe(0);
    expect(await library.save('old', pipeline('old', 2), { expectedRevision: 0 })).toEqual({ ok: true, revision: 1 });
  });
});
