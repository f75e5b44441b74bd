import { describe, expect, it } from 'vitest';
import { check, nodeConfig, patched, removeEdge } from '../../testing/base-pipeline';

const queryOnly = (applications: string[], keepWrite = false) =>
  patched((d) => {
    Object.assign(nodeConfig(d, 'spark'), { applications });
    if (!keepWrite) removeEdge(d, 'spark-to-lake');
  });

describe('emr-athena-alternative', () => {
  it('points a Trino-only cluster that reads the catalog and writes nothing to Athena', () => {
    expect(check(queryOnly(['Trino']), 'emr-athena-alternative')).toEqual([
      {
        rule: 'emr-athena-alternative',
        severity: 'info',
        nodeId: 'spark',
        field: 'applications',
        message: 'the cluster runs only Trino over catalog tables and writes nothing: an Athena workgroup on the same catalog runs these queries without 3 instances billing between them',
      },
    ]);
  });

  it('leaves clusters that write, run Spark, or run on Serverless alone', () => {
    expect(check(queryOnly(['Trino'], true), 'emr-athena-alternative')).toEqual([]);
    expect(check(queryOnly(['Spark']), 'emr-athena-alternative')).toEqual([]);
    expect(check(queryOnly(['Presto', 'Spark']), 'emr-athena-alternative')).toEqual([]);
  });
});
