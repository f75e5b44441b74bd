import { z } from 'zod';

/**
 * Sluice's own bound on a source's rate: a billion records a second is beyond any one AWS
 * account's pipeline, and keeps every figure the validator and simulator print readable
 * (1.79e308 would print 300 digits).
 */
export const MAX_RECORDS_PER_SECOND = 1_000_000_000;

/**
 * The largest record a pipeline can carry: an S3 object, at most 5 TB (5 TiB).
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/upload-objects.html (checked 2026-12-06)
 */
export const MAX_RECORD_BYTES = 5 * 1024 ** 4;

export const TRAFFIC_PATTERNS = ['constant', 'spike', 'diurnal'] as const;

/** What a source emits, for the validator's capacity checks and the simulator. */
export const trafficSchema = z
  .strictObject({
    recordsPerSecond: z
      .number()
      .min(0)
      .max(MAX_RECORDS_PER_SECOND, `at most ${MAX_RECORDS_PER_SECOND.toLocaleString('en-US')} records per second`)
      .default(0)
      .meta({ title: 'Records per second', description: 'Average arrival rate.' }),
    avgRecordBytes: z
      .number()
      .min(0)
      .max(MAX_RECORD_BYTES, `at most ${MAX_RECORD_BYTES.toLocaleString('en-US')} bytes (5 TB, the largest S3 object)`)
      .default(1024)
      .meta({ title: 'Average record size (bytes)' }),
    pattern: z
      .enum(TRAFFIC_PATTERNS)
      .default('constant')
      .meta({
        title: 'Pattern',
        description:
          'constant: flat; spike: 5x the rate for one minute in every ten; diurnal: a daily sine wave between 0 and 2x.',
      }),
    poisonRecordRate: z
      .number()
      .min(0)
      .max(1)
      .default(0)
      .meta({ title: 'Poison record rate (0..1)', description: 'Share of records that always make a consumer fail.' }),
    hotKeyShare: z
      .number()
      .min(0)
      .max(1)
      .default(0)
      .meta({
        title: 'Busiest key share (0..1)',
        description: 'Share of records that carry the busiest partition key: they all land on one Kinesis shard or DynamoDB partition. 0: keys spread evenly.',
      }),
  })
  .meta({ title: 'Traffic' });

export type Traffic = z.output<typeof trafficSchema>;

/** `traffic` as a config field: optional in the file, defaults filled in. */
export const trafficField = trafficSchema.prefault({});
