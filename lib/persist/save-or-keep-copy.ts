import { applyOrThrow } from '../edit/apply';
import { MAX_NAME_LENGTH, type Pipeline } from '../model';
import type { PipelineLibrary, PipelineSummary } from './pipeline-library';

export type KeptResult =
  | { kind: 'saved'; revision: number }
  /** Another tab saved the pipeline since `expectedRevision`: ours went to a new pipeline instead. */
  | { kind: 'copied'; summary: PipelineSummary; pipeline: Pipeline; message: string };

/** "orders (edits from another tab)", cut to fit the format's 200 characters. */
export function copyName(name: string, suffix = ' (edits from another tab)'): string {
  // The format counts UTF-16 units; cut between characters, never inside one.
  let kept = '';
  for (const ch of name) {
    if (kept.length + ch.length > MAX_NAME_LENGTH - suffix.length) break;
    kept += ch;
  }
  return kept.trimEnd() + suffix;
}

/**
 * Save a tab's document over the revision it was based on. When another tab has saved the same
 * pipeline since, neither tab's work is overwritten: this tab's document becomes a new pipeline
 * in the library (named as a copy), and the caller shows it from then on.
 */
export async function saveOrKeepCopy(library: PipelineLibrary, id: string, document: Pipeline, expectedRevision: number): Promise<KeptResult> {
  const saved = await library.save(id, document, { expectedRevision });
  if (saved.ok) return { kind: 'saved', revision: saved.revision };
  const pipeline: Pipeline = applyOrThrow(document, [{ type: 'set-info', name: copyName(document.name) }]);
  const summary = await library.create(pipeline, 'new');
  const message = `"${document.name}" was also changed in another tab. Nothing is lost: that tab's version keeps the name, and your edits here are kept as "${pipeline.name}" (both in My pipelines).`;
  return { kind: 'copied', summary, pipeline, message };
}
