'use client';
import type { FilesApi } from '../files/files-context';
import { ModalDialog } from '../files/modal-dialog';
import { EXAMPLES } from './examples';

/** The example gallery: each example opens as a new pipeline, leaving the open one as it is. */
export function GalleryDialog({ files, open, onClose }: { files: FilesApi; open: boolean; onClose(): void }) {
  return (
    <ModalDialog open={open} title="Example gallery" onClose={onClose} className="gallery-dialog">
      <p className="files-hint">Each example opens as a new pipeline in My pipelines; your open pipeline stays as it is.</p>
      <ul className="gallery-list" aria-label="Examples">
        {EXAMPLES.map((example) => (
          <li key={example.id} className="gallery-item">
            <div className="gallery-text">
              <h3>{example.title}</h3>
              <p>{example.description}</p>
              <span className="library-meta">
                {example.pipeline.nodes.length} services, {example.pipeline.edges.length} connections
              </span>
            </div>
            <button
              type="button"
              aria-label={`Open example ${example.title}`}
              onClick={() => {
                onClose();
                void files.openAsNew(example.pipeline, 'example', `Opened the example “${example.title}” as a new pipeline.`);
              }}
            >
              Open
            </button>
          </li>
        ))}
      </ul>
    </ModalDialog>
  );
}
