import { z } from 'zod';
import { defineKind } from '../kind';

export const glueCrawler = defineKind({
  id: 'glue-crawler',
  label: 'Glue crawler',
  description: 'Scans S3, JDBC databases or DynamoDB, infers schemas and writes tables to the Data Catalog.',
  categories: ['etl', 'catalog'],
  icon: { glyph: 'CR', color: '#894DF9' },
  docsUrl: 'https://docs.aws.amazon.com/glue/latest/dg/add-crawler.html',
  configSchema: z.strictObject({
    schedule: z
      .string()
      .min(1)
      .optional()
      .meta({ title: 'Schedule', description: 'cron(...) in UTC, no more often than every 5 minutes; empty: on demand.' }),
    tablePrefix: z.string().regex(/^[a-z0-9_]*$/, 'lower-case letters, digits and _').default('').meta({ title: 'Table prefix' }),
    recrawlNewFoldersOnly: z.boolean().default(true).meta({ title: 'Crawl new folders only' }),
    baseRunSeconds: z.number().min(0).default(60).meta({ title: 'Base run time (s)', description: 'Fixed start-up cost of a crawl, for the simulator.' }),
    secondsPerObject: z.number().min(0).default(0.01).meta({ title: 'Seconds per new object' }),
  }),
});
