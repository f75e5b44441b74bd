import { z } from 'zod';
import { defineKind } from '../kind';
import { trafficField } from '../traffic';

export const s3Bucket = defineKind({
  id: 's3-bucket',
  label: 'S3 bucket',
  description: 'Object storage: a landing zone for uploads, a data lake, a delivery target.',
  categories: ['source', 'sink'],
  icon: { glyph: 'S3', color: '#3E8423' },
  docsUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html',
  configSchema: z.strictObject({
    traffic: trafficField.meta({ title: 'Uploads', description: 'Objects created per second (each object is one record).' }),
    partitionKeys: z
      .array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a partition key is a column name: letters, digits, _'))
      .default([])
      .meta({ title: 'Partition keys', description: 'Folder layout such as year=2024/month=05/: ["year","month"].' }),
    versioned: z.boolean().default(false).meta({ title: 'Versioning' }),
    expireAfterDays: z.number().int().min(0).default(0).meta({ title: 'Expire objects after (days, 0 = never)' }),
  }),
});
