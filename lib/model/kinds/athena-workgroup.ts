import { z } from 'zod';
import { defineKind } from '../kind';

export const athenaWorkgroup = defineKind({
  id: 'athena-workgroup',
  label: 'Athena workgroup',
  description: 'Serverless SQL over the Data Catalog; results written to S3.',
  categories: ['sink'],
  icon: { glyph: 'ATH', color: '#894DF9' },
  docsUrl: 'https://docs.aws.amazon.com/athena/latest/ug/workgroups.html',
  configSchema: z.strictObject({
    engineVersion: z.enum(['Athena engine version 3']).default('Athena engine version 3').meta({ title: 'Engine' }),
    bytesScannedCutoffGb: z.number().min(0).default(0).meta({ title: 'Per-query scan limit (GB, 0 = none)' }),
    enforceConfiguration: z.boolean().default(true).meta({ title: 'Enforce workgroup settings' }),
  }),
});
