#!/usr/bin/env node
// Makes sure a Chromium exists for the browser tests. Never downloads a browser build:
// as root with apt-get it installs Debian's `chromium`; otherwise it says how to get one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('No Chromium found: installing Debian\'s chromium with apt-get (about 30 s)...');
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    console.error('apt-get could not install chromium. Install it yourself, or set CHROME_PATH to a Chromium binary.');
    process.exit(1);
  }
  const after = findChromium();
  if (after) {
    console.log(`Chromium: ${after}`);
    process.exit(0);
  }
}
console.error(
  [
    'The browser tests need Chromium and none was found.',
    'Looked at: $CHROME_PATH, /usr/bin/chromium, and Playwright\'s browser cache.',
    'Fix one of:',
    '  - Debian/Ubuntu: sudo apt-get install chromium',
    '  - set CHROME_PATH=/path/to/chromium',
    'Sluice never downloads a browser build by itself.',
  ].join('\n'),
);
process.exit(1);
