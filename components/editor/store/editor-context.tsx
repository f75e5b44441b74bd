'use client';
import { createContext, type ReactNode, useContext, useState } from 'react';
import { useStore } from 'zustand';
import type { Pipeline } from '@/lib/model';
import { createEditorStore, type EditorActions, type EditorState, type EditorStore } from './editor-store';

const EditorContext = createContext<EditorStore | null>(null);

/** One store per editor, never a module singleton (two editors on a page stay independent). */
export function EditorProvider({ initial, children }: { initial?: Pipeline; children: ReactNode }) {
  const [store] = useState(() => createEditorStore(initial));
  return <EditorContext.Provider value={store}>{children}</EditorContext.Provider>;
}

export function useEditorStore(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('useEditorStore must be used inside <EditorProvider>');
  return store;
}

/** Read a narrow slice; components re-render only when it changes. */
export function useEditor<T>(selector: (state: EditorState & EditorActions) => T): T {
  return useStore(useEditorStore(), selector);
}
