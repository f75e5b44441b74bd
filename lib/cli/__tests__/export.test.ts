import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from './fake-io';

const VALID = 'examples/sqs-lambda-s3-dlq.sluice.json';
const BROKEN = 'examples/broken-on-purpose.sluice.json';

describe('sluice export', () => {
  it('prints the CloudFormation template as JSON, or YAML with --yaml', async () => {
    const json = await runCli(['export', VALID, '--format', 'cloudformation']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).Resources.OrdersQueue.Type).toBe('AWS::SQS::Queue');
    const yaml = await runCli(['export', VALID, '--format', 'cloudformation', '--yaml']);
    expect(yaml.code).toBe(0);
    expect(parse(yaml.stdout)).toEqual(JSON.parse(json.stdout));
  });

  it('leaves alarms out with --no-alarms', async () => {
    const r = await runCli(['export', VALID, '--format', 'cloudformation', '--no-alarms']);
    expect(r.stdout).not.toContain('AWS::CloudWatch::Alarm');
  });

  it('refuses a pipeline with validation errors, naming them, unless --force', async () => {
    const refused = await runCli(['export', BROKEN, '--format', 'cloudformation']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('esm-batch-size edge events-to-consumer');
    expect(refused.stderr).toContain('--force');
    const forced = await runCli(['export', BROKEN, '--format', 'cloudformation', '--force']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout).Resources).toBeDefined();
  });

  it('writes the template and the Glue scripts into --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sluice-export-'));
    const r = await runCli(['export', 'examples/nightly-glue-redshift.sluice.json', '--format', 'cloudformation', '--yaml', '--out', dir]);
    expect(r.code).toBe(0);
    expect(parse(readFileSync(join(dir, 'nightly-warehouse-load.template.yaml'), 'utf8')).Resources.LoadOrdersJob.Type).toBe('AWS::Glue::Job');
    expect(readFileSync(join(dir, 'glue', 'load-orders.py'), 'utf8')).toContain('GlueContext');
  });

  it('writes a CDK app with --format cdk --out, and requires --out for it', async () => {
    const missing = await runCli(['export', VALID, '--format', 'cdk']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--out');
    const dir = mkdtempSync(join(tmpdir(), 'sluice-cdk-'));
    const r = await runCli(['export', VALID, '--format', 'cdk', '--out', dir]);
    expect(r.code).toBe(0);
    for (const f of ['package.json', 'cdk.json', 'README.md']) expect(existsSync(join(dir, f)), f).toBe(true);
    expect(r.stdout).toContain('package.json');
  });

  it('exits 2 with a clear message for bad arguments and files that are not pipelines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sluice-export-bad-'));
    writeFileSync(join(dir, 'bad.sluice.json'), '{"format":"sluice.pipeline","version":1,"name":"x","nodes":[{"id":"a","kind":"nope","name":"a"}]}');
    const cases: [string[], string][] = [
      [['export', VALID], '--format is required'],
      [['export', VALID, '--format', 'terraform'], 'expected cloudformation or cdk, got "terraform"'],
      [['export', '--format', 'cloudformation'], 'exactly one FILE'],
      [['export', 'missing.sluice.json', '--format', 'cloudformation'], 'no such file'],
      [['export', join(dir, 'bad.sluice.json'), '--format', 'cloudformation'], 'nodes[0].kind: unknown kind "nope"'],
    ];
    for (const [argv, message] of cases) {
      const r = await runCli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
