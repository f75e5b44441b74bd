import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../model';
import { takeUnloadSnapshot, UNLOAD_SNAPSHOT_KEY, writeUnloadSnapshot } from './unload-snapshot';

function fakeStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

describe('unload snapshot', () => {
  it('is written synchronously and taken once', () => {
    const storage = fakeStorage();
    const document = new PipelineBuilder('p').node('q', 'sqs-queue').build();
    writeUnloadSnapshot(storage, { id: 'a', savedAt: 5, document });
    expect(takeUnloadSnapshot(storage)).toEqual({ id: 'a', savedAt: 5, document });
    expect(takeUnloadSnapshot(storage)).toBeUndefined();
  });

  it('keeps the revision the edits were based on, and drops one that is not a revision', () => {
    const storage = fakeStorage();
    const document = new PipelineBuilder('p').build();
    writeUnloadSnapshot(storage, { id: 'a', savedAt: 5, document, revision: 7 });
    expect(takeUnloadSnapshot(storage)).toEqual({ id: 'a', savedAt: 5, document, revision: 7 });
    const odd = fakeStorage({ [UNLOAD_SNAPSHOT_KEY]: JSON.stringify({ id: 'a', savedAt: 5, document, revision: -1.5 }) });
    expect(takeUnloadSnapshot(odd)).toEqual({ id: 'a', savedAt: 5, document });
  });

  it('ignores malformed snapshots and storage that throws', () => {
    expect(takeUnloadSnapshot(fakeStorage({ [UNLOAD_SNAPSHOT_KEY]: '{not json' }))).toBeUndefined();
    expect(takeUnloadSnapshot(fakeStorage({ [UNLOAD_SNAPSHOT_KEY]: '{"id":3}' }))).toBeUndefined();
    const throwing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); }, removeItem: () => {} };
    expect(takeUnloadSnapshot(throwing)).toBeUndefined();
    expect(() => writeUnloadSnapshot(throwing, { id: 'a', savedAt: 1, document: new PipelineBuilder().build() })).not.toThrow();
  });
});
