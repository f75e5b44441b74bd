#!/usr/bin/env node
// The CLI is written in TypeScript; tsx compiles it on the fly so `npx sluice` needs no build step.
import { register } from 'tsx/esm/api';

// A closed pipe (`sluice schema | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

register();
const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
