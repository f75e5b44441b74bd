import { outlineJson } from './json-outline';
import type { SourceNode, TextRange } from './source-tree';
import { outlineYaml } from './yaml-outline';

export type TextLanguage = 'json' | 'yaml';

export interface PathLocation {
  /** Where a marker belongs: a scalar's value, or a collection's key (its first line, not the whole block). */
  focus: TextRange;
  /** The whole entry, key through value: what to highlight when showing "this resource". */
  whole: TextRange;
  /** True when every segment was found; false when the path goes past the text (a missing field), so this is its nearest parent. */
  exact: boolean;
}

export function outlineText(text: string, language: TextLanguage): SourceNode | undefined {
  return language === 'json' ? outlineJson(text) : outlineYaml(text);
}

/**
 * Where a JSON path (as in zod issues and validator findings: ['nodes', 2, 'config', 'timeoutSeconds'])
 * sits in an outlined text. A path that goes further than the text (a required field
 * that is missing) lands on the deepest part that exists, with `exact: false`.
 */
export function locatePath(root: SourceNode | undefined, path: readonly (string | number)[]): PathLocation | undefined {
  if (!root) return undefined;
  let node = root;
  let key: TextRange | undefined;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (node.type === 'object') {
      // JSON.parse keeps the last of duplicate keys, so the last one is the one that counts.
      const entry = node.entries.findLast((e) => e.key === String(segment));
      if (!entry) return placeOf(node, key, false);
      if (!entry.value) return { focus: entry.keyRange, whole: entry.keyRange, exact: i === path.length - 1 };
      node = entry.value;
      key = entry.keyRange;
    } else if (node.type === 'array' && typeof segment === 'number' && node.items[segment]) {
      node = node.items[segment];
      key = undefined;
    } else {
      return placeOf(node, key, false);
    }
  }
  return placeOf(node, key, true);
}

/** Convenience: outline the text and locate one path in it. */
export function locateInText(text: string, path: readonly (string | number)[], language: TextLanguage = 'json'): PathLocation | undefined {
  return locatePath(outlineText(text, language), path);
}

function placeOf(node: SourceNode, key: TextRange | undefined, exact: boolean): PathLocation {
  const whole = key ? { start: key.start, end: node.range.end } : node.range;
  if (node.type === 'scalar') return { focus: node.range, whole, exact };
  return { focus: key ?? { start: node.range.start, end: Math.min(node.range.start + 1, node.range.end) }, whole, exact };
}
