import type { Pipeline } from '../model';

/**
 * An IndexedDB write started while the page unloads may be cut off. So on pagehide the open
 * pipeline is also written synchronously to localStorage; the next start puts it back into the
 * library when it is newer than what IndexedDB holds.
 */
export const UNLOAD_SNAPSHOT_KEY = 'sluice.unload-snapshot';

export interface UnloadSnapshot {
  id: string;
  savedAt: number;
  document: Pipeline;
  /** The stored revision the tab's edits were based on (see PipelineLibrary.save). */
  revision?: number;
}

type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function writeUnloadSnapshot(storage: SyncStorage, snapshot: UnloadSnapshot): void {
  try {
    storage.setItem(UNLOAD_SNAPSHOT_KEY, JSON.stringify(snapshot));
  } catch {
    // Quota or a privacy mode: IndexedDB's own write is still under way.
  }
}

/** Read and remove the snapshot; anything malformed is ignored (the library copy stands). */
export function takeUnloadSnapshot(storage: SyncStorage): { id: string; savedAt: number; document: unknown; revision?: number } | undefined {
  let text: string | null;
  try {
    text = storage.getItem(UNLOAD_SNAPSHOT_KEY);
    storage.removeItem(UNLOAD_SNAPSHOT_KEY);
  } catch {
    return undefined;
  }
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<UnloadSnapshot>;
    if (typeof value.id !== 'string' || typeof value.savedAt !== 'number' || typeof value.document !== 'object') return undefined;
    const snapshot: { id: string; savedAt: number; document: unknown; revision?: number } = { id: value.id, savedAt: value.savedAt, document: value.document };
    if (typeof value.revision === 'number' && Number.isInteger(value.revision) && value.revision >= 0) snapshot.revision = value.revision;
    return snapshot;
  } catch {
    return undefined;
  }
}
