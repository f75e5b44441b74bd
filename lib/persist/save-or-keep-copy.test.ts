import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePipeline, PipelineBuilder } from '../model';
import { createMemoryStorage } from './memory-storage';
import { createPipelineLibrary } from './pipeline-library';
import { copyName, saveOrKeepCopy } from './save-or-keep-copy';

const doc = (name: string, nodes: number) => {
  const b = new PipelineBuilder(name);
  for (let i = 0; i < nodes; i++) b.node(`n${i}`, 'sqs-queue');
  return b.build();
};

describe('two tabs saving the same pipeline', () => {
  it('the first save lands; the second, based on an older revision, becomes a copy: both kept', async () => {
    let n = 0;
    const library = createPipelineLibrary(createMemoryStorage(), { newId: () => `id-${++n}` });
    const { id, revision } = await library.create(doc('orders', 1), 'new');
    const tabA = await saveOrKeepCopy(library, id, doc('orders', 2), revision);
    expect(tabA).toEqual({ kind: 'saved', revision: 2 });
    const tabB = await saveOrKeepCopy(library, id, doc('orders', 3), revision);
    expect(tabB.kind).toBe('copied');
    if (tabB.kind !== 'copied') return;
    expect(tabB.summary).toMatchObject({ id: 'id-2', name: 'orders (edits from another tab)', nodeCount: 3, revision: 1 });
    expect(tabB.message).toContain('Nothing is lost');
    const a = await library.open(id);
    const b = await library.open(tabB.summary.id);
    expect(a.ok && a.pipeline.nodes.length).toBe(2);
    expect(b.ok && b.pipeline.nodes.length).toBe(3);
    expect((await library.list()).map((s) => s.name).sort()).toEqual(['orders', 'orders (edits from another tab)']);
  });

  it('property: the copy of any valid name is a valid name that says it is a copy', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ minLength: 1, maxLength: 200, unit: 'grapheme' }), fc.string({ minLength: 150, maxLength: 200, unit: 'binary' })), (name) => {
        const named = copyName(name);
        expect(named.length).toBeLessThanOrEqual(200);
        expect(named).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/); // no half of a character
        expect(named.endsWith(' (edits from another tab)')).toBe(true);
        const parsed = parsePipeline({ ...doc('x', 0), name: named });
        expect(parsed.ok).toBe(true);
      }),
    );
  });
});
