import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

const HERE = dirname(fileURLToPath(import.meta.url));
/** Outside the repository: its package.json says "type": "module", and the handlers are CommonJS. */
export const DIR = mkdtempSync(join(tmpdir(), 'sluice-handlers-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

export type Rec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
export interface Job {
  module: string;
  entry: string;
  event: unknown;
  fail?: boolean;
  /** Environment variables to set before the handler runs. */
  env?: Record<string, string>;
}
export interface Outcome {
  result: Rec | null;
  raised: string | null;
  written: [string, string, Rec][];
}

/** Runs jobs through harness.py (python3) or harness.cjs (node), one process for all of them. */
export function run(language: 'python' | 'node', jobs: Job[]): Outcome[] {
  const [cmd, script] = language === 'python' ? ['python3', join(HERE, 'harness.py')] : ['node', join(HERE, 'harness.cjs')];
  // The handlers log each failure; the harness sends that to stderr, which the test drops.
  return JSON.parse(execFileSync(cmd, [script], { input: JSON.stringify(jobs), encoding: 'utf8', timeout: 60_000, stdio: ['pipe', 'pipe', 'ignore'] }));
}
