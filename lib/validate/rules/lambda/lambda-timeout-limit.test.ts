import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

describe('lambda-timeout-limit', () => {
  it('reports a timeout above 900 s', () => {
    const p = patched((d) => (nodeConfig(d, 'archive').timeoutSeconds = 1200));
    expect(check(p, 'lambda-timeout-limit')).toEqual([
      {
        rule: 'lambda-timeout-limit',
        severity: 'error',
        nodeId: 'archive',
        field: 'timeoutSeconds',
        message: 'the timeout is 1,200 s; Lambda allows 1 to 900 s (15 minutes), so the deployment would fail',
      },
    ]);
  });

  it('reports a timeout below 1 s', () => {
    const p = patched((d) => (nodeConfig(d, 'archive').timeoutSeconds = 0.5));
    expect(check(p, 'lambda-timeout-limit').map((f) => f.message)).toEqual([
      'the timeout is 0.5 s; Lambda allows 1 to 900 s (15 minutes), so the deployment would fail',
    ]);
  });

  it('accepts the bounds 1 and 900', () => {
    expect(check(patched((d) => (nodeConfig(d, 'archive').timeoutSeconds = 1)), 'lambda-timeout-limit')).toEqual([]);
    expect(check(patched((d) => (nodeConfig(d, 'enrich').timeoutSeconds = 900)), 'lambda-timeout-limit')).toEqual([]);
  });

  it('offers to set the timeout to 900 s', () => {
    const { applied, remaining } = afterFix(patched((d) => (nodeConfig(d, 'archive').timeoutSeconds = 1200)), 'lambda-timeout-limit');
    expect(remaining).toEqual([]);
    expect(applied.nodes.find((n) => n.id === 'archive')?.config).toMatchObject({ timeoutSeconds: 900 });
  });
});
