'use client';
import { createContext, useContext, type RefObject } from 'react';
import type { Pipeline } from '@/lib/model';
import type { PipelineLibrary, PipelineOrigin } from '@/lib/persist';

/** What the file menu and its dialogs can do; provided by <FilesProvider>. */
export interface FilesApi {
  library: PipelineLibrary;
  /** The library id of the pipeline on the canvas. */
  currentId: string;
  /** Bumped whenever the library changes, so open lists reload. */
  revision: number;
  /** Add a pipeline to the library as a new document and show it; the open one is saved first. */
  openAsNew(pipeline: Pipeline, origin: PipelineOrigin, message?: string): Promise<void>;
  switchTo(id: string): Promise<void>;
  newPipeline(): Promise<void>;
  /** Moves to "Recently deleted"; when it is the open one, the next pipeline opens. */
  deletePipeline(id: string): Promise<void>;
  restorePipeline(id: string): Promise<void>;
  purgePipeline(id: string): Promise<void>;
  renamePipeline(id: string, name: string): Promise<string | null>;
  /** Read picked or dropped files; each valid one opens as a new pipeline. */
  openFiles(files: readonly File[]): Promise<void>;
  /** Download the open pipeline as `<name>.sluice.json`. */
  download(): void;
  /** Ask for a file with the picker (Ctrl/Cmd+O). */
  pickFile(): void;
  /** The file input the picker opens from; rendered by the file menu (inside the page header). */
  fileInput: RefObject<HTMLInputElement | null>;
}

export const FilesContext = createContext<FilesApi | null>(null);

/** The files feature, or null in throwaway editors (persistence off). */
export function useFiles(): FilesApi | null {
  return useContext(FilesContext);
}
