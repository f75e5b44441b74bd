import { GLUE_STREAMING_ONLY_WORKERS } from '../../../model/kinds/glue-job';
import { defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';

export const glueWorkerType = defineRule({
  id: 'glue-worker-type',
  area: 'glue',
  severity: 'error',
  title: 'Worker type the job type cannot use',
  docsUrl: 'https://docs.aws.amazon.com/glue/latest/dg/worker-types.html',
  description:
    'G.025X workers (a quarter DPU) are for streaming jobs only; Glue refuses them for a Spark batch job. Python shell jobs ignore worker settings (they run on 0.0625 or 1 DPU) and Ray jobs use Z.2X workers.',
  check(ctx) {
    return ctx.nodesOfKind('glue-job').flatMap((job) => {
      const c = job.config;
      if (c.jobType !== 'glueetl' || !GLUE_STREAMING_ONLY_WORKERS.includes(c.workerType)) return [];
      return [
        ctx.atNode(job, 'workerType', {
          message: `worker type ${c.workerType} is for streaming jobs only; a ${c.jobType} job with it fails to deploy`,
          fix: 'Use G.1X (or larger) workers, or make the job a streaming job if it reads a stream.',
          action: setAction('Set worker type to G.1X', 'node', job.id, 'workerType', 'G.1X'),
        }),
      ];
    });
  },
  examples: {
    failing: { nodes: [{ id: 'etl', kind: 'glue-job', config: { workerType: 'G.025X', encryptionAtRest: true, encryptionInTransit: true } }] },
    passing: { nodes: [{ id: 'etl', kind: 'glue-job', config: { workerType: 'G.1X', encryptionAtRest: true, encryptionInTransit: true } }] },
  },
});
