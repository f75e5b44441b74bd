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
