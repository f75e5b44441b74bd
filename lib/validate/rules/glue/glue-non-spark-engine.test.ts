import { describe, expect, it } from 'vitest';
import { check, findingsOf, nodeConfig, patched } from '../../testing/base-pipeline';

describe('glue-non-spark-engine', () => {
  it('warns about a Hive job on Glue and points to EMR', () => {
    const p = patched((d) => (nodeConfig(d, 'load-orders').engine = 'hive'));
    expect(check(p, 'glue-non-spark-engine')).toEqual([
      {
        rule: 'glue-non-spark-engine',
        severity: 'warning',
        nodeId: 'load-orders',
        field: 'engine',
        message: 'the job needs the hive engine, but Glue ETL runs on Spark: hive jobs do not run on Glue',
      },
    ]);
    expect(findingsOf(p, 'glue-non-spark-engine')[0].fix).toContain('EMR');
  });

  it('accepts Spark', () => {
    expect(check(patched(() => undefined), 'glue-non-spark-engine')).toEqual([]);
  });
});
