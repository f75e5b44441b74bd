import { defineRule } from '../../define-rule';

const ATHENA_URL = 'https://docs.aws.amazon.com/athena/latest/ug/what-is.html';
const SQL_ENGINES = new Set(['Presto', 'Trino', 'Hive']);

export const emrAthenaAlternative = defineRule({
  id: 'emr-athena-alternative',
  area: 'emr',
  severity: 'info',
  title: 'EMR cluster that only queries the catalog: Athena does that without a cluster',
  docsUrl: ATHENA_URL,
  description:
    'A cluster on EC2 running only SQL engines (Presto, Trino, Hive) over tables of the Glue Data Catalog and writing nothing is what Athena does serverless: Athena runs Trino over the same catalog and bills per query for the data scanned, with nothing running, and billing, between queries.',
  check(ctx) {
    return ctx.nodesOfKind('emr-cluster').flatMap((cluster) => {
      const c = cluster.config;
      if (c.deployment !== 'ec2' || !c.applications.every((a) => SQL_ENGINES.has(a))) return [];
      if (ctx.incomingOf(cluster.id, 'reads-catalog').length === 0 || ctx.outgoingOf(cluster.id, 'writes').length > 0) return [];
      return [
        ctx.atNode(cluster, 'applications', {
          message: `the cluster runs only ${c.applications.join(', ')} over catalog tables and writes nothing: an Athena workgroup on the same catalog runs these queries without ${c.instanceCount + c.taskInstanceCount} instances billing between them`,
          fix: 'Query the catalog database from an Athena workgroup; keep EMR for work Athena cannot do (long transformations, custom code, HBase).',
        }),
      ];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'analytics', kind: 'glue-database' },
        { id: 'trino', kind: 'emr-cluster', config: { applications: ['Trino'] } },
      ],
      edges: [{ id: 'analytics-to-trino', source: 'analytics', target: 'trino' }],
    },
    passing: {
      nodes: [
        { id: 'analytics', kind: 'glue-database' },
        { id: 'athena', kind: 'athena-workgroup' },
      ],
      edges: [{ id: 'analytics-to-athena', source: 'analytics', target: 'athena' }],
    },
  },
});
