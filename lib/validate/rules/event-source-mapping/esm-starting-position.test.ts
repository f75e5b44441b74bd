import { describe, expect, it } from 'vitest';
import { afterFix, check, edgeConfig, patched } from '../../testing/base-pipeline';

describe('esm-starting-position', () => {
  it('reports a starting position on an SQS mapping and offers to remove it', () => {
    const p = patched((d) => (edgeConfig(d, 'orders-to-archive').startingPosition = 'LATEST'));
    expect(check(p, 'esm-starting-position')).toEqual([
      {
        rule: 'esm-starting-position',
        severity: 'error',
        edgeId: 'orders-to-archive',
        field: 'startingPosition',
        message: 'startingPosition "LATEST" is set on an SQS mapping; it only applies to Kinesis and DynamoDB Streams, and Lambda refuses it for a queue',
      },
    ]);
    expect(afterFix(p, 'esm-starting-position').remaining).toEqual([]);
  });

  it('notes a stream mapping without a starting position', () => {
    const p = patched((d) => delete edgeConfig(d, 'file-index-to-audit').startingPosition);
    expect(check(p, 'esm-starting-position')).toEqual([
      {
        rule: 'esm-starting-position',
        severity: 'info',
        edgeId: 'file-index-to-audit',
        field: 'startingPosition',
        message: 'no startingPosition: a stream mapping requires one, and Sluice assumes LATEST, which skips every record written before the mapping exists',
      },
    ]);
  });
});
