// Dates from the runtime table in lib/model/runtimes.ts, itself from
// https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html (checked 2026-12-06).
import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

describe('lambda-runtime', () => {
  it('warns about a deprecated runtime whose blocks have not started, and offers the current one of its language', () => {
    // dotnet8: deprecated 2026-11-10, create blocked 2027-02-01. On 2026-12-06:
    // 2026-11-10 <= 2026-12-06 < 2027-02-01, so deprecated, not blocked: a warning.
    const p = patched((d) => (nodeConfig(d, 'enrich').runtime = 'dotnet8'));
    expect(check(p, 'lambda-runtime', '2026-12-06')).toEqual([
      {
        rule: 'lambda-runtime',
        severity: 'warning',
        nodeId: 'enrich',
        field: 'runtime',
        message: 'the runtime "dotnet8" is deprecated (since 2026-11-10): it gets no security patches, and AWS blocks creating functions with it from 2027-02-01',
      },
    ]);
    const fixed = afterFix(p, 'lambda-runtime', '2026-12-06');
    expect(fixed.remaining).toEqual([]);
    // The newest C# runtime supported that day: dotnet10 (deprecated only on 2028-11-14).
    expect(fixed.applied.nodes.find((n) => n.id === 'enrich')?.config).toMatchObject({ runtime: 'dotnet10' });
  });

  it('reports python3.10 as blocked on 2026-12-06 (create blocked since 2026-11-30, updates from 2027-01-15)', () => {
    // The old table (no dates, "deprecated 2026-10-31") made this a warning; AWS's table
    // blocks creation from 2026-11-30, six days before 2026-12-06: the deployment fails.
    const p = patched((d) => (nodeConfig(d, 'archive').runtime = 'python3.10'));
    expect(check(p, 'lambda-runtime', '2026-12-06')).toEqual([
      {
        rule: 'lambda-runtime',
        severity: 'error',
        nodeId: 'archive',
        field: 'runtime',
        message:
          'the runtime "python3.10" is deprecated (since 2026-10-31) and AWS blocks creating functions with it since 2026-11-30 (updating them from 2027-01-15): the deployment would fail',
      },
    ]);
    const { applied, remaining } = afterFix(p, 'lambda-runtime', '2026-12-06');
    expect(remaining).toEqual([]);
    expect(applied.nodes.find((n) => n.id === 'archive')?.config).toMatchObject({ runtime: 'python3.14' });
  });

  it('moves with the day it is given: the same runtime is fine, then deprecated, then blocked', () => {
    // python3.10: deprecation 2026-10-31, create blocked 2026-11-30.
    const p = patched((d) => (nodeConfig(d, 'archive').runtime = 'python3.10'));
    expect(check(p, 'lambda-runtime', '2026-10-30')).toEqual([]);
    expect(check(p, 'lambda-runtime', '2026-10-31').map((f) => f.severity)).toEqual(['warning']);
    expect(check(p, 'lambda-runtime', '2026-11-29').map((f) => f.severity)).toEqual(['warning']);
    expect(check(p, 'lambda-runtime', '2026-11-30').map((f) => f.severity)).toEqual(['error']);
    // nodejs22.x (the base pipeline's) is supported until 2027-04-30, deprecated from then.
    const base = patched(() => {});
    expect(check(base, 'lambda-runtime', '2027-04-29')).toEqual([]);
    expect(check(base, 'lambda-runtime', '2027-04-30').map((f) => [f.nodeId, f.severity])).toEqual([
      ['enrich', 'warning'],
      ['audit', 'warning'],
      ['api-handler', 'warning'],
    ]);
  });

  it('says "since" for updates once they are blocked too', () => {
    // nodejs20.x: deprecated 2026-04-30, create blocked 2026-08-31, update blocked 2026-09-30.
    const p = patched((d) => (nodeConfig(d, 'enrich').runtime = 'nodejs20.x'));
    expect(check(p, 'lambda-runtime', '2026-12-06')[0].message).toBe(
      'the runtime "nodejs20.x" is deprecated (since 2026-04-30) and AWS blocks creating functions with it since 2026-08-31 (updating them since 2026-09-30): the deployment would fail',
    );
    expect(afterFix(p, 'lambda-runtime', '2026-12-06').applied.nodes.find((n) => n.id === 'enrich')?.config).toMatchObject({ runtime: 'nodejs24.x' });
  });

  it('reports an unknown runtime as an error, with the closest supported one', () => {
    const p = patched((d) => (nodeConfig(d, 'archive').runtime = 'python3.31'));
    expect(check(p, 'lambda-runtime', '2026-12-06')).toEqual([
      {
        rule: 'lambda-runtime',
        severity: 'error',
        nodeId: 'archive',
        field: 'runtime',
        message: '"python3.31" is not a Lambda runtime (did you mean "python3.11"?): the deployment would fail',
      },
    ]);
  });

  it('knows the runtimes AWS added in 2026 (Java 8/11/17 on Amazon Linux 2023, ruby4.0)', () => {
    for (const runtime of ['java17.al2023', 'java11.al2023', 'java8.al2023', 'ruby4.0', 'dotnet10', 'nodejs24.x', 'python3.14']) {
      const p = patched((d) => (nodeConfig(d, 'archive').runtime = runtime));
      expect(check(p, 'lambda-runtime', '2026-12-06'), runtime).toEqual([]);
    }
  });

  it('maps go1.x to the provided.al2023 OS-only runtime', () => {
    const p = patched((d) => (nodeConfig(d, 'archive').runtime = 'go1.x'));
    expect(check(p, 'lambda-runtime', '2026-12-06').map((f) => f.severity)).toEqual(['error']);
    expect(afterFix(p, 'lambda-runtime', '2026-12-06').applied.nodes.find((n) => n.id === 'archive')?.config).toMatchObject({ runtime: 'provided.al2023' });
  });
});
