import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

describe('lambda-runtime', () => {
  it('warns about a deprecated runtime and offers the current one', () => {
    const p = patched((d) => (nodeConfig(d, 'enrich').runtime = 'python3.10'));
    expect(check(p, 'lambda-runtime')).toEqual([
      {
        rule: 'lambda-runtime',
        severity: 'warning',
        nodeId: 'enrich',
        field: 'runtime',
        message: 'the runtime "python3.10" is deprecated (since 2026-10-31): it gets no security patches and AWS will block updates to functions that use it',
      },
    ]);
    const fixed = afterFix(p, 'lambda-runtime');
    expect(fixed.remaining).toEqual([]);
    expect(fixed.applied.nodes.find((n) => n.id === 'enrich')?.config).toMatchObject({ runtime: 'python3.13' });
  });

  it('reports a runtime AWS no longer creates functions with as an error, and offers the current one', () => {
    const p = patched((d) => (nodeConfig(d, 'enrich').runtime = 'nodejs20.x'));
    expect(check(p, 'lambda-runtime')).toEqual([
      {
        rule: 'lambda-runtime',
        severity: 'error',
        nodeId: 'enrich',
        field: 'runtime',
        message:
          'the runtime "nodejs20.x" is deprecated (since 2026-04-30) and AWS blocks creating functions with it since 2026-06-01 (updating them since 2026-07-01): the deployment would fail',
      },
    ]);
    const { applied, remaining } = afterFix(p, 'lambda-runtime');
    expect(remaining).toEqual([]);
    expect(applied.nodes.find((n) => n.id === 'enrich')?.config).toMatchObject({ runtime: 'nodejs22.x' });
  });

  it('reports an unknown runtime as an error, with the closest supported one', () => {
    const p = patched((d) => (nodeConfig(d, 'archive').runtime = 'python3.31'));
    expect(check(p, 'lambda-runtime')).toEqual([
      {
        rule: 'lambda-runtime',
        severity: 'error',
        nodeId: 'archive',
        field: 'runtime',
        message: '"python3.31" is not a Lambda runtime (did you mean "python3.11"?): the deployment would fail',
      },
    ]);
  });

  it('maps go1.x to the provided.al2023 custom runtime', () => {
    const p = patched((d) => (nodeConfig(d, 'archive').runtime = 'go1.x'));
    expect(afterFix(p, 'lambda-runtime').applied.nodes.find((n) => n.id === 'archive')?.config).toMatchObject({ runtime: 'provided.al2023' });
  });
});
