// Where the CLI's bundle lives and whether it may be used. `npm install` builds it (the `prepare`
// script, scripts/build-cli.mjs); bin/sluice.mjs runs it when it is at least as new as every file
// it was built from, and otherwise falls back to compiling the TypeScript with tsx.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The bundle and the list of files it was built from, relative to a directory (the package root by default). */
export function bundlePaths(dir) {
  return { bundle: join(dir, 'cli.mjs'), inputs: join(dir, 'cli.inputs.json') };
}

export const DEFAULT_BUNDLE_DIR = 'dist';

/**
 * True when the bundle in `dir` exists and no file it was built from changed since (or is gone).
 * One stat per input (a few hundred, ~2 ms): cheaper than compiling, and a source edited after
 * `npm install` is never silently ignored.
 */
export function bundleIsFresh(root, dir = join(root, DEFAULT_BUNDLE_DIR)) {
  const { bundle, inputs } = bundlePaths(dir);
  try {
    const built = statSync(bundle).mtimeMs;
    const files = JSON.parse(readFileSync(inputs, 'utf8'));
    if (!Array.isArray(files) || files.length === 0) return false;
    for (const file of files) if (statSync(join(root, file)).mtimeMs > built) return false;
    return true;
  } catch {
    return false;
  }
}
