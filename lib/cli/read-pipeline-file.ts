import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parsePipelineText, type Pipeline, type Problem, problemToString } from '../model';

export type FileResult = { ok: true; file: string; pipeline: Pipeline } | { ok: false; file: string; lines: string[] };

/** Read and parse one pipeline file; every failure becomes lines of `file: path: message`. */
export async function readPipelineFile(file: string, cwd: string): Promise<FileResult> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    return { ok: false, file, lines: [`${file}: cannot read: ${why}`] };
  }
  const result = parsePipelineText(text);
  if (!result.ok) return { ok: false, file, lines: result.problems.map((p: Problem) => `${file}: ${problemToString(p)}`) };
  return { ok: true, file, pipeline: result.pipeline };
}
