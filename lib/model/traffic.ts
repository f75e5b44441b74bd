import { z } from 'zod';

export const TRAFFIC_PATTERNS = ['constant', 'spike', 'diurnal'] as const;

/** What a source emits, for the validator's capacity checks and the simulator. */
export const trafficSchema = z
  .strictObject({
    recordsPerSecond: z
      .number()
      .min(0)
      .default(0)
      .meta({ title: 'Records per second', description: 'Average arrival rate.' }),
    avgRecordBytes: z
      .number()
      .min(0)
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
