import { s3NotificationOverlaps } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';
import { change } from '../../fix-actions';

export const s3NotificationOverlap = defineRule({
  id: 's3-notification-overlap',
  area: 's3',
  severity: 'error',
  title: 'Two notifications of a bucket with overlapping key filters',
  docsUrl: AWS_DOCS.s3NotificationFilters,
  description:
    'S3 refuses a notification configuration in which two notifications for the same event type could match the same key: their prefixes overlap (one starts with the other, or one is empty) and so do their suffixes. The stack fails to deploy with "Configuration is ambiguously defined".',
  check(ctx) {
    return s3NotificationOverlaps(ctx).map(({ bucket, first, second }) =>
      ctx.atEdge(second, 'filterPrefix', {
        message: `bucket ${bucket.id} notifies ${first.target} and ${second.target} for the same keys (prefixes "${first.config.filterPrefix ?? ''}" and "${second.config.filterPrefix ?? ''}", suffixes "${first.config.filterSuffix ?? ''}" and "${second.config.filterSuffix ?? ''}" overlap); S3 refuses overlapping notifications for one event type`,
        fix: `Give each notification a key prefix of its own (objects for ${first.target} under "${first.target}/", for ${second.target} under "${second.target}/"), or notify one SNS topic and subscribe both to it.`,
        action: {
          label: 'Give each notification its own prefix',
          changes: [change.set('edge', first.id, 'filterPrefix', `${first.target}/`), change.set('edge', second.id, 'filterPrefix', `${second.target}/`)],
        },
      }),
    );
  },
  examples: {
    failing: {
      nodes: [
        { id: 'uploads', kind: 's3-bucket' },
        { id: 'thumbnail', kind: 'lambda-function' },
        { id: 'index', kind: 'lambda-function' },
      ],
      edges: [
        { id: 'uploads-to-thumbnail', source: 'uploads', target: 'thumbnail', config: { filterSuffix: '.jpg' } },
        { id: 'uploads-to-index', source: 'uploads', target: 'index', config: { filterPrefix: 'images/' } },
      ],
    },
    passing: {
      nodes: [
        { id: 'uploads', kind: 's3-bucket' },
        { id: 'thumbnail', kind: 'lambda-function' },
        { id: 'index', kind: 'lambda-function' },
      ],
      edges: [
        { id: 'uploads-to-thumbnail', source: 'uploads', target: 'thumbnail', config: { filterSuffix: '.jpg' } },
        { id: 'uploads-to-index', source: 'uploads', target: 'index', config: { filterSuffix: '.json' } },
      ],
    },
  },
});
