'use client';
import { plural } from '@/lib/validate/format';
import { useEffect } from 'react';
import { duplicateOperation, extractFragment, pasteOperation, removeOperation } from '@/lib/edit';
import { problemToString } from '@/lib/model';
import type { EditorStore } from './store/editor-store';

/** True when the key belongs to a text field or an editor, not to the canvas. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  if (el.isContentEditable) return true;
  if (el.closest?.('.monaco-editor')) return true;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') {
    const type = (el as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'range'].includes(type);
  }
  return false;
}

export function deleteSelection(store: EditorStore) {
  const { selection, apply } = store.getState();
  if (!selection.nodeIds.length && !selection.edgeIds.length) return;
  const n = selection.nodeIds.length + selection.edgeIds.length;
  apply(n === 1 ? 'Delete' : `Delete ${n} items`, [removeOperation(selection.nodeIds, selection.edgeIds)], { select: { nodeIds: [], edgeIds: [] } });
}

export function duplicateSelection(store: EditorStore) {
  const { selection, apply, pipeline } = store.getState();
  if (!selection.nodeIds.length) return;
  const result = apply('Duplicate', [duplicateOperation(pipeline, selection.nodeIds)]);
  store.getState().select({ nodeIds: result.ok ? result.added.nodeIds : [], edgeIds: [] });
}

export function pasteText(store: EditorStore, text: string) {
  const state = store.getState();
  const paste = pasteOperation(text);
  const result = paste.ok ? state.apply(`Paste ${plural(paste.nodeCount, 'service')}`, paste.nodeCount ? [paste.operation] : []) : paste;
  if (!result.ok) {
    state.notify(`Nothing pasted: ${result.problems.slice(0, 3).map(problemToString).join('; ')}`);
    return;
  }
  if (result.added.nodeIds.length === 0) {
    state.notify('Nothing pasted: the clipboard pipeline has no nodes', 'info');
    return;
  }
  state.select({ nodeIds: result.added.nodeIds, edgeIds: [] });
}

/**
 * Keyboard shortcuts and the system clipboard. Copy puts pipeline JSON on the clipboard, so
 * it pastes into another tab, another Sluice, or a text editor.
 */
export function useShortcuts(store: EditorStore, actions: { toggleHelp(): void; autoLayout(): void; fitView(): void; togglePalette?(): void; toggleSidePanel?(): void }) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const state = store.getState();
      if (mod && key === 'z' && !event.shiftKey) {
        event.preventDefault();
        state.undo();
      } else if ((mod && key === 'z' && event.shiftKey) || (mod && key === 'y')) {
        event.preventDefault();
        state.redo();
      } else if (mod && key === 'd') {
        event.preventDefault();
        duplicateSelection(store);
      } else if (mod && key === 'a') {
        event.preventDefault();
        state.select({ nodeIds: state.pipeline.nodes.map((n) => n.id), edgeIds: state.pipeline.edges.map((e) => e.id) });
      } else if (!mod && (event.key === 'Delete' || event.key === 'Backspace')) {
        event.preventDefault();
        deleteSelection(store);
      } else if (event.key === 'Escape') {
        state.select({ nodeIds: [], edgeIds: [] });
      } else if (event.key === '?' || (event.shiftKey && event.key === '/')) {
        event.preventDefault();
        actions.toggleHelp();
      } else if (!mod && event.shiftKey && key === 'l') {
        event.preventDefault();
        actions.autoLayout();
      } else if (!mod && event.shiftKey && key === 'f') {
        event.preventDefault();
        actions.fitView();
      } else if (!mod && event.shiftKey && key === 'p' && actions.togglePalette) {
        event.preventDefault();
        actions.togglePalette();
      } else if (!mod && event.shiftKey && key === 's' && actions.toggleSidePanel) {
        event.preventDefault();
        actions.toggleSidePanel();
      }
    };
    const onCopy = (event: ClipboardEvent) => {
      if (isTypingTarget(event.target) || !event.clipboardData) return;
      const { selection, pipeline } = store.getState();
      if (!selection.nodeIds.length) return;
      event.preventDefault();
      event.clipboardData.setData('text/plain', JSON.stringify(extractFragment(pipeline, selection.nodeIds), null, 2));
      store.getState().notify(`Copied ${plural(selection.nodeIds.length, 'service')}`, 'info');
    };
    const onCut = (event: ClipboardEvent) => {
      if (isTypingTarget(event.target) || !event.clipboardData) return;
      const { selection, pipeline } = store.getState();
      if (!selection.nodeIds.length) return;
      event.preventDefault();
      event.clipboardData.setData('text/plain', JSON.stringify(extractFragment(pipeline, selection.nodeIds), null, 2));
      deleteSelection(store);
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTypingTarget(event.target) || !event.clipboardData) return;
      const text = event.clipboardData.getData('text/plain');
      if (!text) return;
      event.preventDefault();
      pasteText(store, text);
    };
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [store, actions]);
}
