'use client';
import dynamic from 'next/dynamic';
import { config } from 'zod';

// zod compiles fast parsers with `new Function` after probing whether eval is allowed; under our
// Content-Security-Policy (no eval, proxy.ts) the probe is refused and reported as a violation.
// jitless skips the probe; the parsers are the same, a little slower.
config({ jitless: true });

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
