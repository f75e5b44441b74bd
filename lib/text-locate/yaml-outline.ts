import { isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml';
import type { SourceEntry, SourceNode, TextRange } from './source-tree';

/**
 * Outline a YAML text (e.g. a CloudFormation template). CloudFormation's short-form tags
 * (!Ref, !GetAtt, !Sub...) are unknown to a plain YAML parser; they only warn, and the
 * tagged values keep their places, which is all an outline needs.
 */
export function outlineYaml(text: string): SourceNode | undefined {
  const doc = parseDocument(text, { uniqueKeys: false });
  return doc.contents ? toSource(doc.contents as Node, text) : undefined;
}

function toSource(node: Node, text: string): SourceNode {
  const range = rangeOf(node, text);
  if (isMap(node)) {
    const entries: SourceEntry[] = [];
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (!key || !isScalar(key)) continue;
      const entry: SourceEntry = { key: String(key.value), keyRange: rangeOf(key, text) };
      if (pair.value) entry.value = toSource(pair.value as Node, text);
      entries.push(entry);
    }
    return { type: 'object', range, entries };
  }
  if (isSeq(node)) return { type: 'array', range, items: node.items.map((item) => toSource(item as Node, text)) };
  return { type: 'scalar', range };
}

/** The node's own text, without the line breaks YAML counts as part of a block. */
function rangeOf(node: Node, text: string): TextRange {
  const [start, valueEnd] = node.range ?? [0, 0];
  let end = valueEnd;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
