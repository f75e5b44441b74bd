import { defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import type { DraftFinding } from '../../types';

const PARTITIONS_URL = 'https://docs.aws.amazon.com/athena/latest/ug/partitions.html';
const DAILY = 'cron(0 1 * * ? *)';

export const athenaPartitionsStale = defineRule({
  id: 'athena-partitions-stale',
  area: 'glue',
  severity: 'warning',
  title: 'Athena over a partitioned bucket whose new partitions never reach the catalog',
  docsUrl: PARTITIONS_URL,
  description:
    'Athena reads only the partitions the Data Catalog knows. When data lands in new partition folders (year=/month=/day=) and nothing adds them (no scheduled or triggered crawler, no partition projection), queries silently miss everything written since the last crawl.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const athena of ctx.nodesOfKind('athena-workgroup')) {
      for (const read of ctx.incomingOf(athena.id, 'reads-catalog')) {
        for (const populate of ctx.incomingOf(read.source, 'populates')) {
          const crawler = ctx.node(populate.source);
          if (crawler?.kind !== 'glue-crawler' || crawler.config.schedule || ctx.incomingOf(crawler.id, 'trigger').length > 0) continue;
          const buckets = ctx
            .incomingOf(crawler.id, 'crawl-target')
            .map((e) => ctx.node(e.source))
            .filter((b) => b?.kind === 's3-bucket' && b.config.partitionKeys.length > 0 && (b.config.traffic.recordsPerSecond > 0 || ctx.incoming(b.id).some((e) => ctx.connection(e)?.meaning !== 'crawl-target')));
          if (buckets.length === 0) continue;
          const keys = buckets[0]!.kind === 's3-bucket' ? buckets[0]!.config.partitionKeys : [];
          out.push(
            ctx.atNode(crawler, 'schedule', {
              message: `${buckets.map((b) => b!.id).join(', ')} keeps getting new ${keys.join('/')} partitions, but crawler ${crawler.id} runs only on demand: Athena (${athena.id}) sees only the partitions of the last manual crawl and misses everything since`,
              fix: 'Schedule the crawler (new folders only), start it after the job that writes, or use partition projection on the table.',
              action: setAction('Crawl daily at 01:00 UTC', 'node', crawler.id, 'schedule', DAILY),
            }),
          );
        }
      }
    }
    return out;
  },
  examples: {
    failing: {
      nodes: [
        { id: 'lake', kind: 's3-bucket', config: { partitionKeys: ['year', 'month', 'day'], traffic: { recordsPerSecond: 10 } } },
        { id: 'crawler', kind: 'glue-crawler' },
        { id: 'analytics', kind: 'glue-database' },
        { id: 'athena', kind: 'athena-workgroup' },
      ],
      edges: [
        { id: 'lake-crawled', source: 'lake', target: 'crawler' },
        { id: 'crawler-populates', source: 'crawler', target: 'analytics' },
        { id: 'analytics-to-athena', source: 'analytics', target: 'athena' },
      ],
    },
    passing: {
      nodes: [
        { id: 'lake', kind: 's3-bucket', config: { partitionKeys: ['year', 'month', 'day'], traffic: { recordsPerSecond: 10 } } },
        { id: 'crawler', kind: 'glue-crawler', config: { schedule: 'cron(0 1 * * ? *)' } },
        { id: 'analytics', kind: 'glue-database' },
        { id: 'athena', kind: 'athena-workgroup' },
      ],
      edges: [
        { id: 'lake-crawled', source: 'lake', target: 'crawler' },
        { id: 'crawler-populates', source: 'crawler', target: 'analytics' },
        { id: 'analytics-to-athena', source: 'analytics', target: 'athena' },
      ],
    },
  },
});
