import { describe, expect, it } from 'vitest';
import { addEdge, check, patched, removeEdge } from '../../testing/base-pipeline';

describe('firehose-destination', () => {
  it('reports a delivery stream with two destinations, naming the count and the edges', () => {
    const p = patched((d) => addEdge(d, 'delivery-to-warehouse', 'delivery', 'warehouse'));
    expect(check(p, 'firehose-destination')).toEqual([
      {
        rule: 'firehose-destination',
        severity: 'error',
        nodeId: 'delivery',
        message:
          'delivery delivers to 2 destinations (delivery-to-lake to lake, delivery-to-warehouse to warehouse); a Firehose delivery stream has exactly 1 destination, so only one would be deployed and the others would silently receive nothing',
      },
    ]);
  });

  it('warns about a delivery stream with no destination', () => {
    const p = patched((d) => removeEdge(d, 'delivery-to-lake'));
    expect(check(p, 'firehose-destination')).toEqual([
      {
        rule: 'firehose-destination',
        severity: 'warning',
        nodeId: 'delivery',
        message: 'delivery delivers to no destination; a delivery stream needs exactly one, so the export gives it a staging S3 bucket of its own that the design does not show',
      },
    ]);
  });

  it('accepts exactly one destination', () => {
    expect(check(patched(() => undefined), 'firehose-destination')).toEqual([]);
  });
});
