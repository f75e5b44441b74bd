import type { KindDefinition } from '@/lib/model';

/**
 * How well a kind matches what was typed, lower is better, or undefined for no match: the
 * name first (start, then a word start, then anywhere), then the kind id, then the category
 * and description. "lambda" puts Lambda function before the services whose description only
 * mentions Lambda.
 */
export function matchRank(kind: KindDefinition, query: string): number | undefined {
  const q = query.trim().toLowerCase();
  if (!q) return 0;
  const label = kind.label.toLowerCase();
  if (label.startsWith(q)) return 0;
  if (label.split(/[\s-]+/).some((w) => w.startsWith(q))) return 1;
  if (label.includes(q)) return 2;
  if (kind.id.includes(q)) return 3;
  if (kind.categories.some((c) => c.toLowerCase().includes(q))) return 4;
  if (kind.description.toLowerCase().includes(q)) return 5;
  return undefined;
}

/** The kinds matching `query`, best first (ties keep the catalog's order). */
export function searchKinds(kinds: readonly KindDefinition[], query: string): KindDefinition[] {
  return kinds
    .map((kind, order) => ({ kind, order, rank: matchRank(kind, query) }))
    .filter((m): m is { kind: KindDefinition; order: number; rank: number } => m.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((m) => m.kind);
}
