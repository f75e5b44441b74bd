/**
 * The little a pipeline library needs from storage. IndexedDB (idb-storage.ts) in the
 * browser, a Map (memory-storage.ts) in tests and where the browser refuses IndexedDB.
 * Values are structured-cloneable plain data.
 */
export interface KeyValueStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  /** Every entry whose key starts with `prefix`. */
  entries(prefix: string): Promise<[string, unknown][]>;
}
