import { z } from 'zod';
import { defineKind } from '../kind';

export const dataPipeline = defineKind({
  id: 'data-pipeline',
  label: 'Data Pipeline',
  description: 'AWS Data Pipeline (closed to new customers): scheduled copy and EMR activities.',
  categories: ['etl'],
  icon: { glyph: 'DP', color: '#894DF9' },
  docsUrl: 'https://docs.aws.amazon.com/datapipeline/latest/DeveloperGuide/what-is-datapipeline.html',
  configSchema: z.strictObject({
    activity: z.enum(['copy', 'emr', 'sql', 'shell']).default('copy').meta({ title: 'Activity' }),
    schedule: z.string().min(1).default('rate(1 day)').meta({ title: 'Schedule' }),
  }),
});
