import type { EditorStore } from '../editor/store/editor-store';

/**
 * Open a side panel tab from a link elsewhere (a summary, a note) and move the keyboard focus
 * to its tab, so the focus does not fall back to the page when the link disappears.
 */
export function openPanel(store: EditorStore, id: string): void {
  store.getState().setPanel(id);
  requestAnimationFrame(() => document.getElementById(`tab-${id}`)?.focus());
}
