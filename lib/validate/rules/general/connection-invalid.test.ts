import { describe, expect, it } from 'vitest';
import { addEdge, afterFix, check, patched } from '../../testing/base-pipeline';

describe('connection-invalid', () => {
  it('reports an edge between kinds with no meaning, with the reason from checkConnection', () => {
    const p = patched((d) => addEdge(d, 'lake-to-athena', 'lake', 'athena'));
    expect(check(p, 'connection-invalid')).toEqual([
      {
        rule: 'connection-invalid',
        severity: 'error',
        edgeId: 'lake-to-athena',
        message:
          'lake → athena has no meaning: S3 cannot be connected to Athena: Athena reads tables through the Glue Data Catalog: connect a catalog database to it',
      },
    ]);
    expect(afterFix(p, 'connection-invalid').applied.edges.some((e) => e.id === 'lake-to-athena')).toBe(false);
  });

  it('reports an on-failure edge from something other than a function', () => {
    const p = patched((d) => addEdge(d, 'orders-fail', 'orders', 'upload-failures', { role: 'on-failure' }));
    expect(check(p, 'connection-invalid').map((f) => [f.edgeId, f.field, f.message])).toEqual([
      [
        'orders-fail',
        'role',
        'orders → upload-failures has no meaning: only a Lambda function has an on-failure destination (an SQS queue uses a dead-letter queue edge)',
      ],
    ]);
  });

  it('accepts the base pipeline', () => {
    expect(check(patched(() => undefined), 'connection-invalid')).toEqual([]);
  });
});
