import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

describe('sqs-dlq-retention', () => {
  it('warns when the DLQ keeps messages no longer than its source', () => {
    const p = patched((d) => (nodeConfig(d, 'orders-dlq').retentionSeconds = 345600));
    expect(check(p, 'sqs-dlq-retention')).toEqual([
      {
        rule: 'sqs-dlq-retention',
        severity: 'warning',
        nodeId: 'orders-dlq',
        field: 'retentionSeconds',
        message:
          'the dead-letter queue orders-dlq keeps messages 4 days, no longer than its source orders (4 days): failed messages keep their original age and can expire soon after they arrive',
      },
    ]);
    expect(afterFix(p, 'sqs-dlq-retention').remaining).toEqual([]);
  });

  it('accepts a longer DLQ retention', () => {
    expect(check(patched(() => undefined), 'sqs-dlq-retention')).toEqual([]);
  });
});
