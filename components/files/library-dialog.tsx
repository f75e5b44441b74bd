'use client';
import { useEffect, useRef, useState } from 'react';
import type { PipelineOrigin, PipelineSummary } from '@/lib/persist';
import type { FilesApi } from './files-context';
import { ModalDialog } from './modal-dialog';
import { relativeTime } from './relative-time';
import { createdAtText, sameNameNotes } from './same-name';

const ORIGIN: Record<PipelineOrigin, string> = { new: 'made here', example: 'from the gallery', file: 'from a file', share: 'from a share link', template: 'imported from a template' };

type RowMode = { id: string; mode: 'rename' | 'confirm-delete' | 'confirm-purge' } | null;

function PipelineRow({ summary, files, mode, setMode, onOpen, onRenamed, now, sameName }: { summary: PipelineSummary; files: FilesApi; mode: RowMode; setMode(m: RowMode): void; onOpen(): void; onRenamed(name: string): void; now: number; sameName?: string }) {
  const isCurrent = summary.id === files.currentId;
  const [draft, setDraft] = useState(summary.name);
  const [error, setError] = useState<string | null>(null);
  const deleted = summary.deletedAt !== undefined;
  const editing = mode?.id === summary.id ? mode.mode : null;
  // Leaving a rename or a delete confirmation puts the focus back on the button that opened it.
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<'rename' | 'delete' | null>(null);
  const leave = (to: 'rename' | 'delete') => {
    returnFocus.current = to;
    setMode(null);
  };
  useEffect(() => {
    if (editing !== null || !returnFocus.current) return;
    (returnFocus.current === 'rename' ? renameButton : deleteButton).current?.focus();
    returnFocus.current = null;
  }, [editing]);

  const meta = `${summary.nodeCount} ${summary.nodeCount === 1 ? 'node' : 'nodes'} · ${deleted ? 'deleted' : 'changed'} ${relativeTime(summary.deletedAt ?? summary.updatedAt, now)} · ${ORIGIN[summary.origin]}`;

  if (editing === 'rename') {
    const save = async () => {
      const problem = await files.renamePipeline(summary.id, draft);
      if (problem) return setError(problem);
      // Show the new name at once; the list reload that follows only confirms it.
      onRenamed(draft.trim());
      leave('rename');
    };
    return (
      <li className="library-row">
        <form
          className="library-rename"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <input
            aria-label={`New name for ${summary.name}`}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              // Escape leaves the rename, not the whole list.
              if (e.key !== 'Escape') return;
              e.preventDefault();
              e.stopPropagation();
              leave('rename');
            }}
            aria-invalid={error ? true : undefined}
            autoFocus
          />
          <button type="submit">Save name</button>
          <button type="button" onClick={() => leave('rename')}>
            Cancel
          </button>
          {error ? (
            <div className="field-error" role="alert">
              {error}
            </div>
          ) : null}
        </form>
      </li>
    );
  }

  if (editing === 'confirm-delete' || editing === 'confirm-purge') {
    const forever = editing === 'confirm-purge';
    return (
      <li
        className="library-row library-confirm"
        role="group"
        aria-label={`Confirm deleting ${summary.name}`}
        onKeyDown={(e) => {
          // Escape leaves the confirmation, not the whole list.
          if (e.key !== 'Escape') return;
          e.preventDefault();
          e.stopPropagation();
          leave('delete');
        }}
      >
        <span>
          {forever
            ? `Erase “${summary.name}” for good? This cannot be undone.`
            : `Delete “${summary.name}”? It moves to Recently deleted, where you can restore it.`}
        </span>
        <button
          type="button"
          className="danger"
          autoFocus
          onClick={() => {
            setMode(null);
            void (forever ? files.purgePipeline(summary.id) : files.deletePipeline(summary.id));
          }}
        >
          {forever ? 'Erase for good' : 'Delete'}
        </button>
        <button type="button" onClick={() => leave('delete')}>
          Cancel
        </button>
      </li>
    );
  }

  return (
    <li className="library-row" aria-current={isCurrent ? 'true' : undefined}>
      <div className="library-row-main">
        <span className="library-name">{summary.name}</span>
        {isCurrent ? <span className="library-badge">open</span> : null}
        <span className="library-meta" title={new Date(summary.deletedAt ?? summary.updatedAt).toLocaleString()}>
          {meta}
        </span>
        {sameName ? <span className="library-meta library-same-name">{sameName}: Rename tells them apart</span> : null}
      </div>
      <div className="library-actions">
        {deleted ? (
          <>
            <button type="button" onClick={() => void files.restorePipeline(summary.id)} aria-label={`Restore ${summary.name}`}>
              Restore
            </button>
            <button type="button" onClick={() => setMode({ id: summary.id, mode: 'confirm-purge' })} aria-label={`Erase ${summary.name} for good`}>
              Erase…
            </button>
          </>
        ) : (
          <>
            {isCurrent ? null : (
              <button type="button" onClick={onOpen} aria-label={`Open ${summary.name}`}>
                Open
              </button>
            )}
            <button ref={renameButton} type="button" onClick={() => (setDraft(summary.name), setMode({ id: summary.id, mode: 'rename' }))} aria-label={`Rename ${summary.name}`}>
              Rename
            </button>
            <button ref={deleteButton} type="button" onClick={() => setMode({ id: summary.id, mode: 'confirm-delete' })} aria-label={`Delete ${summary.name}`}>
              Delete…
            </button>
          </>
        )}
      </div>
    </li>
  );
}

