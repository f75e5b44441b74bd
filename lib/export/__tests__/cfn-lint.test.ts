import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCloudFormation } from '../index';
import { everyKindPipeline } from './every-kind';
import { examples } from './examples';
import { connectionPipelines } from './connection-pipelines';

/**
 * AWS's own linter over every example's template. No E findings, except in the example
 * that breaks limits on purpose, where each one is a limit the validator also reports.
 * W findings would each need a reason here: there are none today.
 */
const ACCEPTED_WARNINGS: Record<string, string> = {};
const INTENDED_ERRORS: Record<string, string[]> = {
  // broken-on-purpose.sluice.json: batch size 20,000 > 10,000 and a 1,200 s timeout > 900 s (E3034),
  // a 30 s visibility timeout under a 120 s function timeout (E3505), the deprecated nodejs20.x (E2533).
  'broken-on-purpose': ['E2533', 'E3034', 'E3034', 'E3505'],
};

const dir = join(__dirname, '..', '..', '..', 'tmp', 'cfn-lint');

function cfnLintVersion(): string | undefined {
  const r = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

describe('cfn-lint over the examples, a design that uses every kind and one pipeline per connection', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is installed (the machine image ships cfn-lint 1.x)', () => {
    expect(cfnLintVersion(), 'cfn-lint is missing from PATH: it is AWS\'s CloudFormation linter, this test needs it to check exported templates').toMatch(/cfn-lint 1\./);
  });

  it('finds no errors in any example template, and only accepted warnings', () => {
    if (!cfnLintVersion()) throw new Error('cfn-lint is missing from PATH: cannot lint the exported templates');
    mkdirSync(dir, { recursive: true });
    const designs = [...examples(), ['every-kind', everyKindPipeline()] as const, ...connectionPipelines().map((c) => [c.name, c.pipeline] as const)];
    const files = designs.map(([name, pipeline]) => {
      const file = join(dir, `${name}.yaml`);
      writeFileSync(file, exportCloudFormation(pipeline, { format: 'yaml' }).text);
      return file;
    });
    let output = '';
    try {
      output = execFileSync('cfn-lint', ['-f', 'parseable', ...files], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    const found: Record<string, string[]> = {};
    const warnings: string[] = [];
    for (const line of output.split('\n').filter(Boolean)) {
      const m = /^(.*)\/([^/]+)\.yaml:\d+:\d+:\d+:\d+:([EWI]\d+):(.*)$/.exec(line);
      if (!m) throw new Error(`unexpected cfn-lint output: ${line}`);
      const [, , name, rule] = m;
      if (rule.startsWith('E')) (found[name] ??= []).push(rule);
      if (rule.startsWith('W') && !ACCEPTED_WARNINGS[rule]) warnings.push(line);
    }
    for (const list of Object.values(found)) list.sort();
    expect(found).toEqual(INTENDED_ERRORS);
    expect(warnings).toEqual([]);
  }, 300_000);
});
