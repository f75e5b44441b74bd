import { describe, expect, it } from 'vitest';
import { addEdge, check, patched, removeEdge } from '../../testing/base-pipeline';

describe('glue-crawler-target', () => {
  it('reports a crawler with no target', () => {
    const p = patched((d) => removeEdge(d, 'lake-crawled'));
    expect(check(p, 'glue-crawler-target')).toEqual([
      {
        rule: 'glue-crawler-target',
        severity: 'error',
        nodeId: 'lake-crawler',
        message:
          'the crawler lake-crawler has no target: a crawler needs at least one data store to scan (S3, JDBC or DynamoDB), and CloudFormation requires Targets',
      },
    ]);
  });

  it('reports a crawler whose only source cannot be crawled, with the reason', () => {
    const p = patched((d) => {
      removeEdge(d, 'lake-crawled');
      addEdge(d, 'clicks-crawled', 'clicks', 'lake-crawler');
    });
    expect(check(p, 'glue-crawler-target').map((f) => f.message)).toEqual([
      'the crawler lake-crawler has nothing it can crawl: clicks (Kinesis cannot be a Glue crawler target: crawlers read S3, JDBC databases and DynamoDB)',
    ]);
  });

  it('accepts a crawler with an S3 target', () => {
    expect(check(patched(() => undefined), 'glue-crawler-target')).toEqual([]);
  });
});
