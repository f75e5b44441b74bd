import { describe, expect, it } from 'vitest';
import { applyFixAction } from '../../index';
import { check, findingsOf, patched, removeEdge } from '../../testing/base-pipeline';

describe('sqs-missing-dlq', () => {
  const withoutDlq = () => patched((d) => removeEdge(d, 'orders-dead-letter'));

  it('warns about a queue feeding Lambda with no dead-letter queue', () => {
    expect(check(withoutDlq(), 'sqs-missing-dlq')).toEqual([
      {
        rule: 'sqs-missing-dlq',
        severity: 'warning',
        nodeId: 'orders',
        message: 'orders feeds a Lambda function but has no dead-letter queue: a message that always fails is retried until its retention ends (4 days), then lost',
      },
    ]);
  });

  it('adds a dead-letter queue with a unique id, below the queue, clear of other nodes', () => {
    const p = withoutDlq();
    const [finding] = findingsOf(p, 'sqs-missing-dlq');
    expect(finding.action?.label).toBe('Add a dead-letter queue');
    const fixed = applyFixAction(p, finding.action!);
    expect(check(fixed, 'sqs-missing-dlq')).toEqual([]);
    // "orders-dlq" is taken (it is orphaned now), so the new queue gets a fresh id.
    const added = fixed.nodes.find((n) => n.id === 'orders-dlq-2');
    expect(added).toMatchObject({ kind: 'sqs-queue', name: 'orders DLQ', config: { retentionSeconds: 1209600 } });
    expect(added?.position?.x).toBe(0);
    expect(added?.position?.y).toBeGreaterThan(440);
    expect(fixed.edges.find((e) => e.target === 'orders-dlq-2')?.source).toBe('orders');
  });

  it('does not ask for a dead-letter queue on a queue nobody polls', () => {
    expect(check(patched(() => undefined), 'sqs-missing-dlq')).toEqual([]);
  });
});
