import { type Node, parseTree } from 'jsonc-parser';
import type { SourceEntry, SourceNode } from './source-tree';

/**
 * Outline a JSON text with `jsonc-parser` (the tolerant parser VS Code and Monaco use). Tolerant
 * on purpose: the user is typing, so a text that breaks half-way still gives the outline of
 * everything before the break; comments are skipped. Returns undefined only when there is no
 * value at all.
 */
export function outlineJson(text: string): SourceNode | undefined {
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  return root ? toSource(root, text) : undefined;
}

function toSource(node: Node, text: string): SourceNode | undefined {
  const range = { start: node.offset, end: node.offset + node.length };
  switch (node.type) {
    case 'object':
      return { type: 'object', range, entries: (node.children ?? []).flatMap((p) => entry(p, text)) };
    case 'array':
      return { type: 'array', range, items: (node.children ?? []).flatMap((c) => toSource(c, text) ?? []) };
    case 'string':
      // A string the line broke before its closing quote is no value yet.
      return node.length >= 2 && text[range.end - 1] === '"' ? { type: 'scalar', range } : undefined;
    default:
      return { type: 'scalar', range };
  }
}

function entry(property: Node, text: string): SourceEntry[] {
  const [key, value] = property.children ?? [];
  if (!key || key.type !== 'string') return [];
  const out: SourceEntry = { key: String(key.value), keyRange: { start: key.offset, end: key.offset + key.length } };
  const source = value ? toSource(value, text) : undefined;
  if (source) out.value = source;
  return [out];
}
