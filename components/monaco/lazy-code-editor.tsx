'use client';
import dynamic from 'next/dynamic';

/**
 * The Monaco editor, loaded on first use: Monaco is large, so it stays out of the main
 * bundle until a panel that needs it opens, and never renders on the server.
 */
export const LazyCodeEditor = dynamic(() => import('./code-editor').then((m) => m.CodeEditor), {
  ssr: false,
  loading: () => (
    <div className="monaco-loading" role="status">
      Loading the editor…
    </div>
  ),
});
export type { CodeEditorProps, MonacoEditor } from './code-editor';
