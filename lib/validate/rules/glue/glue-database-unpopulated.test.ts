import { describe, expect, it } from 'vitest';
import { check, patched, removeEdge } from '../../testing/base-pipeline';

describe('glue-database-unpopulated', () => {
  it('warns about a catalog database no crawler writes, naming its readers', () => {
    const p = patched((d) => removeEdge(d, 'crawler-populates'));
    expect(check(p, 'glue-database-unpopulated')).toEqual([
      {
        rule: 'glue-database-unpopulated',
        severity: 'warning',
        nodeId: 'analytics',
        message: 'no crawler populates the catalog database analytics, so athena, load-orders, spark will find no tables in it',
      },
    ]);
  });

  it('accepts a populated database', () => {
    expect(check(patched(() => undefined), 'glue-database-unpopulated')).toEqual([]);
  });
});