/** "My pipelines": every pipeline stored in this browser; open, rename, delete (recoverable), restore. */
export function LibraryDialog({ files, open, onClose }: { files: FilesApi; open: boolean; onClose(): void }) {
  const [active, setActive] = useState<PipelineSummary[]>([]);
  const [deleted, setDeleted] = useState<PipelineSummary[]>([]);
  const [mode, setMode] = useState<RowMode>(null);
  const [now, setNow] = useState(() => Date.now());
  const { library, revision } = files;

  useEffect(() => {
    if (!open) {
      // A confirmation or rename left half-done is not waiting the next time the list opens.
      setMode(null);
      return;
    }
    let stale = false;
    void Promise.all([library.list(), library.listDeleted()]).then(([a, d]) => {
      if (stale) return;
      setActive(a);
      setDeleted(d);
      setNow(Date.now());
    });
    return () => {
      stale = true;
    };
  }, [open, library, revision]);

  const lastDeleted = deleted[0];
  // A delete just confirmed here: the focus goes to its Undo (the row it was on is gone).
  const undoButton = useRef<HTMLButtonElement>(null);
  const newestDeletion = lastDeleted?.deletedAt;
  useEffect(() => {
    if (open && newestDeletion !== undefined && Date.now() - newestDeletion < 5_000) undoButton.current?.focus();
  }, [open, newestDeletion]);
  const sameName = sameNameNotes(active, createdAtText);
  const row = (s: PipelineSummary) => (
    <PipelineRow
      key={s.id}
      summary={s}
      files={files}
      mode={mode}
      setMode={setMode}
      now={now}
      sameName={sameName.get(s.id)}
      onRenamed={(name) => setActive((rows) => rows.map((r) => (r.id === s.id ? { ...r, name } : r)))}
      onOpen={() => {
        onClose();
        void files.switchTo(s.id);
      }}
    />
  );

  return (
    <ModalDialog open={open} title="My pipelines" onClose={onClose} className="library-dialog">
      <p className="files-hint">Saved in this browser as you work. Use Save to keep a file, or Share to send a link.</p>
      <div className="library-toolbar">
        <button
          type="button"
          onClick={() => {
            onClose();
            void files.newPipeline();
          }}
        >
          New pipeline
        </button>
      </div>
      {lastDeleted && now - (lastDeleted.deletedAt ?? 0) < 60_000 ? (
        <div className="library-undo" role="status">
          Deleted “{lastDeleted.name}”.{' '}
          <button ref={undoButton} type="button" onClick={() => void files.restorePipeline(lastDeleted.id)}>
            Undo delete
          </button>
        </div>
      ) : null}
      <ul className="library-list" aria-label="Pipelines">
        {active.map(row)}
      </ul>
      {deleted.length ? (
        <details className="library-deleted">
          <summary>Recently deleted ({deleted.length})</summary>
          <ul className="library-list" aria-label="Recently deleted pipelines">
            {deleted.map(row)}
          </ul>
        </details>
      ) : null}
    </ModalDialog>
  );
}
