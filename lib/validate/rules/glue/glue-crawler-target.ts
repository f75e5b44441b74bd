import { checkConnection } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';
import type { DraftFinding } from '../../types';

export const glueCrawlerTarget = defineRule({
  id: 'glue-crawler-target',
  area: 'glue',
  severity: 'error',
  title: 'Crawler with no target, or one it cannot crawl',
  docsUrl: AWS_DOCS.glueCrawlerTargets,
  description:
    'A crawler needs at least one data store to scan (CloudFormation requires Targets): S3, a JDBC database (RDS, Redshift) or DynamoDB. Streams, queues and functions hold no data at rest to crawl.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const crawler of ctx.nodesOfKind('glue-crawler')) {
      if (ctx.incomingOf(crawler.id, 'crawl-target').length > 0) continue;
      // Imported with targets Sluice does not draw (a path given by a parameter): the export writes them back.
      if (namesTargets(ctx.pipeline.kept?.nodes[crawler.id]?.resource.Properties?.Targets)) continue;
      // Sources that are connected but cannot be crawled (connection-invalid flags each edge too).
      const refused = ctx
        .incoming(crawler.id)
        .filter((e) => !ctx.connection(e))
        .map((e) => ctx.node(e.source))
        .filter((n): n is NonNullable<typeof n> => n !== undefined);
      const reasons = refused.map((n) => {
        const check = checkConnection(n.kind, crawler.kind);
        return `${n.id} (${check.ok ? n.kind : check.reason})`;
      });
      out.push(
        ctx.atNode(crawler, undefined, {
          message: refused.length
            ? `the crawler ${crawler.id} has nothing it can crawl: ${reasons.join('; ')}`
            : `the crawler ${crawler.id} has no target: a crawler needs at least one data store to scan (S3, JDBC or DynamoDB), and CloudFormation requires Targets`,
          fix: 'Connect the S3 bucket, JDBC database (RDS, Redshift) or DynamoDB table it should crawl to the crawler.',
        }),
      );
    }
    return out;
  },
  examples: {
    failing: { nodes: [{ id: 'crawl', kind: 'glue-crawler' }] },
    passing: {
      nodes: [
        { id: 'lake', kind: 's3-bucket', config: { partitionKeys: ['dt'] } },
        { id: 'crawl', kind: 'glue-crawler' },
      ],
      edges: [{ id: 'lake-crawled', source: 'lake', target: 'crawl' }],
    },
  },
});

function namesTargets(targets: unknown): boolean {
  return !!targets && typeof targets === 'object' && Object.values(targets).some((list) => Array.isArray(list) && list.length > 0);
}
