import { Document, parse, Scalar, visit } from 'yaml';
import type { CfnTemplate } from './types';

/**
 * Characters that YAML readers treat as line breaks or strip (NEL U+0085, the line and
 * paragraph separators U+2028/2029 in YAML 1.1, the byte-order mark), tabs (stripped at the
 * ends of plain and block scalars) and the other control characters: a string holding one is
 * always written double-quoted, where each is an escape.
 */
// eslint-disable-next-line no-control-regex -- these are exactly the characters looked for
const NEEDS_ESCAPE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
const RAW_ESCAPABLE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;
const NAMED_ESCAPES: Record<string, string> = { '\u0085': '\\N', '\u2028': '\\L', '\u2029': '\\P' };

/** Whether `value`, written plain, reads back as the same string in YAML 1.1 and in YAML 1.2. */
function readsBackPlain(value: string): boolean {
  if (value === '' || value.includes('\n')) return true; // the emitter quotes or block-writes these itself
  if (value === '<<' || value === '=') return false; // 1.1's merge key and value key
  try {
    return parse(value, { version: '1.1' }) === value && parse(value, { version: '1.2' }) === value;
  } catch {
    return false;
  }
}

/**
 * JSON or YAML text. A YAML 1.1 reader (PyYAML, CloudFormation's lineage) reads `Yes`, `on`,
 * `Off`, `12:30:45`, `1_000`, `0b101` and `2001-12-14` as booleans, numbers and dates, and
 * `<<` as a merge; the `yaml` package only quotes what YAML 1.2 would misread. So every
 * string and key that either version would read as something else is written double-quoted,
 * and the characters the emitter leaves raw inside double quotes (C1 controls, NEL, U+2028/9,
 * BOM) are written as escapes. Long form intrinsics (Fn::GetAtt) keep the text free of tags.
 */
export function renderTemplate(template: CfnTemplate, format: 'json' | 'yaml'): string {
  if (format === 'json') return `${JSON.stringify(template, null, 2)}\n`;
  const doc = new Document(template, { aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (typeof node.value !== 'string') return;
      if (NEEDS_ESCAPE.test(node.value) || !readsBackPlain(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  const text = doc.toString({ lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  // Only double-quoted scalars can hold these now, and in double quotes an escape is the same character.
  return text.replace(RAW_ESCAPABLE, (c) => NAMED_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`);
}
