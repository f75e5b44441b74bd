#!/usr/bin/env node
// The CLI is written in TypeScript. `npm install` bundles it (scripts/build-cli.mjs, the `prepare`
// script) so it starts at once; when that bundle is missing or older than a source it was built
// from, tsx compiles the sources on the fly instead, so `npx sluice` never needs a build step.
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleIsFresh, bundlePaths } from './cli-bundle.mjs';

// A closed pipe (`sluice schema | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

/**
 * Progress on a terminal only, on stderr, and only for tasks that take more than a second:
 * one line rewritten in place, cleared at the end.
 */
function terminalProgress() {
  if (!process.stderr.isTTY) return undefined;
  const started = Date.now();
  let shown = 0;
  return (fraction, label) => {
    const now = Date.now();
    if (fraction >= 1) {
      if (shown) process.stderr.write('\r\x1b[K');
      return;
    }
    if (now - started < 1000 || now - shown < 200) return;
    shown = now;
    process.stderr.write(`\r\x1b[K${label}… ${Math.floor(fraction * 100)}%`);
  };
}

/** The CLI's entry: the bundle when it is fresh, else the TypeScript sources through tsx. */
async function loadMain() {
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  if (process.env.SLUICE_CLI_FROM_SOURCE !== '1' && bundleIsFresh(root)) {
    return import(pathToFileURL(bundlePaths(`${root}/dist`).bundle).href);
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import('../lib/cli/main.ts');
}

const { main } = await loadMain();
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  progress: terminalProgress(),
});
