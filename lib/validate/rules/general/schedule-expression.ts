import { AWS_DOCS, defineRule } from '../../define-rule';
import { scheduleFields } from '../../facts/schedules';
import { parseSchedule } from '../../schedule/schedule-expression';

export const scheduleExpression = defineRule({
  id: 'schedule-expression',
  area: 'general',
  severity: 'error',
  title: 'Invalid schedule expression',
  docsUrl: AWS_DOCS.eventBridgeSchedules,
  description:
    'EventBridge schedules take rate(value unit) with a unit of minutes or more, or cron with 6 fields and "?" in one day field; Glue schedules take cron(...) only. A malformed expression fails the deployment.',
  check(ctx) {
    const out = scheduleFields(ctx).flatMap((s) => {
      const parsed = parseSchedule(s.expression);
      if (!parsed.ok) {
        return [
          ctx.atNode(s.node, s.field, {
            message: `"${s.expression}" is not a valid schedule: ${parsed.reason}`,
            fix: s.service === 'glue' ? 'Write cron(minutes hours day-of-month month day-of-week year), e.g. cron(0 2 * * ? *) for 02:00 UTC daily.' : 'Write rate(5 minutes) or cron(0 12 * * ? *) (UTC).',
          }),
        ];
      }
      if (s.service === 'glue' && parsed.kind === 'rate') {
        return [
          ctx.atNode(s.node, s.field, {
            message: `"${s.expression}" is a rate expression, but Glue schedules take cron(...) only`,
            fix: 'Write the same schedule as cron, e.g. rate(1 hour) is cron(0 * * * ? *).',
          }),
        ];
      }
      return [];
    });
    for (const job of ctx.nodesOfKind('glue-job')) {
      const t = job.config.trigger;
      const startedBySchedule = ctx.incomingOf(job.id, 'trigger').some((e) => ctx.node(e.source)?.kind === 'schedule');
      if (t.type === 'schedule' && t.schedule === undefined && !startedBySchedule) {
        out.push(
          ctx.atNode(job, 'trigger', {
            message: 'the trigger type is "schedule" but there is no schedule expression (and no schedule node starts the job): the trigger cannot be created',
            fix: 'Add trigger.schedule, e.g. cron(0 3 * * ? *), or connect a schedule node.',
          }),
        );
      }
    }
    return out;
  },
  examples: {
    failing: { nodes: [{ id: 'hourly', kind: 'schedule', config: { expression: 'rate(30 seconds)' } }] },
    passing: { nodes: [{ id: 'hourly', kind: 'schedule', config: { expression: 'rate(1 hour)' } }] },
  },
});
