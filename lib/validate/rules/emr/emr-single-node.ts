import { emrPrimaryNodes } from '../../../model';
import { defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';

const EMR_NODE_TYPES_URL = 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-master-core-task-nodes.html';

export const emrSingleNode = defineRule({
  id: 'emr-single-node',
  area: 'emr',
  severity: 'warning',
  title: 'Single-node EMR cluster',
  docsUrl: EMR_NODE_TYPES_URL,
  description:
    'A cluster of one primary node and no core nodes runs every task and keeps all of HDFS on that one instance: fine for a test, but in production one instance failure loses the job and its data, and the cluster cannot grow its storage.',
  check(ctx) {
    return ctx.nodesOfKind('emr-cluster').flatMap((cluster) => {
      const c = cluster.config;
      const primary = emrPrimaryNodes(c);
      if (c.deployment !== 'ec2' || c.instanceCount > primary) return [];
      return [
        ctx.atNode(cluster, 'instanceCount', {
          message: `the cluster has ${primary === 1 ? 'a single primary node' : 'only primary nodes'} and no core nodes: the primary runs the work and holds HDFS, so losing it loses the job and its data`,
          fix: 'Add core nodes (e.g. 1 primary + 2 core), or run the work on EMR Serverless or a Glue job.',
          action: setAction(`Use ${primary} primary and 2 core nodes`, 'node', cluster.id, 'instanceCount', primary + 2),
        }),
      ];
    });
  },
  examples: {
    failing: { nodes: [{ id: 'spark', kind: 'emr-cluster', config: { instanceCount: 1 } }] },
    passing: { nodes: [{ id: 'spark', kind: 'emr-cluster', config: { instanceCount: 3 } }] },
  },
});
