import { parsePipelineText, type Pipeline } from '../model';
import { summariseProblems } from './summarise-problems';

export type ReadResult =
  | { ok: true; pipeline: Pipeline; migratedFrom?: number }
  | { ok: false; message: string };

/**
 * Read untrusted pipeline text (an opened or dropped file): parse, migrate, validate. The
 * message names the file and every problem's JSON path, so the user can fix the file.
 */
export function readPipelineFile(fileName: string, text: string): ReadResult {
  const parsed = parsePipelineText(text);
  if (!parsed.ok) {
    const summary = summariseProblems(parsed.problems).replace(/[\s:.]*$/, '');
    const hint = looksLikeTemplate(fileName, text) ? ' It looks like a CloudFormation template: use Code › Import template… to draw it.' : '';
    return { ok: false, message: `Could not open ${fileName}: ${summary}.${hint}` };
  }
  return parsed.migratedFrom === undefined
    ? { ok: true, pipeline: parsed.pipeline }
    : { ok: true, pipeline: parsed.pipeline, migratedFrom: parsed.migratedFrom };
}

/** A CloudFormation template (or YAML) opened as a pipeline file by mistake. */
export function looksLikeTemplate(fileName: string, text: string): boolean {
  return /\.(ya?ml|template)$/i.test(fileName) || /AWSTemplateFormatVersion|^\s*Resources\s*:/m.test(text) || /"Resources"\s*:\s*\{/.test(text);
}
