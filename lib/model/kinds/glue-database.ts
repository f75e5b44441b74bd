import { z } from 'zod';
import { defineKind } from '../kind';

export const glueDatabase = defineKind({
  id: 'glue-database',
  label: 'Glue Data Catalog database',
  description: 'Table definitions for Athena, Redshift Spectrum, EMR and Glue jobs.',
  categories: ['catalog'],
  icon: { glyph: 'DC', color: '#894DF9' },
  docsUrl: 'https://docs.aws.amazon.com/glue/latest/dg/catalog-and-crawler.html',
  configSchema: z.strictObject({
    databaseName: z
      .string()
      .regex(/^[a-z0-9_]{1,255}$/, 'lower-case letters, digits and _')
      .optional()
      .meta({ title: 'Database name', description: 'Empty: derived from the node id.' }),
  }),
});
