import { parsePipeline, type Pipeline } from '../model';
import { decodeShareFragment } from '../share/share-link';
import type { PipelineLibrary, PipelineOrigin, PipelineSummary } from './pipeline-library';
import { saveOrKeepCopy } from './save-or-keep-copy';

export interface SessionNotice {
  tone: 'info' | 'error';
  text: string;
}

export interface SessionStart {
  id: string;
  pipeline: Pipeline;
  /** The stored revision the pipeline was read at (see PipelineLibrary.save). */
  revision: number;
  notices: SessionNotice[];
}

export interface StartOptions {
  /** `location.hash`: a `#share=...` link opens as a new copy. */
  fragment: string;
  /** What the unload snapshot held (see unload-snapshot.ts), if anything. */
  snapshot?: { id: string; savedAt: number; document: unknown; revision?: number };
  /** The pipeline for a first visit (no stored pipelines). */
  firstPipeline(): { pipeline: Pipeline; origin: PipelineOrigin };
}

export type SharedOpen =
  | { kind: 'none' }
  | { kind: 'opened'; summary: PipelineSummary; pipeline: Pipeline; notice: SessionNotice }
  | { kind: 'error'; notice: SessionNotice };

export function migratedNote(from: number | undefined): string {
  return from === undefined ? '' : ` It was written in file format version ${from} and has been upgraded to the current version.`;
}

/** A `#share=` fragment becomes a new pipeline in the library; the user's own are not touched. */
export async function openSharedPipeline(library: PipelineLibrary, fragment: string): Promise<SharedOpen> {
  const shared = decodeShareFragment(fragment);
  if (shared.kind === 'none') return { kind: 'none' };
  if (shared.kind === 'error') {
    return { kind: 'error', notice: { tone: 'error', text: `Could not open the share link: ${shared.message}. Nothing was changed.` } };
  }
  const summary = await library.create(shared.pipeline, 'share');
  const text = `Opened the shared pipeline "${shared.pipeline.name}" as a new copy; your own pipelines are unchanged (see My pipelines).${migratedNote(shared.migratedFrom)}`;
  return { kind: 'opened', summary, pipeline: shared.pipeline, notice: { tone: 'info', text } };
}

/**
 * Put back what a tab held when it was closed or hidden, if its last save did not land. A
 * snapshot that knows its revision goes through the same rule as any save: when another tab
 * saved the pipeline since, it becomes a copy instead of overwriting that tab's work.
 */
async function applySnapshot(library: PipelineLibrary, snapshot: StartOptions['snapshot']): Promise<SessionNotice | undefined> {
  if (!snapshot) return undefined;
  const parsed = parsePipeline(snapshot.document);
  if (!parsed.ok) return undefined;
  if (snapshot.revision === undefined) {
    const stored = await library.updatedAt(snapshot.id);
    if (stored !== undefined && stored >= snapshot.savedAt) return undefined;
    await library.save(snapshot.id, parsed.pipeline);
    return undefined;
  }
  const opened = await library.open(snapshot.id);
  if (!opened.ok) {
    // Gone or unreadable: the snapshot is the only copy, so it is written again.
    await library.save(snapshot.id, parsed.pipeline);
    return undefined;
  }
  if (JSON.stringify(opened.pipeline) === JSON.stringify(parsed.pipeline)) return undefined; // its save landed
  const kept = await saveOrKeepCopy(library, snapshot.id, parsed.pipeline, snapshot.revision);
  return kept.kind === 'copied' ? { tone: 'info', text: kept.message } : undefined;
}

/**
 * Decide what the designer shows first: a shared link (as a new copy), else the pipeline open
 * last, else the newest readable one, else a first pipeline. Never throws for bad data: a
 * pipeline that cannot be read stays stored and is reported.
 */
export async function startSession(library: PipelineLibrary, options: StartOptions): Promise<SessionStart> {
  const notices: SessionNotice[] = [];
  const restored = await applySnapshot(library, options.snapshot);
  if (restored) notices.push(restored);

  const shared = await openSharedPipeline(library, options.fragment);
  if (shared.kind === 'opened') {
    await library.setCurrentId(shared.summary.id);
    return { id: shared.summary.id, pipeline: shared.pipeline, revision: shared.summary.revision, notices: [shared.notice] };
  }
  if (shared.kind === 'error') notices.push(shared.notice);

  const currentId = await library.currentId();
  const candidates = (await library.list()).map((s) => s.id);
  const order = currentId && candidates.includes(currentId) ? [currentId, ...candidates.filter((id) => id !== currentId)] : candidates;
  for (const id of order) {
    const opened = await library.open(id);
    if (opened.ok) {
      if (id !== currentId) await library.setCurrentId(id);
      if (opened.migratedFrom !== undefined) notices.push({ tone: 'info', text: `Opened "${opened.pipeline.name}".${migratedNote(opened.migratedFrom)}` });
      return { id, pipeline: opened.pipeline, revision: opened.summary.revision, notices };
    }
    notices.push({ tone: 'error', text: `${opened.message}. It is kept in My pipelines.` });
  }

  const first = options.firstPipeline();
  const summary = await library.create(first.pipeline, first.origin);
  await library.setCurrentId(summary.id);
  return { id: summary.id, pipeline: first.pipeline, revision: summary.revision, notices };
}
