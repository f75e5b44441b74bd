/**
 * String literals for generated code. Text a user typed (a write prefix) only ever enters code
 * through these: every character outside printable ASCII, and every quote and backslash, is
 * escaped, so no input can end the string, the line or the comment it sits in.
 */
function escaped(text: string, astral: (cp: number) => string): string {
  let out = '"';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (cp >= 0x20 && cp < 0x7f) out += ch;
    else if (cp > 0xffff) out += astral(cp);
    else out += `\\u${cp.toString(16).padStart(4, '0')}`;
  }
  return `${out}"`;
}

/** A Python str literal (astral characters as \U0001F30A, not surrogate pairs). */
export function pyStr(text: string): string {
  return escaped(text, (cp) => `\\U${cp.toString(16).padStart(8, '0')}`);
}

/** A JavaScript string literal. */
export function jsStr(text: string): string {
  return escaped(text, (cp) => `\\u{${cp.toString(16)}}`);
}
