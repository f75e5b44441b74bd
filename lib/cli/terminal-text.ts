/**
 * Characters a terminal acts on instead of showing: C0 controls other than newline and tab
 * (ESC starts the sequences that clear the screen, move the cursor or retitle the window;
 * CR rewrites a line), DEL, the C1 controls (U+009B is a one-character CSI on many
 * terminals), the Unicode line and paragraph separators and the bidirectional overrides
 * and isolates (which reorder what is shown, so a line can be made to read as another).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text a file supplied, made safe to print: every unsafe character becomes its `\uXXXX`
 * escape. In JSON output (the only place these could sit inside data we print) that escape is
 * the same string, so data printed through this stays exactly what it was.
 */
export function escapeTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
