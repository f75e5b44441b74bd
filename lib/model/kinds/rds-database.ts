import { z } from 'zod';
import { defineKind } from '../kind';

export const rdsDatabase = defineKind({
  id: 'rds-database',
  label: 'RDS database',
  description: 'A relational database: a JDBC crawl target, a source or sink for ETL.',
  categories: ['source', 'sink'],
  icon: { glyph: 'RDS', color: '#C624CE' },
  docsUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Limits.html',
  configSchema: z.strictObject({
    engine: z.enum(['postgres', 'mysql', 'aurora-postgresql', 'aurora-mysql']).default('postgres').meta({ title: 'Engine' }),
    instanceClass: z.string().regex(/^db\.[a-z0-9]+\.[a-z0-9]+$/, 'an instance class such as db.t4g.medium').default('db.t4g.medium').meta({ title: 'Instance class' }),
    allocatedStorageGb: z.number().int().min(20).default(20).meta({ title: 'Storage (GB)' }),
    databaseName: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,62}$/, 'letters, digits and _, starting with a letter').default('app').meta({ title: 'Database name' }),
  }),
});
