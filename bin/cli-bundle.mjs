// Where the CLI's bundle lives and whether it may be used. `npm install` builds it (the `prepare`
// script, scripts/build-cli.mjs); bin/sluice.mjs runs it when every file it was built from is
// unchanged, and otherwise falls back to compiling the TypeScript with tsx.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The bundle and the list of files it was built from, relative to a directory (the package root by default). */
export function bundlePaths(dir) {
  return { bundle: join(dir, 'cli.mjs'), inputs: join(dir, 'cli.inputs.json') };
}

export const DEFAULT_BUNDLE_DIR = 'dist';

/** A file's content hash, as the input list records it. */
export function contentHash(file) {
  return createHash('sha1').update(readFileSync(file)).digest('hex');
}

/**
 * True when the bundle in `dir` exists and none of the project's own files it was built from
 * changed since (or is gone): a source edited after `npm install` is never silently ignored.
 * One stat per input (a few hundred, ~2 ms); an input newer than the bundle is then compared by
 * content, since a newer time alone does not mean a change: where Sluice is installed as a
 * dependency, npm unpacks the sources after the bundle, so they are all newer.
 * The list is `{ "files": { path: sha1 } }`; an older list (an array of paths) is judged by time only.
 */
export function bundleIsFresh(root, dir = join(root, DEFAULT_BUNDLE_DIR)) {
  const { bundle, inputs } = bundlePaths(dir);
  try {
    const built = statSync(bundle).mtimeMs;
    const list = JSON.parse(readFileSync(inputs, 'utf8'));
    const hashes = Array.isArray(list) ? undefined : list?.files;
    const files = Array.isArray(list) ? list : Object.keys(hashes ?? {});
    if (files.length === 0) return false;
    for (const file of files) {
      // Dependencies change only through `npm install`, which bundles again; and where Sluice is
      // itself installed as a dependency they sit in a node_modules above it, not below.
      if (file.startsWith('node_modules/')) continue;
      const path = join(root, file);
      if (statSync(path).mtimeMs <= built) continue;
      if (!hashes || contentHash(path) !== hashes[file]) return false;
    }
    return true;
  } catch {
    return false;
  }
}
