'use client';
import { useState } from 'react';
import { ImportTemplateButton } from '../code-panel/import-template-button';
import { useEditor, useEditorStore } from '../editor/store/editor-context';
import { useFiles } from '../files/files-context';
import { EXAMPLES } from './examples';
import { GalleryDialog } from './gallery-dialog';

/** What an empty canvas says: the three ways to start (drag a service, open an example, import a template). */
export function EmptyCanvasPrompt() {
  const empty = useEditor((s) => s.pipeline.nodes.length === 0);
  const files = useFiles();
  const store = useEditorStore();
  const [gallery, setGallery] = useState(false);
  if (!empty) return null;
  const openExample = () => {
    if (files) setGallery(true);
    // A throwaway editor (no library): the first example replaces the empty document, undoably.
    else store.getState().load(EXAMPLES[0].pipeline, { label: `Open example ${EXAMPLES[0].title}` });
  };
  return (
    <section className="empty-canvas" aria-label="Start a pipeline">
      <h2>Start a pipeline</h2>
      <p>
        Drag a service here from the palette <span className="muted">(or focus one and press Enter)</span>, then drag from its right-hand handle to connect it.
      </p>
      <div className="empty-canvas-actions">
        <button type="button" className="primary" onClick={openExample} aria-haspopup={files ? 'dialog' : undefined}>
          Open an example
        </button>
        <ImportTemplateButton />
      </div>
      {files ? <GalleryDialog files={files} open={gallery} onClose={() => setGallery(false)} /> : null}
    </section>
  );
}
