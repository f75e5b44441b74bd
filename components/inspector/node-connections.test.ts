import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '@/lib/model';
import { connectionChoices } from './node-connections';

describe('connection choices in the inspector', () => {
  const p = new PipelineBuilder('p')
    .node('clicks', 'kinesis-stream')
    .node('enrich', 'lambda-function')
    .node('lake', 's3-bucket')
    .node('crawler', 'glue-crawler')
    .node('search', 'opensearch-domain')
    .edge('enrich', 'lake')
    .build();

  it('lists every other node: possible targets first with what they would mean, then the rest disabled with why', () => {
    const choices = connectionChoices(p, p.nodes[1]);
    expect(choices).toEqual([
      { id: 'clicks', label: 'clicks (Kinesis data stream): writes to', ok: true },
      { id: 'search', label: 'search (OpenSearch domain): writes to', ok: true },
      { id: 'crawler', label: 'crawler (Glue crawler): not possible, crawlers read S3, JDBC databases and DynamoDB', ok: false },
      { id: 'lake', label: 'lake (S3 bucket): already connected', ok: false },
    ]);
  });

  it('says when only the other way round works (a crawler reads the bucket)', () => {
    const crawler = p.nodes.find((n) => n.id === 'crawler')!;
    // crawler -> lake is refused (S3 takes no input from a crawler); lake -> crawler is "crawled by".
    expect(connectionChoices(p, crawler).find((c) => c.id === 'lake')).toEqual({ id: 'lake', label: 'lake (S3 bucket): not possible, only the other way round', ok: false });
  });
});
