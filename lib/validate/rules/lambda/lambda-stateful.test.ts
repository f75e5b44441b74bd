import { describe, expect, it } from 'vitest';
import { check, nodeConfig, patched } from '../../testing/base-pipeline';

describe('lambda-stateful', () => {
  it('warns about a stateful function with no DynamoDB table or S3 bucket', () => {
    const p = patched((d) => (nodeConfig(d, 'enrich').stateful = true));
    expect(check(p, 'lambda-stateful')).toEqual([
      {
        rule: 'lambda-stateful',
        severity: 'warning',
        nodeId: 'enrich',
        field: 'stateful',
        message:
          'the function keeps state between invocations, but no DynamoDB table or S3 bucket is connected to hold it: Lambda discards execution environments (and their memory and /tmp) at any time',
      },
    ]);
  });

  it('accepts a stateful function connected to a table or a bucket', () => {
    expect(check(patched((d) => (nodeConfig(d, 'api-handler').stateful = true)), 'lambda-stateful')).toEqual([]);
    expect(check(patched((d) => (nodeConfig(d, 'archive').stateful = true)), 'lambda-stateful')).toEqual([]);
  });
});
