import { readPipelineFile, type ReadResult } from '@/lib/persist';

/** A pipeline file larger than this is surely something else; reading it would only freeze the tab. */
export const MAX_PIPELINE_FILE_BYTES = 10 * 1024 * 1024;

export interface ReadFile {
  fileName: string;
  result: ReadResult;
}

/** Read picked or dropped files as untrusted pipeline documents, one result per file. */
export async function readPipelineFiles(files: readonly File[]): Promise<ReadFile[]> {
  return Promise.all(
    files.map(async (file): Promise<ReadFile> => {
      if (file.size > MAX_PIPELINE_FILE_BYTES) {
        const mb = (file.size / 1024 / 1024).toFixed(1);
        return { fileName: file.name, result: { ok: false, message: `Could not open ${file.name}: it is ${mb} MB; a pipeline file is at most 10 MB. Is it the right file?` } };
      }
      try {
        return { fileName: file.name, result: readPipelineFile(file.name, await file.text()) };
      } catch (error) {
        return { fileName: file.name, result: { ok: false, message: `Could not read ${file.name}: ${error instanceof Error ? error.message : String(error)}` } };
      }
    }),
  );
}
