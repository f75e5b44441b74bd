import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from './fake-io';

const BROKEN = 'examples/broken-on-purpose.sluice.json';
const VALID = 'examples/sqs-lambda-s3-dlq.sluice.json';

/** Small pipelines written to a temp dir: one with only a warning, one with a suppressed error. */
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sluice-validate-'));
  const doc = (nodes: unknown[], suppressions: unknown[] = []) => JSON.stringify({ format: 'sluice.pipeline', version: 1, name: 't', nodes, edges: [], suppressions });
  writeFileSync(join(dir, 'warning-only.sluice.json'), doc([{ id: 'legacy', kind: 'data-pipeline', name: 'Legacy' }]));
  writeFileSync(
    join(dir, 'suppressed.sluice.json'),
    doc(
      [{ id: 'slow', kind: 'lambda-function', name: 'Slow', config: { timeoutSeconds: 1200 } }],
      [
        { rule: 'lambda-timeout-limit', nodeId: 'slow', reason: 'moving to Fargate' },
        { rule: 'orphan-node', reason: 'a sketch' },
      ],
    ),
  );
  writeFileSync(join(dir, 'not-json.sluice.json'), '{ "format": nope }');
});

describe('sluice validate', () => {
  it('prints findings grouped by file, with the fix, and exits 1 when there are errors', async () => {
    const r = await runCli(['validate', BROKEN]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(BROKEN);
    expect(lines).toContain(
      '  error  lambda-timeout-limit  node slow-consumer, timeoutSeconds: the timeout is 1,200 s; Lambda allows 1 to 900 s (15 minutes), so the deployment would fail',
    );
    expect(lines[lines.indexOf('  error  lambda-timeout-limit  node slow-consumer, timeoutSeconds: the timeout is 1,200 s; Lambda allows 1 to 900 s (15 minutes), so the deployment would fail') + 1]).toBe(
      '    fix: Set the timeout to 900 s at most; work that needs longer belongs on ECS/Fargate, AWS Batch or Step Functions.',
    );
    expect(lines).toContain('  warning  glue-nosql-crawler  edge sessions-crawled: the crawler crawler crawls the DynamoDB table sessions: a NoSQL table has no fixed schema, so the inferred one means little');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('9 errors, 7 warnings, 1 info in 1 file');
    expect(r.stderr).toBe('');
  });

  it('exits 0 for a valid file', async () => {
    const r = await runCli(['validate', VALID]);
    expect(r).toEqual({ code: 0, stdout: `${VALID}\n  no findings\n0 errors, 0 warnings, 0 info in 1 file\n`, stderr: '' });
  });

  it('exits 0 when there are only warnings', async () => {
    const r = await runCli(['validate', 'warning-only.sluice.json'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  warning  data-pipeline-deprecated  node legacy: ');
  });

  it('honours suppressions and counts them', async () => {
    const r = await runCli(['validate', 'suppressed.sluice.json'], dir);
    expect(r).toEqual({ code: 0, stdout: 'suppressed.sluice.json\n  no findings (2 suppressed)\n0 errors, 0 warnings, 0 info in 1 file (2 suppressed)\n', stderr: '' });
  });

  it('--json prints exactly the documented keys, with null for absent values, across files', async () => {
    const r = await runCli(['validate', '--json', VALID, BROKEN, join(dir, 'warning-only.sluice.json')]);
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.stdout) as { findings: Record<string, unknown>[] };
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['findings']);
    for (const f of findings) expect(Object.keys(f)).toEqual(['file', 'rule', 'severity', 'nodeId', 'edgeId', 'field', 'message', 'fix']);
    expect(findings.find((f) => f.rule === 'esm-batch-size')).toEqual({
      file: BROKEN,
      rule: 'esm-batch-size',
      severity: 'error',
      nodeId: null,
      edgeId: 'events-to-consumer',
      field: 'batchSize',
      message: 'batch size 20,000 is over the maximum of 10,000 for Kinesis: Lambda refuses the mapping',
      fix: 'Set the batch size to 10,000 or less.',
    });
    expect(findings.filter((f) => f.file === VALID)).toEqual([]);
    expect(findings.filter((f) => f.file !== BROKEN).map((f) => [f.rule, f.nodeId, f.field])).toEqual([
      ['data-pipeline-deprecated', 'legacy', null],
      ['orphan-node', 'legacy', null],
    ]);
  });

  it('exits 2 for unreadable or invalid files, one line per problem on stderr, and still checks the others', async () => {
    const r = await runCli(['validate', 'missing.sluice.json', 'not-json.sluice.json', join(REPO, BROKEN)], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'missing.sluice.json: cannot read: no such file',
      expect.stringMatching(/^not-json\.sluice\.json: not valid JSON/),
    ]);
    expect(r.stdout).toContain('lambda-timeout-limit');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('9 errors, 7 warnings, 1 info in 1 file (2 files could not be read)');
  });

  it('reports a schema problem with its JSON path', async () => {
    const r = await runCli(['validate', 'lib/cli/__tests__/fixtures/bad-timeout.sluice.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nodes[1].config.timeoutSeconds: expected a number, got "abc"');
  });

  it('needs at least one file', async () => {
    const r = await runCli(['validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('validate needs at least one FILE');
  });

  it('works through the real binary', () => {
    const out = spawnSync(process.execPath, [join(REPO, 'bin', 'sluice.mjs'), 'validate', '--json', BROKEN], { cwd: REPO, encoding: 'utf8' });
    expect(out.status).toBe(1);
    const rules = (JSON.parse(out.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
    expect(rules).toContain('lambda-s3-recursion');
  });
});
