import type { KeyValueStorage } from './key-value-storage';

/**
 * Storage in memory. Values are cloned on the way in and out, as IndexedDB does, so a test
 * that mutates what it read cannot pass by accident.
 */
export function createMemoryStorage(initial: Iterable<[string, unknown]> = []): KeyValueStorage & { snapshot(): Map<string, unknown> } {
  const map = new Map<string, unknown>();
  for (const [k, v] of initial) map.set(k, structuredClone(v));
  return {
    async get(key) {
      return map.has(key) ? structuredClone(map.get(key)) : undefined;
    },
    async set(key, value) {
      map.set(key, structuredClone(value));
    },
    async del(key) {
      map.delete(key);
    },
    async entries(prefix) {
      return [...map].filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k, structuredClone(v)]);
    },
    snapshot: () => new Map(map),
  };
}
