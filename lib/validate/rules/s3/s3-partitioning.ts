import { AWS_DOCS, defineRule } from '../../define-rule';

export const s3Partitioning = defineRule({
  id: 's3-partitioning',
  area: 's3',
  severity: 'info',
  title: 'Crawled bucket without partition keys',
  docsUrl: AWS_DOCS.gluePartitions,
  description:
    'A crawler turns folders such as year=2024/month=05/ into partitions, so Athena and Glue read only the folders a query needs. Without them every query scans (and pays for) the whole bucket.',
  check(ctx) {
    return ctx.nodesOfKind('s3-bucket').flatMap((bucket) => {
      if (bucket.config.partitionKeys.length > 0 || ctx.outgoingOf(bucket.id, 'crawl-target').length === 0) return [];
      return [
        ctx.atNode(bucket, 'partitionKeys', {
          message: `the crawled bucket ${bucket.id} has no partition keys: every query over its tables scans all of its data`,
          fix: 'Organise the data by the way it is queried, e.g. year=/month=/day= folders for time ranges, and list those keys in partitionKeys.',
        }),
      ];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'lake', kind: 's3-bucket' },
        { id: 'crawl', kind: 'glue-crawler' },
      ],
      edges: [{ id: 'lake-crawled', source: 'lake', target: 'crawl' }],
    },
    passing: {
      nodes: [
        { id: 'lake', kind: 's3-bucket', config: { partitionKeys: ['year', 'month', 'day'] } },
        { id: 'crawl', kind: 'glue-crawler' },
      ],
      edges: [{ id: 'lake-crawled', source: 'lake', target: 'crawl' }],
    },
  },
});
