import { describe, expect, it } from 'vitest';
import { addEdge, check, patched } from '../../testing/base-pipeline';

describe('glue-nosql-crawler', () => {
  it('warns about a crawler over a DynamoDB table', () => {
    const p = patched((d) => addEdge(d, 'file-index-crawled', 'file-index', 'lake-crawler'));
    expect(check(p, 'glue-nosql-crawler')).toEqual([
      {
        rule: 'glue-nosql-crawler',
        severity: 'warning',
        edgeId: 'file-index-crawled',
        message: 'the crawler lake-crawler crawls the DynamoDB table file-index: a NoSQL table has no fixed schema, so the inferred one means little',
      },
    ]);
  });

  it('accepts S3 targets', () => {
    expect(check(patched(() => undefined), 'glue-nosql-crawler')).toEqual([]);
  });
});
