import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { MAX_PIPELINE_NODES, PipelineBuilder } from '../model';
import { createMemoryStorage } from '../persist/memory-storage';
import { createPipelineLibrary } from '../persist/pipeline-library';
import { startSession } from '../persist/start-session';
import { decodeShareFragment } from './share-link';

const first = () => ({ pipeline: new PipelineBuilder('first-example').node('q', 'sqs-queue').build(), origin: 'example' as const });

/** A document with `n` queues, as a share link would carry it. */
function manyNodes(n: number) {
  return { format: 'sluice.pipeline', version: 1, name: 'huge', nodes: Array.from({ length: n }, (_, i) => ({ id: `q${i}`, kind: 'sqs-queue', name: `q${i}` })) };
}

describe('size limits of what a share link may open', () => {
  it('a link that inflates past the cap (5 MB by default) is refused while it inflates, with a clear message', () => {
    // 400,000 characters of padding compress to a link of a few KB (LZ on repeated text); the
    // default cap works the same at 5 MB, this smaller one keeps the test fast.
    const bomb = `{"format":"sluice.pipeline","version":1,"name":"${'a'.repeat(400_000)}"}`;
    const link = `#share=${LZString.compressToEncodedURIComponent(bomb)}`;
    expect(link.length).toBeLessThan(10_000);
    expect(decodeShareFragment(link, 100 * 1024)).toEqual({ kind: 'error', message: 'the shared pipeline is too large to open: it inflates to more than 0.1 MB, the most Sluice reads' });
    expect(decodeShareFragment(link)).toEqual({ kind: 'error', message: expect.stringContaining('the shared pipeline is not valid: name') });
  });

  it(`a link with more than ${MAX_PIPELINE_NODES} nodes is refused before the schema checks them`, () => {
    const link = `#share=${LZString.compressToEncodedURIComponent(JSON.stringify(manyNodes(2_500)))}`;
    expect(decodeShareFragment(link)).toEqual({ kind: 'error', message: 'the shared pipeline is not valid: the pipeline has 2,500 nodes; Sluice opens at most 2,000' });
  });

  it('what failed to open is never saved to My pipelines, and one saved earlier stays stored but unopened', async () => {
    let n = 0;
    const library = createPipelineLibrary(createMemoryStorage(), { now: () => 1000 + n, newId: () => `id-${++n}` });
    const link = `#share=${LZString.compressToEncodedURIComponent(JSON.stringify(manyNodes(2_500)))}`;
    const start = await startSession(library, { fragment: link, firstPipeline: first });
    expect(start.pipeline.name).toBe('first-example');
    expect(start.notices[0]).toMatchObject({ tone: 'error', text: expect.stringContaining('2,500 nodes') });
    expect((await library.list()).map((s) => s.name)).toEqual(['first-example']);

    const storage = createMemoryStorage([['pipeline:old', { id: 'old', name: 'huge', createdAt: 1, updatedAt: 5, origin: 'share', document: manyNodes(2_001) }]]);
    const older = createPipelineLibrary(storage, { now: () => 10, newId: () => 'new' });
    expect(await older.open('old')).toEqual({ ok: false, message: 'the stored pipeline "huge" is too large to open: the pipeline has 2,001 nodes; Sluice opens at most 2,000' });
  });
});
