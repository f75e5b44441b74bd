import { AWS_DOCS, defineRule } from '../../define-rule';

/** Kinds whose items have no fixed schema: a crawler can only guess one from a sample. */
const NOSQL = new Set(['dynamodb-table']);

export const glueNosqlCrawler = defineRule({
  id: 'glue-nosql-crawler',
  area: 'glue',
  severity: 'warning',
  title: 'Crawler over a NoSQL store',
  docsUrl: AWS_DOCS.glueCrawlerTargets,
  description:
    'A crawler infers a table schema by sampling. In a NoSQL store every item may have different attributes, so the inferred schema describes a sample, not the data, and queries over it miss or mistype fields.',
  check(ctx) {
    return ctx.edgesOf('crawl-target').flatMap((edge) => {
      const store = ctx.node(edge.source);
      if (!store || !NOSQL.has(store.kind)) return [];
      return [
        ctx.atEdge(edge, undefined, {
          message: `the crawler ${edge.target} crawls the DynamoDB table ${store.id}: a NoSQL table has no fixed schema, so the inferred one means little`,
          fix: 'Export the table to S3 (DynamoDB export, or a stream into Firehose) in a defined format and crawl that, or define the catalog table by hand.',
        }),
      ];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'sessions', kind: 'dynamodb-table' },
        { id: 'crawl', kind: 'glue-crawler' },
      ],
      edges: [{ id: 'sessions-crawled', source: 'sessions', target: 'crawl' }],
    },
    passing: {
      nodes: [
        { id: 'exports', kind: 's3-bucket', config: { partitionKeys: ['dt'] } },
        { id: 'crawl', kind: 'glue-crawler' },
      ],
      edges: [{ id: 'exports-crawled', source: 'exports', target: 'crawl' }],
    },
  },
});
