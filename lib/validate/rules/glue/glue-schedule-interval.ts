import { GLUE_MIN_SCHEDULE_INTERVAL_MINUTES } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import { plural } from '../../format';
import { scheduleFields } from '../../facts/schedules';
import { parseSchedule } from '../../schedule/schedule-expression';

export const GLUE_MIN_INTERVAL_MINUTES = GLUE_MIN_SCHEDULE_INTERVAL_MINUTES;

export const glueScheduleInterval = defineRule({
  id: 'glue-schedule-interval',
  area: 'glue',
  severity: 'error',
  title: 'Glue job or crawler scheduled more often than every 5 minutes',
  docsUrl: AWS_DOCS.glueSchedules,
  description:
    'Glue schedules run at most every 5 minutes; a crawler or job takes minutes to start anyway. A tighter schedule is refused, and the need behind it is a streaming one (Firehose, or a gluestreaming job).',
  check(ctx) {
    return scheduleFields(ctx).flatMap((s) => {
      if (s.startsGlue.length === 0) return [];
      const parsed = parseSchedule(s.expression);
      if (!parsed.ok || parsed.minIntervalMinutes >= GLUE_MIN_INTERVAL_MINUTES) return [];
      const what = s.node.kind === 'schedule' ? `the schedule ${s.node.id} starts ${s.startsGlue.map((n) => n.id).join(', ')}` : `the ${s.node.kind === 'glue-job' ? 'job' : 'crawler'} runs`;
      const fixed = 'cron(0/5 * * * ? *)';
      return [
        ctx.atNode(s.node, s.field, {
          message: `${what} every ${plural(parsed.minIntervalMinutes, 'minute')} (${s.expression}); Glue runs jobs and crawlers at most every ${GLUE_MIN_INTERVAL_MINUTES} minutes`,
          fix: `Schedule it every ${GLUE_MIN_INTERVAL_MINUTES} minutes or less often, e.g. ${fixed}; for fresher data use a streaming design (Firehose, or a gluestreaming job).`,
          action: setAction('Run every 5 minutes', 'node', s.node.id, s.field, fixed),
        }),
      ];
    });
  },
  examples: {
    failing: { nodes: [{ id: 'crawl', kind: 'glue-crawler', config: { schedule: 'cron(* * * * ? *)' } }] },
    passing: { nodes: [{ id: 'crawl', kind: 'glue-crawler', config: { schedule: 'cron(0 2 * * ? *)' } }] },
  },
});
