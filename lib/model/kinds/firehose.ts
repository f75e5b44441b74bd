import { z } from 'zod';
import { defineKind } from '../kind';
import { FIREHOSE_BUFFER_MAX_MB, FIREHOSE_BUFFER_MIN_MB, FIREHOSE_INTERVAL_MAX_SECONDS, FIREHOSE_INTERVAL_MIN_SECONDS } from '../facts/firehose';

export const firehose = defineKind({
  id: 'firehose',
  label: 'Data Firehose',
  description: 'Buffers records by size and time and delivers them to S3, Redshift (via S3 + COPY) or OpenSearch.',
  categories: ['sink', 'etl'],
  icon: { glyph: 'FH', color: '#894DF9' },
  docsUrl: 'https://docs.aws.amazon.com/firehose/latest/dev/limits.html',
  configSchema: z.strictObject({
    bufferSizeMb: z.number().min(0).default(5).meta({ title: 'Buffer size (MB)', description: `${FIREHOSE_BUFFER_MIN_MB} to ${FIREHOSE_BUFFER_MAX_MB}.` }),
    bufferIntervalSeconds: z.number().int().min(0).default(300).meta({ title: 'Buffer interval (s)', description: `${FIREHOSE_INTERVAL_MIN_SECONDS} to ${FIREHOSE_INTERVAL_MAX_SECONDS}.` }),
    compression: z.enum(['UNCOMPRESSED', 'GZIP', 'SNAPPY', 'ZIP']).default('GZIP').meta({ title: 'Compression' }),
    prefix: z.string().max(1024).default('').meta({ title: 'S3 prefix' }),
  }),
});
