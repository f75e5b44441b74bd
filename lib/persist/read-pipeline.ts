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
  if (!parsed.ok) return { ok: false, message: `Could not open ${fileName}: ${summariseProblems(parsed.problems)}` };
  return parsed.migratedFrom === undefined
    ? { ok: true, pipeline: parsed.pipeline }
    : { ok: true, pipeline: parsed.pipeline, migratedFrom: parsed.migratedFrom };
}
