import type { PipelineNode } from '../../../model';
import type { ValidationContext } from '../../context';
import { defineRule } from '../../define-rule';
import { trafficOf } from '../../facts/lambda-load';
import { setAction } from '../../fix-actions';
import { num } from '../../format';

const BOOKMARKS_URL = 'https://docs.aws.amazon.com/glue/latest/dg/monitor-continuations.html';

/** Records a day arriving in a bucket, from the traffic the design states upstream (one hop back through functions and Firehose). */
function recordsPerDay(ctx: ValidationContext, bucket: PipelineNode): number {
  let perSecond = trafficOf(bucket)?.recordsPerSecond ?? 0;
  for (const e of ctx.incoming(bucket.id)) {
    const writer = ctx.node(e.source);
    if (!writer) continue;
    const own = trafficOf(writer);
    if (own) perSecond += own.recordsPerSecond;
    else if (writer.kind === 'lambda-function' || writer.kind === 'firehose') for (const up of ctx.incoming(writer.id)) perSecond += trafficOf(ctx.node(up.source))?.recordsPerSecond ?? 0;
  }
  return perSecond * 86400;
}

/** The S3 buckets a job reads, directly or through catalog databases filled by crawlers. */
function bucketsRead(ctx: ValidationContext, jobId: string): PipelineNode[] {
  const direct = ctx.incomingOf(jobId, 'reads').map((e) => ctx.node(e.source)!);
  const viaCatalog = ctx
    .incomingOf(jobId, 'reads-catalog')
    .flatMap((e) => ctx.incomingOf(e.source, 'populates'))
    .flatMap((p) => ctx.incomingOf(p.source, 'crawl-target'))
    .map((c) => ctx.node(c.source)!);
  return [...new Set([...direct, ...viaCatalog])].filter((n) => n.kind === 's3-bucket');
}

export const glueBookmarksOff = defineRule({
  id: 'glue-bookmarks-off',
  area: 'glue',
  severity: 'warning',
  title: 'Glue job without bookmarks reading an ever-growing input',
  docsUrl: BOOKMARKS_URL,
  description:
    'Job bookmarks let a Glue job read only what arrived since its last run. Without them each run reads the whole input again: on a bucket that keeps growing and never expires objects, every run reads (and bills DPU-hours for) more than the last, and writes the old data again.',
  check(ctx) {
    return ctx.nodesOfKind('glue-job').flatMap((job) => {
      const c = job.config;
      if (c.jobBookmarks || c.jobType === 'gluestreaming') return [];
      const growing = bucketsRead(ctx, job.id)
        .filter((b) => b.kind === 's3-bucket' && b.config.expireAfterDays === 0)
        .map((b) => ({ bucket: b, perDay: recordsPerDay(ctx, b) }))
        .filter((x) => x.perDay > 0);
      if (growing.length === 0) return [];
      const perDay = growing.reduce((s, x) => s + x.perDay, 0);
      return [
        ctx.atNode(job, 'jobBookmarks', {
          message: `without bookmarks every run reads all of ${growing.map((x) => x.bucket.id).join(', ')}, which grows by about ${num(perDay)} records a day and never expires: after 30 days a run reads ${num(perDay * 30)} records (30 days of data) instead of what arrived since the last run, and the cost of each run keeps growing`,
          fix: 'Turn job bookmarks on (and transformation_ctx in the script), or expire old objects, or read only new partitions.',
          action: setAction('Turn job bookmarks on', 'node', job.id, 'jobBookmarks', true),
        }),
      ];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'uploads', kind: 's3-bucket', config: { traffic: { recordsPerSecond: 10 } } },
        { id: 'nightly', kind: 'schedule', config: { expression: 'cron(0 3 * * ? *)' } },
        { id: 'compact', kind: 'glue-job', config: { jobBookmarks: false } },
      ],
      edges: [
        { id: 'uploads-to-compact', source: 'uploads', target: 'compact' },
        { id: 'nightly-starts-compact', source: 'nightly', target: 'compact' },
      ],
    },
    passing: {
      nodes: [
        { id: 'uploads', kind: 's3-bucket', config: { traffic: { recordsPerSecond: 10 } } },
        { id: 'nightly', kind: 'schedule', config: { expression: 'cron(0 3 * * ? *)' } },
        { id: 'compact', kind: 'glue-job', config: { jobBookmarks: true } },
      ],
      edges: [
        { id: 'uploads-to-compact', source: 'uploads', target: 'compact' },
        { id: 'nightly-starts-compact', source: 'nightly', target: 'compact' },
      ],
    },
  },
});
