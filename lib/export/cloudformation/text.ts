/**
 * Free text (names, descriptions) only ever goes into plain string values, which the
 * JSON and YAML serializers quote. These helpers only cut it to AWS's length limits.
 */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Bytes, for limits AWS counts in bytes (the template Description: 1,024 bytes). */
export function truncateBytes(text: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= maxBytes) return text;
  let out = '';
  for (const ch of Array.from(text)) {
    if (encoder.encode(`${out}${ch}…`).length > maxBytes) break;
    out += ch;
  }
  return `${out}…`;
}

/** Text for code comments: only characters that cannot end a comment or a line. */
export function commentSafe(text: string, max = 80): string {
  return truncate(text.replace(/[^A-Za-z0-9 .,:;()'_+=?-]/g, '_'), max);
}

/**
 * CloudFormation resolves `{{resolve:ssm:...}}`, `{{resolve:ssm-secure:...}}` and
 * `{{resolve:secretsmanager:...}}` in any resource property: typed into a name, description,
 * SQL, prefix or filter, it would put a looked-up value (a secret) into a readable property of
 * a design someone shared. Free text never becomes one: a space after the first brace keeps the
 * text readable and is no reference. (No Sluice field produces a dynamic reference: database
 * passwords are kept by the service itself, ManageMasterPassword.)
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html
 */
const DYNAMIC_REFERENCE = /\{\{(?=\s*resolve\s*:)/gi;

export function neutraliseDynamicReferences<T>(value: T): T {
  if (typeof value === 'string') return value.replace(DYNAMIC_REFERENCE, '{ {') as T;
  if (Array.isArray(value)) return value.map((v) => neutraliseDynamicReferences(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [neutraliseDynamicReferences(k), neutraliseDynamicReferences(v)])) as T;
  }
  return value;
}
