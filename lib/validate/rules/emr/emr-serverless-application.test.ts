import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

const serverless = (applications: string[]) => patched((d) => Object.assign(nodeConfig(d, 'spark'), { deployment: 'serverless', applications }));

describe('emr-serverless-application', () => {
  // EMR Serverless releases offer Apache Spark and Apache Hive (with Tez) only.
  // https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/release-version-7140.html
  it('reports Pig, Presto and HBase on Serverless as an error and offers EC2', () => {
    const p = serverless(['Pig', 'Presto', 'HBase']);
    expect(check(p, 'emr-serverless-application')).toEqual([
      {
        rule: 'emr-serverless-application',
        severity: 'error',
        nodeId: 'spark',
        field: 'applications',
        message: 'EMR Serverless runs Spark or Hive only, not Pig, Presto, HBase: the export makes this node a cluster on EC2 rather than a Spark application that would not run them',
      },
    ]);
    const { applied, remaining } = afterFix(p, 'emr-serverless-application');
    expect(remaining).toEqual([]);
    expect(applied.nodes.find((n) => n.id === 'spark')?.config).toMatchObject({ deployment: 'ec2' });
  });

  it('reports Spark and Hive in one application', () => {
    expect(check(serverless(['Spark', 'Hive']), 'emr-serverless-application').map((f) => f.message)).toEqual([
      'an EMR Serverless application is either Spark or Hive, not both: draw two nodes, or run both on a cluster on EC2',
    ]);
  });

  it('accepts Spark alone, Hive alone, and any application on EC2', () => {
    expect(check(serverless(['Spark']), 'emr-serverless-application')).toEqual([]);
    expect(check(serverless(['Hive']), 'emr-serverless-application')).toEqual([]);
    expect(check(patched((d) => Object.assign(nodeConfig(d, 'spark'), { applications: ['Pig', 'HBase'] })), 'emr-serverless-application')).toEqual([]);
  });
});
