import { parsePipeline, type Pipeline, tooManyElementsMessage } from '../model';
import type { KeyValueStorage } from './key-value-storage';
import { randomHexId } from './random-id';
import { summariseProblems } from './summarise-problems';

/** Where a pipeline in the library came from, shown in the list. */
export type PipelineOrigin = 'new' | 'example' | 'file' | 'share' | 'template';

/** One pipeline as the "My pipelines" list shows it. */
export interface PipelineSummary {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  /** Set when moved to "Recently deleted"; the document is kept until purged. */
  deletedAt?: number;
  origin: PipelineOrigin;
  nodeCount: number;
  /** Counts the saves of this pipeline's document: a tab that saves knows which one it last saw. */
  revision: number;
}

/** What is stored under `pipeline:<id>`: the summary plus the document as plain JSON. */
interface StoredPipeline extends Omit<PipelineSummary, 'nodeCount' | 'revision'> {
  /** Missing in records written before revisions were kept. */
  revision?: number;
  document: unknown;
}

export type OpenResult =
  | { ok: true; pipeline: Pipeline; summary: PipelineSummary; migratedFrom?: number }
  | { ok: false; message: string };

/**
 * What a save did. With `expectedRevision`, a save is refused (nothing written) when the stored
 * document has moved on since that revision: another tab saved it in between.
 */
export type SaveResult = { ok: true; revision: number } | { ok: false; conflict: true; revision: number };

const RECORD_PREFIX = 'pipeline:';
const CURRENT_KEY = 'current';

export interface LibraryOptions {
  now?: () => number;
  newId?: () => string;
}

/** A random id for a stored pipeline. */
export function randomPipelineId(): string {
  return randomHexId('p-', 9);
}

function isStored(value: unknown): value is StoredPipeline {
  const v = value as Partial<StoredPipeline> | null;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.name === 'string' && typeof v.updatedAt === 'number';
}

/** Records stored before revisions existed count as revision 0. */
function revisionOf(record: StoredPipeline): number {
  return typeof record.revision === 'number' && Number.isInteger(record.revision) ? record.revision : 0;
}

function summaryOf(record: StoredPipeline): PipelineSummary {
  const nodes = (record.document as { nodes?: unknown } | null)?.nodes;
  const summary: PipelineSummary = {
    id: record.id,
    name: record.name,
    createdAt: typeof record.createdAt === 'number' ? record.createdAt : record.updatedAt,
    updatedAt: record.updatedAt,
    origin: record.origin ?? 'new',
    nodeCount: Array.isArray(nodes) ? nodes.length : 0,
    revision: revisionOf(record),
  };
  if (typeof record.deletedAt === 'number') summary.deletedAt = record.deletedAt;
  return summary;
}

/** Newest change first, so the pipeline just worked on is at the top. */
const newestFirst = (a: PipelineSummary, b: PipelineSummary) => b.updatedAt - a.updatedAt || a.name.localeCompare(b.name);

/**
 * The user's pipelines: each a document with an id, a name and times. Nothing is removed by
 * one click: `remove` moves a pipeline to "Recently deleted" (restorable), only `purge` erases.
 * Stored documents are parsed again on open, so a document written by an older Sluice migrates.
 */
