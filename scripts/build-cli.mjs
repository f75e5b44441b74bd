#!/usr/bin/env node
// Bundles the CLI (lib/cli/main.ts and everything it imports, dependencies included) into one
// file, so `sluice` starts without compiling TypeScript. Run by `npm install` (the `prepare`
// script); `node scripts/build-cli.mjs [outdir]` builds elsewhere (tests). Never fails the install:
// without esbuild (a production install) bin/sluice.mjs keeps running the sources through tsx.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundlePaths, contentHash, DEFAULT_BUNDLE_DIR } from '../bin/cli-bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(process.argv[2] ?? join(root, DEFAULT_BUNDLE_DIR));

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.warn('sluice: esbuild is not installed, so the CLI is not bundled; it runs through tsx instead (slower to start).');
  process.exit(0);
}

const { bundle, inputs } = bundlePaths(outdir);
mkdirSync(outdir, { recursive: true });
try {
  const result = await esbuild.build({
    entryPoints: [join(root, 'lib/cli/main.ts')],
    outfile: bundle,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    logLevel: 'warning',
    absWorkingDir: root,
    // Some dependencies (yaml) are CommonJS and require() Node's modules: give the ES module a require.
    banner: { js: "import { createRequire as __sluiceCreateRequire } from 'node:module'; const require = __sluiceCreateRequire(import.meta.url);" },
  });
  // Renamed into place whole: a CLI starting meanwhile sees the old bundle or the new, never half of one.
  const partial = `${bundle}.${process.pid}.partial`;
  writeFileSync(partial, result.outputFiles[0].contents);
  renameSync(partial, bundle);
  // Written after the bundle: bin/sluice.mjs uses the bundle only when this list exists and no file in it is newer.
  // The project's own files only, each with its content hash: see bundleIsFresh.
  const files = Object.keys(result.metafile.inputs)
    .map((f) => relative(root, resolve(root, f)))
    .filter((f) => !f.startsWith('..') && !f.split(sep).includes('node_modules'));
  const hashes = Object.fromEntries(files.map((f) => [f, contentHash(join(root, f))]));
  writeFileSync(inputs, `${JSON.stringify({ files: hashes })}\n`);
  console.log(`sluice: CLI bundled into ${relative(root, bundle)} (${files.length} files).`);
} catch (error) {
  console.warn(`sluice: could not bundle the CLI (${error instanceof Error ? error.message : String(error)}); it runs through tsx instead.`);
}
