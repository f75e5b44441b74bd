import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

describe('sqs-visibility-timeout', () => {
  it('is an error below the function timeout', () => {
    const p = patched((d) => (nodeConfig(d, 'orders').visibilityTimeoutSeconds = 20));
    expect(check(p, 'sqs-visibility-timeout')).toEqual([
      {
        rule: 'sqs-visibility-timeout',
        severity: 'error',
        nodeId: 'orders',
        field: 'visibilityTimeoutSeconds',
        message:
          'the visibility timeout is 20 s, shorter than the 30 s timeout of archive: Lambda refuses the mapping (and messages would reappear while still being processed)',
      },
    ]);
  });

  it('is a warning below 6 × the function timeout', () => {
    const p = patched((d) => (nodeConfig(d, 'orders').visibilityTimeoutSeconds = 179));
    expect(check(p, 'sqs-visibility-timeout')).toEqual([
      {
        rule: 'sqs-visibility-timeout',
        severity: 'warning',
        nodeId: 'orders',
        field: 'visibilityTimeoutSeconds',
        message:
          "the visibility timeout is 179 s, less than 6 × the 30 s timeout of archive (180 s, AWS's advice): messages can reappear and be processed twice while retries and throttling hold them",
      },
    ]);
    const { applied, remaining } = afterFix(p, 'sqs-visibility-timeout');
    expect(remaining).toEqual([]);
    expect(applied.nodes.find((n) => n.id === 'orders')?.config).toMatchObject({ visibilityTimeoutSeconds: 180 });
  });

  it('accepts exactly 6 × the timeout', () => {
    expect(check(patched(() => undefined), 'sqs-visibility-timeout')).toEqual([]);
  });
});
