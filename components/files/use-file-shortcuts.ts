'use client';
import { useEffect } from 'react';
import type { FilesApi } from './files-context';

/**
 * Ctrl/Cmd+S downloads, Ctrl/Cmd+O opens: also while typing in a field, as in any editor,
 * and instead of the browser's own "save page" / "open file".
 */
export function useFileShortcuts(api: FilesApi | null) {
  useEffect(() => {
    if (!api) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key !== 's' && key !== 'o') return;
      event.preventDefault();
      if (key === 's') {
        // Fields commit on blur: a name typed a moment ago belongs in the file.
        const active = document.activeElement;
        if (active instanceof HTMLElement && active !== document.body) active.blur();
        api.download();
      } else {
        api.pickFile();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [api]);
}
