/** What the autosave writes: one pipeline document under its library id. */
export interface AutosaveEntry<T> {
  id: string;
  document: T;
}

export interface AutosaveOptions {
  /** Quiet time before a write; a reload within this window is covered by `flush` on pagehide. */
  delayMs?: number;
  onError?(error: unknown): void;
  setTimer?(fn: () => void, ms: number): unknown;
  clearTimer?(handle: unknown): void;
}

/**
 * Debounced saving: many changes in a burst (a drag) become one write; writes never overtake
 * each other, so an older document cannot land after a newer one. Framework-free.
 */
export function createAutosave<T>(write: (entry: AutosaveEntry<T>) => Promise<void>, options: AutosaveOptions = {}) {
  const { delayMs = 250, onError = () => {} } = options;
  const setTimer = options.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let pending: AutosaveEntry<T> | undefined;
  let timer: unknown;
  let chain: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    const entry = pending;
    pending = undefined;
    if (entry) {
      chain = chain.then(() => write(entry)).catch((error: unknown) => onError(error));
    }
    return chain;
  }

  return {
    /** Remember the latest document; written after `delayMs` of quiet. A pending entry for another id is written first. */
    schedule(entry: AutosaveEntry<T>) {
      if (pending && pending.id !== entry.id) void flush();
      pending = entry;
      if (timer !== undefined) clearTimer(timer);
      timer = setTimer(() => void flush(), delayMs);
    },
    /** Write what is pending now; resolves when every write so far has finished. */
    flush,
    /** The entry not yet handed to storage, if any. */
    pending: (): AutosaveEntry<T> | undefined => pending,
    dispose() {
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
    },
  };
}

export type Autosave<T> = ReturnType<typeof createAutosave<T>>;
