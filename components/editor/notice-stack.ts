import type { Notice } from './store/editor-store';

/** How long a message stays: long enough to read a sentence, short enough not to go stale over newer work. */
export const NOTICE_MS = { info: 4000, error: 8000 } as const;

/**
 * The messages shown, oldest first: a new message replaces the shown one of the same kind (an
 * info replaces an info, an error an error), so a stale "Copied 1 service" never stays over newer work.
 */
export function pushNotice(shown: readonly Notice[], next: Notice): Notice[] {
  if (shown.some((n) => n.id === next.id)) return [...shown];
  return [...shown.filter((n) => n.tone !== next.tone), next];
}
