import type { PipelineNode } from '../../model';
import type { ValidationContext } from '../context';

export interface ScheduleField {
  node: PipelineNode;
  /** Dotted config key holding the expression. */
  field: string;
  expression: string;
  /** Glue takes cron(...) only; EventBridge takes rate(...) too. */
  service: 'glue' | 'eventbridge';
  /** The Glue jobs and crawlers this schedule starts (itself, for a Glue field). */
  startsGlue: PipelineNode[];
}

/** Every schedule expression written in the pipeline, with what it starts. */
export function scheduleFields(ctx: ValidationContext): ScheduleField[] {
  const out: ScheduleField[] = [];
  for (const crawler of ctx.nodesOfKind('glue-crawler')) {
    if (crawler.config.schedule !== undefined) {
      out.push({ node: crawler, field: 'schedule', expression: crawler.config.schedule, service: 'glue', startsGlue: [crawler] });
    }
  }
  for (const job of ctx.nodesOfKind('glue-job')) {
    const s = job.config.trigger.schedule;
    if (s !== undefined) out.push({ node: job, field: 'trigger.schedule', expression: s, service: 'glue', startsGlue: [job] });
  }
  for (const schedule of ctx.nodesOfKind('schedule')) {
    const startsGlue = ctx
      .outgoingOf(schedule.id, 'trigger')
      .map((e) => ctx.node(e.target))
      .filter((n): n is PipelineNode => n?.kind === 'glue-job' || n?.kind === 'glue-crawler');
    out.push({ node: schedule, field: 'expression', expression: schedule.config.expression, service: 'eventbridge', startsGlue });
  }
  return out;
}
