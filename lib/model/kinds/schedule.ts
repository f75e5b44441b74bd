import { z } from 'zod';
import { defineKind } from '../kind';

export const schedule = defineKind({
  id: 'schedule',
  label: 'Schedule',
  description: 'An EventBridge cron or rate expression: the "cron job" trigger. Minimum rate 1 minute.',
  categories: ['source'],
  icon: { glyph: 'EB', color: '#E01477' },
  docsUrl: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html',
  configSchema: z.strictObject({
    expression: z
      .string()
      .min(1)
      .default('rate(1 hour)')
      .meta({ title: 'Expression', description: 'rate(5 minutes) or cron(0 12 * * ? *), in UTC.' }),
    enabled: z.boolean().default(true).meta({ title: 'Enabled' }),
  }),
});
