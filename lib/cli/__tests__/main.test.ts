import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pipelineJsonSchema } from '../../model';
import { REPO, runCli } from './fake-io';

describe('sluice CLI', () => {
  it('--help lists the commands and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: sluice <command>');
    expect(r.stdout).toMatch(/validate\s+Check pipeline files/);
    expect(r.stdout).toMatch(/schema\s+Print the JSON Schema/);
  });

  it('every command has --help', async () => {
    const list = (await runCli(['--help'])).stdout;
    const names = [...list.matchAll(/^ {2}(\S+) {2,}/gm)].map((m) => m[1]);
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const name of names) {
      const r = await runCli([name, '--help']);
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toMatch(/Usage: sluice /);
    }
  });

  it('an unknown command or flag is a usage error (exit 2) with a plain message', async () => {
    const unknown = await runCli(['frobnicate']);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const flag = await runCli(['schema', '--bogus']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('sluice schema: unknown option --bogus');
    expect(flag.stderr).not.toMatch(/\bat \w+ \(/); // no stack trace
  });

  it('schema prints the JSON Schema generated from zod', async () => {
    const r = await runCli(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(pipelineJsonSchema());
  });

  it('validate: exit 2 for an unreadable file or a non-pipeline, with the JSON path', async () => {
    const missing = await runCli(['validate', 'no-such-file.sluice.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-file.sluice.json: cannot read: no such file');
    const bad = await runCli(['validate', 'lib/cli/__tests__/fixtures/bad-timeout.sluice.json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('lib/cli/__tests__/fixtures/bad-timeout.sluice.json: nodes[1].config.timeoutSeconds: expected a number, got "abc"');
  });

  it('the real binary runs with npx-style invocation and no build step', () => {
    const out = execFileSync(process.execPath, [join(REPO, 'bin', 'sluice.mjs'), 'schema'], { cwd: REPO, encoding: 'utf8' });
    expect(JSON.parse(out).title).toBe('Sluice pipeline');
    const bad = spawnSync(process.execPath, [join(REPO, 'bin', 'sluice.mjs'), 'validate', 'nope.json'], { cwd: REPO, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('nope.json: cannot read: no such file');
  });
});
