import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

describe('glue-encryption', () => {
  it('warns about a job without encryption at rest and in transit, and enables both', () => {
    const p = patched((d) => Object.assign(nodeConfig(d, 'load-orders'), { encryptionAtRest: false, encryptionInTransit: false }));
    expect(check(p, 'glue-encryption')).toEqual([
      {
        rule: 'glue-encryption',
        severity: 'warning',
        nodeId: 'load-orders',
        field: 'encryptionAtRest',
        message:
          'the job does not encrypt data at rest and in transit: its output, logs and bookmarks (or the traffic between its workers) are readable by anyone with access',
      },
    ]);
    const { applied, remaining } = afterFix(p, 'glue-encryption');
    expect(remaining).toEqual([]);
    expect(applied.nodes.find((n) => n.id === 'load-orders')?.config).toMatchObject({ encryptionAtRest: true, encryptionInTransit: true });
  });

  it('names only what is missing', () => {
    const p = patched((d) => (nodeConfig(d, 'load-orders').encryptionInTransit = false));
    expect(check(p, 'glue-encryption').map((f) => [f.field, f.message])).toEqual([
      [
        'encryptionInTransit',
        'the job does not encrypt data in transit: its output, logs and bookmarks (or the traffic between its workers) are readable by anyone with access',
      ],
    ]);
  });
});
