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

  it('accepts an imported crawler whose template names targets it does not draw (they are exported as written)', () => {
    const p = patched((d) => removeEdge(d, 'lake-crawled'));
    const resource = { Type: 'AWS::Glue::Crawler', Properties: { Targets: { S3Targets: [{ Path: { Ref: 'DataPath' } }] } } };
    const kept = { sections: {}, resources: {}, edges: {}, nodes: { 'lake-crawler': { logicalId: 'LakeCrawler', resource, verbatim: true, drawn: '', values: [] } } };
    expect(check({ ...p, kept }, 'glue-crawler-target')).toEqual([]);
    const empty = { ...kept, nodes: { 'lake-crawler': { ...kept.nodes['lake-crawler'], resource: { ...resource, Properties: { Targets: {} } } } } };
    expect(check({ ...p, kept: empty }, 'glue-crawler-target')).toHaveLength(1);
  });

  it('accepts a crawler with an S3 target', () => {
    expect(check(patched(() => undefined), 'glue-crawler-target')).toEqual([]);
  });
});
