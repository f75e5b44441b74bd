import { describe, expect, it } from 'vitest';
import { afterFix, check, edgeConfig, patched } from '../../testing/base-pipeline';

describe('esm-parallelization', () => {
  it('reports a factor above 10 and offers 10', () => {
    const p = patched((d) => (edgeConfig(d, 'clicks-to-enrich').parallelizationFactor = 12));
    expect(check(p, 'esm-parallelization')).toEqual([
      {
        rule: 'esm-parallelization',
        severity: 'error',
        edgeId: 'clicks-to-enrich',
        field: 'parallelizationFactor',
        message: 'parallelizationFactor 12 is over the maximum of 10 concurrent batches per shard: Lambda refuses the mapping',
      },
    ]);
    expect(afterFix(p, 'esm-parallelization').remaining).toEqual([]);
  });

  it('accepts 10', () => {
    expect(check(patched((d) => (edgeConfig(d, 'clicks-to-enrich').parallelizationFactor = 10)), 'esm-parallelization')).toEqual([]);
  });

  it('warns that SQS mappings have no parallelization factor', () => {
    const p = patched((d) => (edgeConfig(d, 'orders-to-archive').parallelizationFactor = 2));
    expect(check(p, 'esm-parallelization').map((f) => [f.severity, f.edgeId, f.message])).toEqual([
      [
        'warning',
        'orders-to-archive',
        'parallelizationFactor 2 is set on an SQS mapping, which has no such setting (it applies to Kinesis and DynamoDB Streams): it is ignored',
      ],
    ]);
    expect(afterFix(p, 'esm-parallelization').remaining).toEqual([]);
  });
});
