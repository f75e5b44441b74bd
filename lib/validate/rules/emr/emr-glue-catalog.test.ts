import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched, removeEdge } from '../../testing/base-pipeline';

describe('emr-glue-catalog', () => {
  it('warns when the cluster reads a catalog database through a local metastore, and switches to Glue', () => {
    const p = patched((d) => Object.assign(nodeConfig(d, 'spark'), { useGlueCatalog: false }));
    expect(check(p, 'emr-glue-catalog')).toEqual([
      {
        rule: 'emr-glue-catalog',
        severity: 'warning',
        nodeId: 'spark',
        field: 'useGlueCatalog',
        message: 'the cluster reads the catalog database analytics but its metastore is local: its queries will not see those tables',
      },
    ]);
    const { applied, remaining } = afterFix(p, 'emr-glue-catalog');
    expect(remaining).toEqual([]);
    expect(applied.nodes.find((n) => n.id === 'spark')?.config).toMatchObject({ useGlueCatalog: true });
  });

  it('accepts a local metastore when no catalog database is drawn into the cluster', () => {
    const p = patched((d) => {
      Object.assign(nodeConfig(d, 'spark'), { useGlueCatalog: false });
      removeEdge(d, 'analytics-to-spark');
    });
    expect(check(p, 'emr-glue-catalog')).toEqual([]);
  });
});
