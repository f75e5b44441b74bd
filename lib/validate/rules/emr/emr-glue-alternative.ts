import { EMR_BILLING, GLUE_SPARK_BILLING } from '../../../model';
import { defineRule } from '../../define-rule';
import { duration, num } from '../../format';

/** Glue's Spark ETL jobs: what replaces the cluster (the billing figures are in GLUE_SPARK_BILLING). */
const GLUE_SPARK_JOBS_URL = 'https://docs.aws.amazon.com/glue/latest/dg/add-job.html';
/** Spark, plus Hadoop (YARN and HDFS, which every Spark cluster runs anyway): nothing Glue lacks. */
const SPARK_ONLY = new Set(['Spark', 'Hadoop']);
/** Where a Glue Spark job reads from and writes to just as well: S3 and the Data Catalog. */
const GLUE_STORES = new Set(['s3-bucket', 'glue-database']);

export const emrGlueAlternative = defineRule({
  id: 'emr-glue-alternative',
  area: 'emr',
  severity: 'info',
  title: 'EMR cluster running a Spark batch over S3: a Glue job does that without a cluster',
  docsUrl: GLUE_SPARK_JOBS_URL,
  description:
    'A cluster on EC2 running only Spark, reading only S3 and the Glue Data Catalog, writing only S3, and ending itself when idle is a Spark batch: a Glue Spark ETL job runs the same work serverless, billed per DPU-second with a 1-minute minimum (Glue 2.0 and later), with no cluster to start, idle and terminate. EMR bills every instance per second with a one-minute minimum from the request to the termination, EC2 on top.',
  check(ctx) {
    return ctx.nodesOfKind('emr-cluster').flatMap((cluster) => {
      const c = cluster.config;
      // A long-lived or highly available cluster is a service, not a batch: Glue does not replace it.
      if (c.deployment !== 'ec2' || c.highAvailability || c.autoTerminationIdleSeconds <= 0) return [];
      if (!c.applications.includes('Spark') || !c.applications.every((a) => SPARK_ONLY.has(a))) return [];
      // Edges by meaning: a DynamoDB or RDS source (or a Redshift, DynamoDB, RDS or OpenSearch target) keeps EMR.
      const reads = ctx.incomingOf(cluster.id, ['reads', 'reads-catalog']);
      const writes = ctx.outgoingOf(cluster.id, 'writes');
      if (reads.length === 0 || writes.length === 0) return [];
      if (!reads.every((e) => GLUE_STORES.has(ctx.node(e.source)?.kind ?? '')) || !writes.every((e) => GLUE_STORES.has(ctx.node(e.target)?.kind ?? ''))) return [];
      const kinds = new Set(reads.map((e) => ctx.node(e.source)?.kind));
      const from = [kinds.has('s3-bucket') ? 'S3' : '', kinds.has('glue-database') ? 'the catalog' : ''].filter(Boolean).join(' and ');
      const instances = c.instanceCount + c.taskInstanceCount;
      const idleHours = (instances * c.autoTerminationIdleSeconds) / 3600;
      return [
        ctx.atNode(cluster, 'applications', {
          message: `the cluster runs only Spark from ${from} into S3, as a batch: a Glue Spark job does that serverless, billed per DPU-second with a ${duration(GLUE_SPARK_BILLING.minimumSeconds)} minimum on ${GLUE_SPARK_BILLING.minimumDpus} DPUs or more and nothing between runs, where this cluster bills ${instances} instances (EMR per second with a ${duration(EMR_BILLING.minimumSecondsPerInstance)} minimum each, plus EC2) from its request to its termination, including ${duration(c.autoTerminationIdleSeconds)} idle after the last step (${num(idleHours)} instance-hours each run)`,
        }),
      ];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'raw', kind: 's3-bucket' },
        { id: 'nightly-spark', kind: 'emr-cluster', config: { applications: ['Spark'] } },
        { id: 'curated', kind: 's3-bucket' },
      ],
      edges: [
        { id: 'raw-to-spark', source: 'raw', target: 'nightly-spark' },
        { id: 'spark-to-curated', source: 'nightly-spark', target: 'curated' },
      ],
    },
    passing: {
      nodes: [
        { id: 'raw', kind: 's3-bucket' },
        { id: 'nightly-spark', kind: 'emr-cluster', config: { applications: ['Spark', 'Hive'] } },
        { id: 'curated', kind: 's3-bucket' },
      ],
      edges: [
        { id: 'raw-to-spark', source: 'raw', target: 'nightly-spark' },
        { id: 'spark-to-curated', source: 'nightly-spark', target: 'curated' },
      ],
    },
  },
});
