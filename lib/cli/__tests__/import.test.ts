import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePipelineText } from '../../model';
import { runCli } from './fake-io';

describe('sluice import', () => {
  it('turns an exported template back into the same pipeline file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sluice-import-'));
    const exported = await runCli(['export', 'examples/clickstream-opensearch.sluice.json', '--format', 'cloudformation', '--yaml']);
    writeFileSync(join(dir, 't.yaml'), exported.stdout);
    const r = await runCli(['import', join(dir, 't.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const original = parsePipelineText(readFileSync('examples/clickstream-opensearch.sluice.json', 'utf8'));
    const back = parsePipelineText(r.stdout);
    expect(back.ok && original.ok && back.pipeline).toEqual(original.ok && original.pipeline);
  });

  it('lists unknown resources on stderr and writes --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sluice-import-'));
    writeFileSync(join(dir, 't.yaml'), 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n  V:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n');
    const r = await runCli(['import', join(dir, 't.yaml'), '--out', join(dir, 'p.sluice.json')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('resource V (AWS::EC2::VPC) has no node: kept as written and exported unchanged');
    const p = parsePipelineText(readFileSync(join(dir, 'p.sluice.json'), 'utf8'));
    expect(p.ok && p.pipeline.nodes.map((n) => n.kind)).toEqual(['sqs-queue']);
  });

  it('exits 2 with the path of each problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sluice-import-'));
    writeFileSync(join(dir, 'bad.yaml'), 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: soon\n');
    const r = await runCli(['import', join(dir, 'bad.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Resources.Fn.Properties.Timeout');
    const none = await runCli(['import', 'nowhere.yaml']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no such file');
    const usage = await runCli(['import']);
    expect(usage.code).toBe(2);
  });
});
