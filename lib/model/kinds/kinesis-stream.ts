import { z } from 'zod';
import { defineKind } from '../kind';
import { trafficField } from '../traffic';

export const kinesisStream = defineKind({
  id: 'kinesis-stream',
  label: 'Kinesis data stream',
  description: 'An ordered, sharded stream: 1 MB/s or 1,000 records/s written per shard.',
  categories: ['source', 'sink'],
  icon: { glyph: 'KDS', color: '#894DF9' },
  docsUrl: 'https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html',
  configSchema: z.strictObject({
    mode: z.enum(['provisioned', 'on-demand']).default('provisioned').meta({ title: 'Capacity mode' }),
    shardCount: z.number().int().min(1).default(1).meta({ title: 'Shards', description: 'Provisioned mode only.' }),
    retentionHours: z.number().int().min(1).default(24).meta({ title: 'Retention (hours)', description: '24 to 8,760.' }),
    maxRecordSizeKib: z.number().int().min(1).default(1024).meta({ title: 'Max record size (KiB)', description: 'Up to 10,240.' }),
    traffic: trafficField,
  }),
});
