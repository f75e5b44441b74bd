import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, type AutosaveEntry } from './autosave';

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes a burst of changes once, after a quiet period', async () => {
    const writes: AutosaveEntry<string>[] = [];
    const autosave = createAutosave<string>(async (e) => void writes.push(e), { delayMs: 250 });
    autosave.schedule({ id: 'a', document: 'v1' });
    autosave.schedule({ id: 'a', document: 'v2' });
    await vi.advanceTimersByTimeAsync(200);
    autosave.schedule({ id: 'a', document: 'v3' });
    await vi.advanceTimersByTimeAsync(200);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(60);
    expect(writes).toEqual([{ id: 'a', document: 'v3' }]);
  });

  it('flush writes the pending document at once (pagehide) and clears it', async () => {
    const writes: string[] = [];
    const autosave = createAutosave<string>(async (e) => void writes.push(e.document));
    autosave.schedule({ id: 'a', document: 'v1' });
    expect(autosave.pending()).toEqual({ id: 'a', document: 'v1' });
    await autosave.flush();
    expect(writes).toEqual(['v1']);
    expect(autosave.pending()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual(['v1']);
  });

  it('writes a pending document of another pipeline before switching to a new one', async () => {
    const writes: string[] = [];
    const autosave = createAutosave<string>(async (e) => void writes.push(`${e.id}:${e.document}`));
    autosave.schedule({ id: 'a', document: 'last edit of a' });
    autosave.schedule({ id: 'b', document: 'b1' });
    await autosave.flush();
    expect(writes).toEqual(['a:last edit of a', 'b:b1']);
  });

  it('keeps writes in order even when an earlier write is slow, and survives a failed write', async () => {
    const writes: string[] = [];
    const errors: unknown[] = [];
    let first = true;
    const autosave = createAutosave<string>(
      async (e) => {
        if (first) {
          first = false;
          await new Promise((r) => setTimeout(r, 500));
          throw new Error('disk full');
        }
        writes.push(e.document);
      },
      { onError: (e) => errors.push(e) },
    );
    autosave.schedule({ id: 'a', document: 'v1' });
    const firstFlush = autosave.flush();
    autosave.schedule({ id: 'a', document: 'v2' });
    const secondFlush = autosave.flush();
    await vi.advanceTimersByTimeAsync(600);
    await Promise.all([firstFlush, secondFlush]);
    expect(errors).toHaveLength(1);
    expect(writes).toEqual(['v2']);
  });
});
