import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { KeyValueStorage } from './key-value-storage';

export const DATABASE_NAME = 'sluice';
export const STORE_NAME = 'pipelines';

/** IndexedDB through idb-keyval: one database, one object store, opened on first use. */
export function createIdbStorage(dbName = DATABASE_NAME, storeName = STORE_NAME): KeyValueStorage {
  let store: UseStore | undefined;
  const db = () => (store ??= createStore(dbName, storeName));
  return {
    get: (key) => get(key, db()),
    set: (key, value) => set(key, value, db()),
    del: (key) => del(key, db()),
    async entries(prefix) {
      const all = await entries<IDBValidKey, unknown>(db());
      return all.filter((e): e is [string, unknown] => typeof e[0] === 'string' && e[0].startsWith(prefix));
    },
  };
}

/** Whether this browser lets us use IndexedDB at all (some private modes refuse it). */
export async function idbAvailable(storage: KeyValueStorage): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  try {
    await storage.get('probe');
    return true;
  } catch {
    return false;
  }
}
