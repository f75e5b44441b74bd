import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

// https://docs.aws.amazon.com/glue/latest/dg/monitor-continuations.html: bookmarks keep a job to new data.
describe('glue-bookmarks-off', () => {
  it('reports a nightly job without bookmarks over the lake, which grows by 17,280,000 + 8,640,000 records a day', () => {
    // Into lake: orders (100/s, through archive) and telemetry (200/s, through Firehose) = 300/s × 86,400 = 25,920,000 a day.
    const p = patched((d) => Object.assign(nodeConfig(d, 'load-orders'), { jobBookmarks: false }));
    expect(check(p, 'glue-bookmarks-off')).toEqual([
      {
        rule: 'glue-bookmarks-off',
        severity: 'warning',
        nodeId: 'load-orders',
        field: 'jobBookmarks',
        message:
          'without bookmarks every run reads all of lake, which grows by about 25,920,000 records a day and never expires: after 30 days a run reads 777,600,000 records (30 days of data) instead of what arrived since the last run, and the cost of each run keeps growing',
      },
    ]);
    const { applied, remaining } = afterFix(p, 'glue-bookmarks-off');
    expect(remaining).toEqual([]);
    expect(applied.nodes.find((n) => n.id === 'load-orders')?.config).toMatchObject({ jobBookmarks: true });
  });

  it('accepts a bucket that expires its objects', () => {
    expect(check(patched((d) => {
      Object.assign(nodeConfig(d, 'load-orders'), { jobBookmarks: false });
      Object.assign(nodeConfig(d, 'lake'), { expireAfterDays: 7 });
    }), 'glue-bookmarks-off')).toEqual([]);
  });
});