export function createPipelineLibrary(storage: KeyValueStorage, options: LibraryOptions = {}) {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? randomPipelineId;

  async function read(id: string): Promise<StoredPipeline | undefined> {
    const value = await storage.get(RECORD_PREFIX + id);
    return isStored(value) ? value : undefined;
  }

  async function write(record: StoredPipeline): Promise<void> {
    await storage.set(RECORD_PREFIX + record.id, record);
  }

  async function all(): Promise<PipelineSummary[]> {
    const entries = await storage.entries(RECORD_PREFIX);
    return entries.flatMap(([, v]) => (isStored(v) ? [summaryOf(v)] : [])).sort(newestFirst);
  }

  async function update(id: string, change: (record: StoredPipeline) => StoredPipeline): Promise<PipelineSummary> {
    const record = await read(id);
    if (!record) throw new Error(`no pipeline with the id "${id}" in this browser`);
    const next = change(record);
    await write(next);
    return summaryOf(next);
  }

  return {
    /** Pipelines in use, newest change first. */
    async list(): Promise<PipelineSummary[]> {
      return (await all()).filter((s) => s.deletedAt === undefined);
    },

    /** Pipelines in "Recently deleted", most recently deleted first. */
    async listDeleted(): Promise<PipelineSummary[]> {
      return (await all()).filter((s) => s.deletedAt !== undefined).sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
    },

    /** Add a pipeline as a new document (a new id); never touches the others. */
    async create(pipeline: Pipeline, origin: PipelineOrigin): Promise<PipelineSummary> {
      const at = now();
      const record: StoredPipeline = { id: newId(), name: pipeline.name, createdAt: at, updatedAt: at, origin, revision: 1, document: pipeline };
      await write(record);
      return summaryOf(record);
    },

    /**
     * Store the latest document of a pipeline. A record missing (purged elsewhere) is written
     * again rather than lost. With `expectedRevision`, nothing is written when another save
     * came in since that revision (see SaveResult).
     */
    async save(id: string, pipeline: Pipeline, options: { expectedRevision?: number } = {}): Promise<SaveResult> {
      const existing = await read(id);
      const at = now();
      const stored = existing ? revisionOf(existing) : 0;
      if (options.expectedRevision !== undefined && existing && stored !== options.expectedRevision) {
        return { ok: false, conflict: true, revision: stored };
      }
      const revision = stored + 1;
      await write(
        existing
          ? { ...existing, name: pipeline.name, updatedAt: at, revision, document: pipeline }
          : { id, name: pipeline.name, createdAt: at, updatedAt: at, origin: 'new', revision, document: pipeline },
      );
      return { ok: true, revision };
    },

    /** Read and check a stored pipeline (documents from older versions are migrated). */
    async open(id: string): Promise<OpenResult> {
      const record = await read(id);
      if (!record) return { ok: false, message: `no pipeline with the id "${id}" is stored in this browser` };
      // One saved before Sluice capped what it opens would freeze the tab on every reload: it stays stored, unopened.
      const tooMany = tooManyElementsMessage(record.document);
      if (tooMany) return { ok: false, message: `the stored pipeline "${record.name}" is too large to open: ${tooMany}` };
      const parsed = parsePipeline(record.document);
      if (!parsed.ok) return { ok: false, message: `the stored pipeline "${record.name}" cannot be read: ${summariseProblems(parsed.problems)}` };
      const result: OpenResult = { ok: true, pipeline: parsed.pipeline, summary: summaryOf(record) };
      if (parsed.migratedFrom !== undefined) result.migratedFrom = parsed.migratedFrom;
      return result;
    },

    /** Rename a stored pipeline (its document's `name`); the current one is renamed through the editor instead. */
    async rename(id: string, name: string): Promise<PipelineSummary> {
      const trimmed = name.trim();
      if (!trimmed) throw new Error('a pipeline needs a name');
      return update(id, (r) => ({ ...r, name: trimmed, updatedAt: now(), revision: revisionOf(r) + 1, document: { ...(r.document as object), name: trimmed } }));
    },

    /** Move to "Recently deleted". */
    async remove(id: string): Promise<PipelineSummary> {
      return update(id, (r) => ({ ...r, deletedAt: now() }));
    },

    /** Bring back from "Recently deleted". */
    async restore(id: string): Promise<PipelineSummary> {
      return update(id, (r) => {
        const { deletedAt: _deleted, ...rest } = r;
        return rest;
      });
    },

    /** Erase for good: only offered for pipelines already in "Recently deleted". */
    async purge(id: string): Promise<void> {
      const record = await read(id);
      if (record && record.deletedAt === undefined) throw new Error(`"${record.name}" is not deleted; delete it first`);
      await storage.del(RECORD_PREFIX + id);
    },

    /** The pipeline that was open last, restored on the next visit. */
    async currentId(): Promise<string | undefined> {
      const id = await storage.get(CURRENT_KEY);
      return typeof id === 'string' ? id : undefined;
    },

    async setCurrentId(id: string): Promise<void> {
      await storage.set(CURRENT_KEY, id);
    },

    /** When the stored copy of a pipeline last changed, or undefined when there is none. */
    async updatedAt(id: string): Promise<number | undefined> {
      return (await read(id))?.updatedAt;
    },
  };
}

export type PipelineLibrary = ReturnType<typeof createPipelineLibrary>;
