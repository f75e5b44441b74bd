'use client';
import { type ReactNode, useCallback, useMemo, useRef } from 'react';
import { setPipelineInfo } from '@/lib/edit';
import { emptyPipeline, serializePipeline, type Pipeline } from '@/lib/model';
import { migratedNote, pipelineFileName, type PipelineOrigin } from '@/lib/persist';
import { useEditorStore } from '../editor/store/editor-context';
import { downloadFile } from './download-file';
import { FilesContext, type FilesApi } from './files-context';
import { FileDropZone } from './file-drop-zone';
import { readPipelineFiles } from './read-dropped-files';
import { useFileShortcuts } from './use-file-shortcuts';
import { useLibrarySession } from './use-library-session';
import './files.css';

/**
 * The files feature: the pipeline library (autosaved in IndexedDB), open, save, share, drop.
 * Until the last pipeline is restored the editor is not shown, so nobody edits a placeholder.
 * With `enabled` false (throwaway editors) it stores nothing and renders its children as they are.
 */
export function FilesProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const store = useEditorStore();
  const session = useLibrarySession(store, enabled);
  const { library, currentId, activate, flush, bump } = session;
  const inputRef = useRef<HTMLInputElement>(null);

  const openAsNew = useCallback(
    async (pipeline: Pipeline, origin: PipelineOrigin, message?: string) => {
      if (!library) return;
      await flush();
      const summary = await library.create(pipeline, origin);
      await activate(summary.id, pipeline, summary.revision);
      if (message) store.getState().notify(message, 'info');
    },
    [library, flush, activate, store],
  );

  const switchTo = useCallback(
    async (id: string) => {
      if (!library || id === currentId) return;
      await flush();
      const opened = await library.open(id);
      if (!opened.ok) {
        store.getState().notify(`${opened.message}. The open pipeline is unchanged.`);
        return;
      }
      await activate(id, opened.pipeline, opened.summary.revision);
      if (opened.migratedFrom !== undefined) store.getState().notify(`Opened "${opened.pipeline.name}".${migratedNote(opened.migratedFrom)}`, 'info');
    },
    [library, currentId, flush, activate, store],
  );

  const deletePipeline = useCallback(
    async (id: string) => {
      if (!library) return;
      await flush();
      await library.remove(id);
      if (id === currentId) {
        // Show the next pipeline, or a fresh one: the canvas never shows a deleted pipeline.
        for (const next of await library.list()) {
          const opened = await library.open(next.id);
          if (opened.ok) {
            await activate(next.id, opened.pipeline, opened.summary.revision);
            return;
          }
        }
        const summary = await library.create(emptyPipeline(), 'new');
        await activate(summary.id, emptyPipeline(), summary.revision);
        return;
      }
      bump();
    },
    [library, currentId, flush, activate, bump],
  );

  const renamePipeline = useCallback(
    async (id: string, name: string): Promise<string | null> => {
      if (!library) return null;
      if (id === currentId) {
        // The open pipeline is renamed through the editor, so it is one undo step like any edit.
        const result = store.getState().apply('Rename pipeline', [{ type: 'set-info', name: name.trim() }]);
        if (!result.ok) return result.problems[0].message;
        await flush();
      } else {
        const check = setPipelineInfo(emptyPipeline(), { name: name.trim() });
        if (!check.ok) return check.problems[0].message;
        await library.rename(id, name);
      }
      bump();
      return null;
    },
    [library, currentId, store, flush, bump],
  );

  const openFiles = useCallback(
    async (files: readonly File[]) => {
      const results = await readPipelineFiles(files);
      const errors: string[] = [];
      const opened: string[] = [];
      for (const { fileName, result } of results) {
        if (!result.ok) {
          errors.push(result.message);
          continue;
        }
        await openAsNew(result.pipeline, 'file');
        opened.push(`Opened ${fileName} as a new pipeline.${migratedNote(result.migratedFrom)}`);
      }
      if (errors.length) {
        const unchanged = opened.length ? '' : ' The open pipeline is unchanged.';
        store.getState().notify(`${errors.join(' ')}${unchanged}`);
      } else if (opened.length) store.getState().notify(opened.join(' '), 'info');
    },
    [openAsNew, store],
  );

  const download = useCallback(() => {
    const pipeline = store.getState().pipeline;
    const fileName = pipelineFileName(pipeline.name);
    downloadFile(fileName, serializePipeline(pipeline));
    store.getState().notify(`Saved ${fileName} to your downloads.`, 'info');
  }, [store]);

  const pickFile = useCallback(() => inputRef.current?.click(), []);

  const api = useMemo<FilesApi | null>(
    () =>
      library
        ? {
            library,
            currentId,
            revision: session.revision,
            openAsNew,
            switchTo,
            newPipeline: () => openAsNew(emptyPipeline(), 'new'),
            deletePipeline,
            restorePipeline: async (id) => {
              await library.restore(id);
              bump();
            },
            purgePipeline: async (id) => {
              await library.purge(id);
              bump();
            },
            renamePipeline,
            openFiles,
            download,
            pickFile,
            fileInput: inputRef,
          }
        : null,
    [library, currentId, session.revision, openAsNew, switchTo, deletePipeline, bump, renamePipeline, openFiles, download, pickFile],
  );

  useFileShortcuts(api);

  if (!enabled) return <>{children}</>;
  return (
    <FilesContext.Provider value={api}>
      {session.ready ? (
        <FileDropZone onFiles={(files) => void openFiles(files)}>{children}</FileDropZone>
      ) : (
        <div className="app-loading" role="status">
          Restoring your pipelines…
        </div>
      )}
    </FilesContext.Provider>
  );
}
