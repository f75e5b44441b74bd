#!/usr/bin/env node
// `npm test`: unit tests first (fast feedback), then the browser suite. Stops at the first failure.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
const steps = [
  ['Unit tests', 'npx', ['vitest', 'run']],
  ['Chromium', 'node', ['scripts/ensure-chromium.mjs']],
  ['Browser tests', 'npx', ['playwright', 'test']],
];
for (const [title, cmd, args] of steps) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n${title} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}
