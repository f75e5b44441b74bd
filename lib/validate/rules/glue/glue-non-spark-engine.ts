import { AWS_DOCS, defineRule } from '../../define-rule';

export const glueNonSparkEngine = defineRule({
  id: 'glue-non-spark-engine',
  area: 'glue',
  severity: 'warning',
  title: 'Glue job that needs an engine other than Spark',
  docsUrl: AWS_DOCS.emr,
  description:
    'Glue ETL runs Apache Spark (plus Python shell and Ray). Hive, Pig, Presto or MapReduce work does not run on Glue; EMR runs those engines (and can share the Glue Data Catalog as its metastore).',
  check(ctx) {
    return ctx.nodesOfKind('glue-job').flatMap((job) => {
      const engine = job.config.engine;
      if (engine === 'spark') return [];
      return [
        ctx.atNode(job, 'engine', {
          message: `the job needs the ${engine} engine, but Glue ETL runs on Spark: ${engine} jobs do not run on Glue`,
          fix: 'Run this work on EMR (or EMR Serverless), with the Glue Data Catalog as its Hive metastore; or rewrite it in Spark. Data Pipeline used to schedule such jobs but takes no new customers.',
        }),
      ];
    });
  },
  examples: {
    failing: { nodes: [{ id: 'aggregate', kind: 'glue-job', config: { engine: 'hive', encryptionAtRest: true, encryptionInTransit: true } }] },
    passing: { nodes: [{ id: 'aggregate', kind: 'glue-job', config: { engine: 'spark', encryptionAtRest: true, encryptionInTransit: true } }] },
  },
});
