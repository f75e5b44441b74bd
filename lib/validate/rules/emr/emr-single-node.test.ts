import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

const spark = (config: Record<string, unknown>) => patched((d) => Object.assign(nodeConfig(d, 'spark'), config));

describe('emr-single-node', () => {
  it('warns about a cluster of one primary node and offers 1 primary + 2 core', () => {
    const p = spark({ instanceCount: 1 });
    expect(check(p, 'emr-single-node')).toEqual([
      {
        rule: 'emr-single-node',
        severity: 'warning',
        nodeId: 'spark',
        field: 'instanceCount',
        message: 'the cluster has a single primary node and no core nodes: the primary runs the work and holds HDFS, so losing it loses the job and its data',
      },
    ]);
    const { applied, remaining } = afterFix(p, 'emr-single-node');
    expect(remaining).toEqual([]);
    expect(applied.nodes.find((n) => n.id === 'spark')?.config).toMatchObject({ instanceCount: 3 });
  });

  it('counts three primary nodes without core nodes as primaries only', () => {
    expect(check(spark({ instanceCount: 3, highAvailability: true }), 'emr-single-node').map((f) => f.message)).toEqual([
      'the cluster has only primary nodes and no core nodes: the primary runs the work and holds HDFS, so losing it loses the job and its data',
    ]);
  });

  it('accepts core nodes, and serverless', () => {
    expect(check(spark({ instanceCount: 2 }), 'emr-single-node')).toEqual([]);
    expect(check(spark({ instanceCount: 1, deployment: 'serverless' }), 'emr-single-node')).toEqual([]);
  });
});
