import { describe, expect, it } from 'vitest';
import { applyFixAction, tryApplyFixAction } from './fix-actions';
import type { FixAction } from './types';
import { baseDocument, parseDocument, patched } from './testing/base-pipeline';

describe('applyFixAction', () => {
  it('sets and unsets nested config fields without touching the input', () => {
    const before = parseDocument(baseDocument());
    const snapshot = JSON.stringify(before);
    const action: FixAction = {
      label: 'test',
      changes: [
        { type: 'set-config', owner: 'node', id: 'load-orders', field: 'trigger.schedule', value: 'cron(0 4 * * ? *)' },
        { type: 'unset-config', owner: 'edge', id: 'clicks-to-enrich', field: 'maxRecordAgeSeconds' },
      ],
    };
    const after = applyFixAction(before, action);
    expect(JSON.stringify(before)).toBe(snapshot);
    expect(after.nodes.find((n) => n.id === 'load-orders')?.config).toMatchObject({ trigger: { type: 'on-demand', schedule: 'cron(0 4 * * ? *)' } });
    expect(after.edges.find((e) => e.id === 'clicks-to-enrich')?.config.maxRecordAgeSeconds).toBeUndefined();
  });

  it('renames an added node whose id was taken since validation, and points its edges at the new id', () => {
    const action: FixAction = {
      label: 'add',
      changes: [
        { type: 'add-node', node: { id: 'orders-dlq', kind: 'sqs-queue', name: 'DLQ', config: {} } },
        { type: 'add-edge', edge: { id: 'orders-dead-letter', source: 'orders', target: 'orders-dlq', config: {} } },
      ],
    };
    const after = applyFixAction(parseDocument(baseDocument()), action);
    expect(after.nodes.filter((n) => n.id.startsWith('orders-dlq')).map((n) => n.id)).toEqual(['orders-dlq', 'orders-dlq-2']);
    expect(after.edges.find((e) => e.id === 'orders-dead-letter-2')).toMatchObject({ source: 'orders', target: 'orders-dlq-2' });
  });

  it('refuses an action whose target is gone, and one that would make the document invalid', () => {
    const p = parseDocument(baseDocument());
    expect(tryApplyFixAction(p, { label: 'x', changes: [{ type: 'set-config', owner: 'node', id: 'nope', field: 'a', value: 1 }] })).toEqual({
      ok: false,
      reason: 'the node "nope" no longer exists',
    });
    const invalid = tryApplyFixAction(p, { label: 'x', changes: [{ type: 'set-config', owner: 'node', id: 'archive', field: 'memoryMb', value: 99999 }] });
    expect(invalid.ok).toBe(false);
    expect(() => applyFixAction(p, { label: 'Remove it', changes: [{ type: 'remove-edge', edgeId: 'nope' }] })).toThrow(
      'cannot apply "Remove it": the edge "nope" no longer exists',
    );
  });

  it('drops suppressions of an edge it removes, so the document stays valid', () => {
    const p = patched((d) => d.suppressions.push({ rule: 'esm-batch-size', edgeId: 'clicks-to-enrich', reason: 'x' }));
    const after = applyFixAction(p, { label: 'Remove', changes: [{ type: 'remove-edge', edgeId: 'clicks-to-enrich' }] });
    expect(after.suppressions).toEqual([]);
  });
});
