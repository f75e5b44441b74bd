'use client';
import { useSyncExternalStore } from 'react';
import type { Rule } from '@/lib/validate';

/** lib/cost, loaded after the page: the types only are imported statically. */
export type CostEngine = typeof import('@/lib/cost');

export interface CostModules {
  engine: CostEngine;
  /** The validator's cost rules (they price the design with lib/cost). */
  rules: readonly Rule[];
}

// A cache of code, like the bundler's own chunk cache: one per page, whatever editors it shows.
let loaded: CostModules | null = null;
let loading: Promise<CostModules> | null = null;
const listeners = new Set<() => void>();

/**
 * Load lib/cost and the cost rules (once). They are not part of the designer's first load (it
 * is kept under 350 KB of gzipped JavaScript): the cost feature asks for them on the user's
 * first interaction with the page, or when something needs a price (the Cost tab, a setting change).
 */
export function requestCost(): Promise<CostModules> {
  loading ??= Promise.all([import('@/lib/cost'), import('@/lib/validate/rules/cost')]).then(
    ([engine, rules]) => {
      loaded = { engine, rules: rules.COST_RULES };
      for (const l of listeners) l();
      return loaded;
    },
    (error: unknown) => {
      // A chunk that failed to download (offline for a moment) is asked for again next time.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The cost rules when they have loaded, else none (for code outside React: a fix's fresh action). */
export function loadedCostRules(): readonly Rule[] {
  return loaded?.rules ?? [];
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** lib/cost and the cost rules, or null until they have loaded. */
export function useCostModules(): CostModules | null {
  return useSyncExternalStore(
    subscribe,
    () => loaded,
    () => null,
  );
}
