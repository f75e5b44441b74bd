import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';

export const glueDoubleSchedule = defineRule({
  id: 'glue-double-schedule',
  area: 'glue',
  severity: 'warning',
  title: 'Glue job with its own schedule that a schedule also starts',
  docsUrl: AWS_DOCS.glueTriggers,
  description:
    'A Glue job can be started by its own scheduled trigger or by a schedule drawn in front of it, not sensibly both: the two fire independently, and the second start finds the first run still going (Glue refuses it unless the job allows concurrent runs). Sluice exports only the drawn schedule and simulates it the same way; keep one of the two so the design says what will happen.',
  check(ctx) {
    return ctx.nodesOfKind('glue-job').flatMap((job) => {
      if (job.config.trigger.type !== 'schedule') return [];
      const schedules = ctx.incomingOf(job.id, 'trigger').filter((e) => ctx.node(e.source)?.kind === 'schedule');
      if (schedules.length === 0) return [];
      const names = schedules.map((e) => e.source).join(', ');
      return [
        ctx.atNode(job, 'trigger.type', {
          message: `the Glue job ${job.id} has its own schedule (${job.config.trigger.schedule ?? 'no expression'}) and is also started by the schedule ${names}: only one should start it (the export keeps ${names})`,
          fix: 'Set the job\'s trigger to on-demand and let the schedule start it, or delete the schedule connection.',
          action: setAction('Set the trigger to on-demand', 'node', job.id, 'trigger.type', 'on-demand'),
        }),
      ];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'nightly', kind: 'schedule', config: { expression: 'cron(0 3 * * ? *)' } },
        { id: 'load', kind: 'glue-job', config: { trigger: { type: 'schedule', schedule: 'cron(0 3 * * ? *)' }, encryptionAtRest: true, encryptionInTransit: true } },
      ],
      edges: [{ id: 'nightly-starts-load', source: 'nightly', target: 'load' }],
    },
    passing: {
      nodes: [
        { id: 'nightly', kind: 'schedule', config: { expression: 'cron(0 3 * * ? *)' } },
        { id: 'load', kind: 'glue-job', config: { trigger: { type: 'on-demand' }, encryptionAtRest: true, encryptionInTransit: true } },
      ],
      edges: [{ id: 'nightly-starts-load', source: 'nightly', target: 'load' }],
    },
  },
});
