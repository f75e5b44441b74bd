import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

describe('dynamodb-stream-disabled', () => {
  it('reports a table feeding Lambda without a stream, and enables it', () => {
    const p = patched((d) => (nodeConfig(d, 'file-index').streamEnabled = false));
    expect(check(p, 'dynamodb-stream-disabled')).toEqual([
      {
        rule: 'dynamodb-stream-disabled',
        severity: 'error',
        nodeId: 'file-index',
        field: 'streamEnabled',
        message: 'file-index feeds a Lambda function but its stream is not enabled: there is nothing for the function to read, and the mapping cannot be created',
      },
    ]);
    expect(afterFix(p, 'dynamodb-stream-disabled').remaining).toEqual([]);
  });

  it('accepts a table without a stream that only receives writes', () => {
    const p = patched((d) => {
      nodeConfig(d, 'file-index').streamEnabled = false;
      d.edges = d.edges.filter((e) => e.source !== 'file-index');
    });
    expect(check(p, 'dynamodb-stream-disabled')).toEqual([]);
  });
});
