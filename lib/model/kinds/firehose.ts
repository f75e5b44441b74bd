import { z } from 'zod';
import { defineKind } from '../kind';

export const firehose = defineKind({
  id: 'firehose',
  label: 'Data Firehose',
  description: 'Buffers records by size and time and delivers them to S3, Redshift (via S3 + COPY) or OpenSearch.',
  categories: ['sink', 'etl'],
  icon: { glyph: 'FH', color: '#894DF9' },
  docsUrl: 'https://docs.aws.amazon.com/firehose/latest/dev/limits.html',
  configSchema: z.strictObject({
    bufferSizeMb: z.number().min(0).default(5).meta({ title: 'Buffer size (MB)', description: '1 to 128.' }),
    bufferIntervalSeconds: z.number().int().min(0).default(300).meta({ title: 'Buffer interval (s)', description: '0 to 900.' }),
    compression: z.enum(['UNCOMPRESSED', 'GZIP', 'SNAPPY', 'ZIP']).default('GZIP').meta({ title: 'Compression' }),
    prefix: z.string().max(1024).default('').meta({ title: 'S3 prefix' }),
  }),
});
