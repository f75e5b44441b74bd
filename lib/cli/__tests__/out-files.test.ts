import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST } from '../write-files';
import { REPO, runCli } from './fake-io';

const VALID = resolve(REPO, 'examples/sqs-lambda-s3-dlq.sluice.json');
const fresh = (name: string) => mkdtempSync(join(tmpdir(), `sluice-${name}-`));

describe('--out never overwrites what Sluice did not write', () => {
  it('refuses to replace a project\'s own package.json, README.md and tsconfig.json, writing nothing, unless --force', async () => {
    const dir = fresh('cdk-own');
    for (const f of ['package.json', 'README.md', 'tsconfig.json']) writeFileSync(join(dir, f), `mine: ${f}\n`);
    const refused = await runCli(['export', VALID, '--format', 'cdk', '--out', dir]);
    expect(refused.code).toBe(2);
    for (const f of ['package.json', 'README.md', 'tsconfig.json']) {
      expect(refused.stderr).toContain(`${join(dir, f)}: exists and was not written by Sluice: not overwritten`);
      expect(readFileSync(join(dir, f), 'utf8')).toBe(`mine: ${f}\n`);
    }
    expect(refused.stderr).toContain('Nothing was written');
    expect(existsSync(join(dir, 'cdk.json'))).toBe(false); // all or nothing
    const forced = await runCli(['export', VALID, '--format', 'cdk', '--out', dir, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).not.toContain('mine');
  });

  it('replaces its own unchanged files on a second export, but not a file edited since', async () => {
    const dir = fresh('cdk-again');
    expect((await runCli(['export', VALID, '--format', 'cdk', '--out', dir])).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')).files['package.json']).toMatch(/^[0-9a-f]{64}$/);
    const again = await runCli(['export', VALID, '--format', 'cdk', '--out', dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`${join(dir, 'package.json')} (unchanged)`);
    writeFileSync(join(dir, 'README.md'), 'my notes\n');
    const tpl = resolve(REPO, 'examples/clickstream-opensearch.sluice.json'); // another design: every file differs
    const edited = await runCli(['export', tpl, '--format', 'cdk', '--out', dir]);
    expect(edited.code).toBe(2);
    expect(edited.stderr).toContain(`${join(dir, 'README.md')}: changed since Sluice wrote it: not overwritten`);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('my notes\n');
  });

  it('never writes through a symbolic link to a file outside the folder', async () => {
    const dir = fresh('link');
    const outside = join(fresh('outside'), 'victim.txt');
    writeFileSync(outside, 'precious\n');
    symlinkSync(outside, join(dir, 'package.json'));
    const refused = await runCli(['export', VALID, '--format', 'cdk', '--out', dir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('package.json: is a symbolic link: not followed');
    // --force replaces the link itself; the file it pointed to is untouched.
    expect((await runCli(['export', VALID, '--format', 'cdk', '--out', dir, '--force'])).code).toBe(0);
    expect(readFileSync(outside, 'utf8')).toBe('precious\n');
    expect(lstatSync(join(dir, 'package.json')).isSymbolicLink()).toBe(false);
  });

  it('never follows a linked folder out of --out, even with --force', async () => {
    const dir = fresh('link-dir');
    const outside = fresh('outside-dir');
    symlinkSync(outside, join(dir, 'lib'));
    const r = await runCli(['export', VALID, '--format', 'cdk', '--out', dir, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/lib\/\S+: a folder on its path is a symbolic link out of/);
    expect(existsSync(join(outside, 'stack.ts'))).toBe(false);
  });

  it('import --out never replaces the template it reads, even with --force', async () => {
    const dir = fresh('import-self');
    const tpl = join(dir, 'tpl.json');
    const text = (await runCli(['export', VALID, '--format', 'cloudformation'])).stdout;
    writeFileSync(tpl, text);
    const r = await runCli(['import', tpl, '--out', tpl, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tpl.json: is an input of this command: never written over');
    expect(readFileSync(tpl, 'utf8')).toBe(text);
  });

  it('import --out creates a missing folder and says what it wrote (was "internal error: ENOENT")', async () => {
    const dir = fresh('import-missing');
    const tpl = join(dir, 'tpl.json');
    writeFileSync(tpl, (await runCli(['export', VALID, '--format', 'cloudformation'])).stdout);
    const r = await runCli(['import', 'tpl.json', '--out', 'new/folder/orders.sluice.json'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stdout).toBe(`${join('new/folder', 'orders.sluice.json')}\n`);
    expect(JSON.parse(readFileSync(join(dir, 'new/folder/orders.sluice.json'), 'utf8')).format).toBe('sluice.pipeline');
    // A file the user already has there is kept.
    mkdirSync(join(dir, 'keep'));
    writeFileSync(join(dir, 'keep/orders.sluice.json'), '{}');
    const kept = await runCli(['import', 'tpl.json', '--out', 'keep/orders.sluice.json'], dir);
    expect(kept.code).toBe(2);
    expect(readFileSync(join(dir, 'keep/orders.sluice.json'), 'utf8')).toBe('{}');
  });
});
