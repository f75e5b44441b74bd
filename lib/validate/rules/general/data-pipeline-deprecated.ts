import { AWS_DOCS, defineRule } from '../../define-rule';

export const dataPipelineDeprecated = defineRule({
  id: 'data-pipeline-deprecated',
  area: 'general',
  severity: 'warning',
  title: 'AWS Data Pipeline takes no new customers',
  docsUrl: AWS_DOCS.dataPipeline,
  description:
    'AWS Data Pipeline is in maintenance mode and closed to new customers: a new account cannot create one. Its jobs move to Glue (ETL), Step Functions (orchestration) or MWAA (Airflow).',
  check(ctx) {
    return ctx.nodesOfKind('data-pipeline').map((dp) =>
      ctx.atNode(dp, undefined, {
        message: `${dp.id} uses AWS Data Pipeline, which is closed to new customers: new accounts cannot create it, and it gets no new features`,
        fix: `Move the ${dp.config.activity} activity to AWS Glue (ETL and copies), AWS Step Functions (orchestration) or Amazon MWAA (Airflow); EMR activities run on EMR directly.`,
      }),
    );
  },
  examples: {
    failing: { nodes: [{ id: 'nightly-copy', kind: 'data-pipeline' }] },
    passing: { nodes: [{ id: 'nightly-copy', kind: 'glue-job', config: { encryptionAtRest: true, encryptionInTransit: true } }] },
  },
});
