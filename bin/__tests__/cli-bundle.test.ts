/**
 * The CLI's start-up (issue 17): bin/sluice.mjs runs the bundle `npm install` builds, and the
 * TypeScript sources through tsx when the bundle is missing or older than any file it was built
 * from, with the same output either way.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleIsFresh, bundlePaths } from '../cli-bundle.mjs';

const REPO = join(import.meta.dirname, '..', '..');
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const work = mkdtempSync(join(tmpdir(), 'sluice-cli-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sluice = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(REPO, 'bin', 'sluice.mjs'), ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, ...env } });

describe('bundleIsFresh', () => {
  const root = join(work, 'root');
  const dir = join(root, 'dist');
  const { bundle, inputs } = bundlePaths(dir);
  const source = join(root, 'a.ts');
  const at = (file: string, seconds: number) => utimesSync(file, seconds, seconds);

  it('is fresh only while every input is at most as new as the bundle', () => {
    spawnSync('mkdir', ['-p', dir]);
    expect(bundleIsFresh(root)).toBe(false); // nothing built yet
    writeFileSync(source, 'export {};\n');
    writeFileSync(bundle, '// bundle\n');
    writeFileSync(inputs, JSON.stringify(['a.ts']));
    at(source, 1_000);
    at(bundle, 2_000);
    expect(bundleIsFresh(root)).toBe(true);
    at(source, 3_000); // the source edited after the build
    expect(bundleIsFresh(root)).toBe(false);
    at(source, 1_000);
    writeFileSync(inputs, JSON.stringify(['a.ts', 'gone.ts'])); // an input deleted since
    expect(bundleIsFresh(root)).toBe(false);
    writeFileSync(inputs, 'not json');
    expect(bundleIsFresh(root)).toBe(false);
  });
});

describe('bin/sluice.mjs', () => {
  it('prints the package version, from the bundle and from the sources', () => {
    spawnSync(process.execPath, [join(REPO, 'scripts', 'build-cli.mjs')], { cwd: REPO, encoding: 'utf8' });
    expect(bundleIsFresh(REPO)).toBe(true);
    expect(sluice(['--version']).stdout).toBe(`${VERSION}\n`);
    expect(sluice(['--version'], { SLUICE_CLI_FROM_SOURCE: '1' }).stdout).toBe(`${VERSION}\n`);
  });

  it('gives the same output and exit code from the bundle as from the sources', () => {
    for (const args of [
      ['validate', '--json', 'examples/broken-on-purpose.sluice.json'],
      ['simulate', 'examples/sqs-lambda-s3-dlq.sluice.json', '--seconds', '600', '--json'],
    ]) {
      const bundled = sluice(args);
      const sources = sluice(args, { SLUICE_CLI_FROM_SOURCE: '1' });
      expect(bundled.stdout.length).toBeGreaterThan(0);
      expect(bundled.stdout).toBe(sources.stdout);
      expect(bundled.status).toBe(sources.status);
    }
  });
});
