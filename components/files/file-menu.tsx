'use client';
import { useState } from 'react';
import { GalleryDialog } from '../gallery/gallery-dialog';
import { useFiles } from './files-context';
import { LibraryDialog } from './library-dialog';
import { ShareDialog } from './share-dialog';

type Dialog = 'library' | 'gallery' | 'share' | null;

/** The file actions in the top bar: new, open, save, the pipeline list, the gallery, share. */
export function FileMenu() {
  const files = useFiles();
  const [dialog, setDialog] = useState<Dialog>(null);
  if (!files) return null;
  const close = () => setDialog(null);
  return (
    <div className="file-menu" role="group" aria-label="File">
      <button type="button" onClick={() => void files.newPipeline()} title="Start a new, empty pipeline (the open one stays in My pipelines)">
        New
      </button>
      <button type="button" onClick={files.pickFile} title="Open a .sluice.json file as a new pipeline (Ctrl+O), or drop one on the page">
        Open…
      </button>
      <button type="button" onClick={files.download} title="Download as a .sluice.json file (Ctrl+S)">
        Save
      </button>
      <button type="button" onClick={() => setDialog('library')} aria-haspopup="dialog" title="Every pipeline saved in this browser">
        My pipelines
      </button>
      <button type="button" onClick={() => setDialog('gallery')} aria-haspopup="dialog" title="Example pipelines to start from">
        Examples
      </button>
      <button type="button" onClick={() => setDialog('share')} aria-haspopup="dialog" title="Copy a link that opens a copy of this pipeline">
        Share
      </button>
      <LibraryDialog files={files} open={dialog === 'library'} onClose={close} />
      <GalleryDialog files={files} open={dialog === 'gallery'} onClose={close} />
      <ShareDialog open={dialog === 'share'} onClose={close} />
      <input
        ref={files.fileInput}
        type="file"
        className="visually-hidden"
        accept=".json,application/json"
        multiple
        aria-label="Open a pipeline file"
        tabIndex={-1}
        onChange={(event) => {
          const picked = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (picked.length) void files.openFiles(picked);
        }}
      />
    </div>
  );
}
