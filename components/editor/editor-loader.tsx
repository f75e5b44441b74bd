'use client';
import dynamic from 'next/dynamic';

// The editor needs the browser (IndexedDB, clipboard, workers), so it is never server-rendered.
const EditorApp = dynamic(() => import('./editor-app').then((m) => m.EditorApp), {
  ssr: false,
  loading: () => (
    <div className="app-loading" role="status">
      Loading the designer…
    </div>
  ),
});

export function EditorLoader() {
  return <EditorApp />;
}
