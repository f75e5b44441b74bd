/** The smallest single replacement that turns `before` into `after`: offsets in `before`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Replacing only what changed (not the whole text) keeps the reader's scroll position, the
 * cursor, folded regions and markers elsewhere in place when a live view updates.
 */
export function minimalEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}
