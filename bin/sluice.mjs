#!/usr/bin/env node
// The CLI is written in TypeScript; tsx compiles it on the fly so `npx sluice` needs no build step.
import { register } from 'tsx/esm/api';

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

register();
const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  progress: terminalProgress(),
});
