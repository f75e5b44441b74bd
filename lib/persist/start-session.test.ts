import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../model';
import { encodeShareFragment } from '../share/share-link';
import { createMemoryStorage } from './memory-storage';
import { createPipelineLibrary } from './pipeline-library';
import { startSession } from './start-session';

const first = () => ({ pipeline: new PipelineBuilder('first-example').node('q', 'sqs-queue').build(), origin: 'example' as const });

function setup() {
  let clock = 1000;
  let n = 0;
  return createPipelineLibrary(createMemoryStorage(), { now: () => (clock += 10), newId: () => `id-${++n}` });
}

describe('starting a session', () => {
  it('starts a first visit with the first example as a new pipeline', async () => {
    const library = setup();
    const start = await startSession(library, { fragment: '', firstPipeline: first });
    expect(start).toMatchObject({ id: 'id-1', pipeline: { name: 'first-example' }, notices: [] });
    expect(await library.currentId()).toBe('id-1');
  });

  it('restores the pipeline open last, not the newest', async () => {
    const library = setup();
    const mine = await library.create(new PipelineBuilder('mine').build(), 'new');
    await library.create(new PipelineBuilder('newer').build(), 'new');
    await library.setCurrentId(mine.id);
    const start = await startSession(library, { fragment: '', firstPipeline: first });
    expect(start.pipeline.name).toBe('mine');
  });

  it('opens a share link as a new copy and keeps the user pipeline', async () => {
    const library = setup();
    const mine = await library.create(new PipelineBuilder('mine').build(), 'new');
    await library.setCurrentId(mine.id);
    const shared = new PipelineBuilder('theirs').node('fn', 'lambda-function').build();
    const start = await startSession(library, { fragment: `#${encodeShareFragment(shared)}`, firstPipeline: first });
    expect(start.pipeline).toEqual(shared);
    expect(start.id).not.toBe(mine.id);
    expect(start.notices[0].text).toContain('as a new copy');
    expect((await library.list()).map((s) => s.name).sort()).toEqual(['mine', 'theirs']);
    expect(await library.currentId()).toBe(start.id);
  });

  it('reports a garbage share link and restores the user pipeline untouched', async () => {
    const library = setup();
    const mineDoc = new PipelineBuilder('mine').node('q', 'sqs-queue').build();
    const mine = await library.create(mineDoc, 'new');
    await library.setCurrentId(mine.id);
    const start = await startSession(library, { fragment: '#share=garbage!!', firstPipeline: first });
    expect(start).toMatchObject({ id: mine.id, pipeline: mineDoc });
    expect(start.notices).toEqual([{ tone: 'error', text: expect.stringContaining('Could not open the share link') }]);
    expect(await library.list()).toHaveLength(1);
  });

  it('skips a stored pipeline it cannot read, says so, and keeps it', async () => {
    const storage = createMemoryStorage([
      ['pipeline:bad', { id: 'bad', name: 'bad', createdAt: 1, updatedAt: 5, origin: 'new', document: { nope: true } }],
      ['current', 'bad'],
    ]);
    const library = createPipelineLibrary(storage);
    const good = await library.create(new PipelineBuilder('good').build(), 'new');
    const start = await startSession(library, { fragment: '', firstPipeline: first });
    expect(start.id).toBe(good.id);
    expect(start.notices[0]).toMatchObject({ tone: 'error', text: expect.stringContaining('"bad" cannot be read') });
    expect((await library.list()).map((s) => s.id)).toContain('bad');
  });

  it('puts back the unload snapshot when it is newer than the stored copy', async () => {
    const library = setup();
    const mine = await library.create(new PipelineBuilder('mine').build(), 'new');
    await library.setCurrentId(mine.id);
    const edited = new PipelineBuilder('mine').node('late', 'sqs-queue', {}, 'Renamed just before reload').build();
    const start = await startSession(library, { fragment: '', snapshot: { id: mine.id, savedAt: mine.updatedAt + 1, document: edited }, firstPipeline: first });
    expect(start.pipeline).toEqual(edited);
  });

  it('ignores an unload snapshot older than the stored copy', async () => {
    const library = setup();
    const mine = await library.create(new PipelineBuilder('mine').node('q', 'sqs-queue').build(), 'new');
    await library.setCurrentId(mine.id);
    const stale = new PipelineBuilder('mine').build();
    const start = await startSession(library, { fragment: '', snapshot: { id: mine.id, savedAt: mine.updatedAt - 5, document: stale }, firstPipeline: first });
    expect(start.pipeline.nodes).toHaveLength(1);
  });

  it('a snapshot that knows its revision is put back when nothing was saved since', async () => {
    const library = setup();
    const mine = await library.create(new PipelineBuilder('mine').build(), 'new');
    await library.setCurrentId(mine.id);
    const edited = new PipelineBuilder('mine').node('late', 'sqs-queue').build();
    const start = await startSession(library, { fragment: '', snapshot: { id: mine.id, savedAt: 0, document: edited, revision: mine.revision }, firstPipeline: first });
    expect(start.pipeline).toEqual(edited);
    expect(start.revision).toBe(mine.revision + 1);
    expect(start.notices).toEqual([]);
  });

  it('a snapshot whose own save landed adds nothing', async () => {
    const library = setup();
    const mine = await library.create(new PipelineBuilder('mine').build(), 'new');
    await library.setCurrentId(mine.id);
    const edited = new PipelineBuilder('mine').node('late', 'sqs-queue').build();
    await library.save(mine.id, edited);
    await startSession(library, { fragment: '', snapshot: { id: mine.id, savedAt: Date.now() + 1000, document: edited, revision: mine.revision }, firstPipeline: first });
    expect(await library.list()).toHaveLength(1);
  });

  it('a snapshot overtaken by another tab\'s save is kept as a copy: neither is lost', async () => {
    const library = setup();
    const mine = await library.create(new PipelineBuilder('mine').build(), 'new');
    await library.setCurrentId(mine.id);
    const theirs = new PipelineBuilder('mine').node('theirs', 'sqs-queue').build();
    await library.save(mine.id, theirs, { expectedRevision: mine.revision });
    const ours = new PipelineBuilder('mine').node('ours', 'sns-topic').build();
    // Even with a clock that says the snapshot is newer, the revision decides.
    const start = await startSession(library, { fragment: '', snapshot: { id: mine.id, savedAt: Date.now() + 60_000, document: ours, revision: mine.revision }, firstPipeline: first });
    expect(start.pipeline.nodes.map((n) => n.id)).toEqual(['theirs']);
    expect(start.notices[0].text).toContain('Nothing is lost');
    const names = (await library.list()).map((s) => s.name).sort();
    expect(names).toEqual(['mine', 'mine (edits from another tab)']);
  });

  it('says so when a shared pipeline was migrated from an older version', async () => {
    const library = setup();
    const v0 = { format: 'sluice', version: 0, name: 'proto', nodes: [] };
    const start = await startSession(library, { fragment: `#share=${LZString.compressToEncodedURIComponent(JSON.stringify(v0))}`, firstPipeline: first });
    expect(start.notices[0].text).toContain('version 0');
  });
});
