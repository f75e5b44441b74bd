import { z } from 'zod';
import { defineKind } from '../kind';

export const opensearchDomain = defineKind({
  id: 'opensearch-domain',
  label: 'OpenSearch domain',
  description: 'Search and log analytics (formerly Elasticsearch Service).',
  categories: ['sink'],
  icon: { glyph: 'OS', color: '#894DF9' },
  docsUrl: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/limits.html',
  configSchema: z.strictObject({
    engineVersion: z.string().regex(/^(OpenSearch|Elasticsearch)_\d+\.\d+$/, 'such as OpenSearch_2.17').default('OpenSearch_2.17').meta({ title: 'Engine version' }),
    instanceType: z.string().regex(/^[a-z0-9]+\.[a-z0-9]+\.search$/, 'such as r6g.large.search').default('r6g.large.search').meta({ title: 'Instance type' }),
    instanceCount: z.number().int().min(1).default(2).meta({ title: 'Data nodes' }),
    volumeSizeGb: z.number().int().min(10).default(100).meta({ title: 'EBS volume per node (GB)' }),
    maxIndexRecordsPerSecond: z.number().min(0).default(10000).meta({ title: 'Indexing capacity (records/s)', description: 'For the simulator.' }),
  }),
});
