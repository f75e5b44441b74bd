import { EMR_SERVERLESS_TYPES } from '../../../model';
import { defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';

export const emrServerlessApplication = defineRule({
  id: 'emr-serverless-application',
  area: 'emr',
  severity: 'error',
  title: 'EMR Serverless asked to run an application it does not offer',
  docsUrl: EMR_SERVERLESS_TYPES.url,
  description:
    'An EMR Serverless application is of one type, Spark or Hive. Pig, Presto, Trino, HBase, Flink or plain Hadoop need a cluster on EC2; Spark and Hive together need two applications.',
  check(ctx) {
    return ctx.nodesOfKind('emr-cluster').flatMap((cluster) => {
      const c = cluster.config;
      if (c.deployment !== 'serverless') return [];
      const unsupported = c.applications.filter((a) => !(a in EMR_SERVERLESS_TYPES.applications));
      const supported = c.applications.filter((a) => a in EMR_SERVERLESS_TYPES.applications);
      if (unsupported.length === 0 && supported.length === 1) return [];
      const message =
        unsupported.length > 0
          ? `EMR Serverless runs Spark or Hive only, not ${unsupported.join(', ')}: the export makes this node a cluster on EC2 rather than a Spark application that would not run them`
          : supported.length === 0
            ? 'an EMR Serverless application needs an application type: Spark or Hive'
            : 'an EMR Serverless application is either Spark or Hive, not both: draw two nodes, or run both on a cluster on EC2';
      return [
        ctx.atNode(cluster, 'applications', {
          message,
          fix: 'Run these applications on EMR on EC2, or keep only Spark (or only Hive) on Serverless.',
          action: setAction('Run on EC2', 'node', cluster.id, 'deployment', 'ec2'),
        }),
      ];
    });
  },
  examples: {
    failing: { nodes: [{ id: 'pig', kind: 'emr-cluster', config: { deployment: 'serverless', applications: ['Pig'] } }] },
    passing: { nodes: [{ id: 'spark', kind: 'emr-cluster', config: { deployment: 'serverless', applications: ['Spark'] } }] },
  },
});
