import { describe, expect, it } from 'vitest';
import { addEdge, addNode, afterFix, check, patched } from '../../testing/base-pipeline';

// S3 refuses two notifications for one event type whose prefixes overlap and whose suffixes
// overlap: https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-filtering.html
const second = (config: Record<string, string>) =>
  patched((d) => {
    addNode(d, 'thumbnail', 'lambda-function', { runtime: 'python3.13', timeoutSeconds: 30 });
    addEdge(d, 'uploads-to-thumbnail', 'uploads', 'thumbnail', config);
  });

describe('s3-notification-overlap', () => {
  it('reports a second notification whose prefix starts with the first one\'s ("incoming/" and "incoming/images/", no suffixes)', () => {
    expect(check(second({ filterPrefix: 'incoming/images/' }), 's3-notification-overlap')).toEqual([
      {
        rule: 's3-notification-overlap',
        severity: 'error',
        edgeId: 'uploads-to-thumbnail',
        field: 'filterPrefix',
        message:
          'bucket uploads notifies index-upload and thumbnail for the same keys (prefixes "incoming/" and "incoming/images/", suffixes "" and "" overlap); S3 refuses overlapping notifications for one event type',
      },
    ]);
  });

  it('reports an empty prefix with a suffix: the empty prefix overlaps "incoming/", and no suffix overlaps ".jpg"', () => {
    expect(check(second({ filterSuffix: '.jpg' }), 's3-notification-overlap')).toHaveLength(1);
  });

  it('accepts prefixes that do not start with each other, and the same prefix with disjoint suffixes', () => {
    expect(check(second({ filterPrefix: 'outgoing/' }), 's3-notification-overlap')).toEqual([]);
    const twoSuffixes = patched((d) => {
      addNode(d, 'thumbnail', 'lambda-function', { runtime: 'python3.13', timeoutSeconds: 30 });
      (d.edges.find((e) => e.id === 'uploads-to-index')!.config as Record<string, string>).filterSuffix = '.json';
      addEdge(d, 'uploads-to-thumbnail', 'uploads', 'thumbnail', { filterPrefix: 'incoming/', filterSuffix: '.jpg' });
    });
    expect(check(twoSuffixes, 's3-notification-overlap')).toEqual([]);
  });

  it('fixes it by giving each notification a prefix named after its target', () => {
    const fixed = afterFix(second({ filterSuffix: '.jpg' }), 's3-notification-overlap');
    expect(fixed.remaining).toEqual([]);
    expect(fixed.applied.edges.find((e) => e.id === 'uploads-to-thumbnail')!.config.filterPrefix).toBe('thumbnail/');
    expect(fixed.applied.edges.find((e) => e.id === 'uploads-to-index')!.config.filterPrefix).toBe('index-upload/');
  });
});
