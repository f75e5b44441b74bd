import { join } from 'node:path';
import type { CliIo } from '../io';
import { main } from '../main';

export const REPO = join(__dirname, '..', '..', '..');

/** Runs the CLI in-process with captured output, from the repository root. */
export async function runCli(argv: string[], cwd = REPO): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
