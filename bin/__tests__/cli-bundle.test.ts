/**
 * The CLI's start-up (issue 17): bin/sluice.mjs runs the bundle `npm install` builds, and the
 * TypeScript sources through tsx when the bundle is missing or older than any file it was built
 * from, with the same output either way.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleIsFresh, bundlePaths, contentHash } from '../cli-bundle.mjs';

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

  it('does not look for dependencies below the package (installed as a dependency, they are hoisted above it)', () => {
    writeFileSync(inputs, JSON.stringify(['a.ts', 'node_modules/zod/index.js']));
    at(source, 1_000);
    at(bundle, 2_000);
    expect(bundleIsFresh(root)).toBe(true);
    at(source, 3_000);
    expect(bundleIsFresh(root)).toBe(false);
  });

  it('with content hashes, a newer input is stale only when its content changed (npm unpacks an installed copy’s sources after its bundle)', () => {
    writeFileSync(source, 'export {};\n');
    writeFileSync(inputs, JSON.stringify({ files: { 'a.ts': contentHash(source), 'node_modules/zod/index.js': 'x' } }));
    at(bundle, 2_000);
    at(source, 3_000); // unpacked after the bundle, unchanged
    expect(bundleIsFresh(root)).toBe(true);
    writeFileSync(source, 'export const edited = 1;\n'); // edited after the build
    at(source, 3_000);
    expect(bundleIsFresh(root)).toBe(false);
    at(source, 1_000); // an edit with an older time still counts only by time: older than the bundle is fresh
    expect(bundleIsFresh(root)).toBe(true);
    writeFileSync(inputs, JSON.stringify({ files: {} }));
    expect(bundleIsFresh(root)).toBe(false);
  });
});

describe('the package npm packs', () => {
  it('carries the bundle, which an installed copy runs (its sources unpacked after it, its dependencies elsewhere)', () => {
    spawnSync(process.execPath, [join(REPO, 'scripts', 'build-cli.mjs')], { cwd: REPO, encoding: 'utf8' });
    const out = join(work, 'pack');
    mkdirSync(out, { recursive: true });
    // --ignore-scripts: the bundle was just built; packing would run `prepare` again.
    const packed = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], { cwd: REPO, encoding: 'utf8' });
    expect(packed.status).toBe(0);
    const [{ filename, files }] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    const paths = files.map((f) => f.path);
    expect(paths).toContain('dist/cli.mjs');
    expect(paths).toContain('dist/cli.inputs.json');
    expect(paths.some((f) => f.startsWith('node_modules/') || f.startsWith('.next'))).toBe(false);
    expect(spawnSync('tar', ['xzf', join(out, filename), '-C', out]).status).toBe(0);
    const installed = join(out, 'package');
    // npm unpacks a dependency's files in its own order, with the time of unpacking: the sources
    // end up newer than the bundle.
    const listed = Object.keys((JSON.parse(readFileSync(join(installed, 'dist', 'cli.inputs.json'), 'utf8')) as { files: Record<string, string> }).files);
    expect(listed.length).toBeGreaterThan(0);
    // Only the project's own files (not its dependencies, wherever node_modules is, even linked from elsewhere).
    expect(listed.filter((f) => f.startsWith('..') || f.split('/').includes('node_modules'))).toEqual([]);
    const later = Date.now() / 1000 + 60;
    for (const file of listed) utimesSync(join(installed, file), later, later);
    expect(bundleIsFresh(installed)).toBe(true);
    // No node_modules below or above it here: only the bundle can run (tsx could not be found).
    const run = (args: string[]) => spawnSync(process.execPath, [join(installed, 'bin', 'sluice.mjs'), ...args], { cwd: out, encoding: 'utf8', env: { ...process.env, SLUICE_CLI_FROM_SOURCE: '' } });
    expect(run(['--version']).stdout).toBe(`${VERSION}\n`);
    const validated = run(['validate', join(installed, 'examples', 'sqs-lambda-s3-dlq.sluice.json')]);
    expect(validated.stdout).toContain('0 errors');
    // An edited source is noticed.
    writeFileSync(join(installed, 'lib', 'cli', 'main.ts'), '// edited\n', { flag: 'a' });
    expect(bundleIsFresh(installed)).toBe(false);
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
