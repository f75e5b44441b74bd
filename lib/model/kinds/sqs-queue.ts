import { z } from 'zod';
import { defineKind } from '../kind';
import { SQS_RETENTION_DEFAULT_SECONDS } from '../facts/sqs';
import { trafficField } from '../traffic';

export const sqsQueue = defineKind({
  id: 'sqs-queue',
  label: 'SQS queue',
  description: 'A message queue that Lambda polls; failed messages return after the visibility timeout.',
  categories: ['source', 'sink'],
  icon: { glyph: 'SQS', color: '#E01477' },
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html',
  configSchema: z.strictObject({
    fifo: z.boolean().default(false).meta({ title: 'FIFO queue' }),
    highThroughputFifo: z
      .boolean()
      .default(false)
      .meta({ title: 'FIFO high throughput', description: 'FIFO only: throughput per message group instead of per queue (300 → 70,000 calls/s per action in the largest Regions).' }),
    messageGroupCount: z
      .number()
      .int()
      .min(1)
      .default(1)
      .meta({ title: 'Message groups', description: 'FIFO only: distinct MessageGroupId values the producers use. Lambda keeps one batch per group in flight.' }),
    visibilityTimeoutSeconds: z.number().int().min(0).default(30).meta({ title: 'Visibility timeout (s)', description: '0 to 43,200; at least 6x the consumer function timeout.' }),
    retentionSeconds: z.number().int().min(0).default(SQS_RETENTION_DEFAULT_SECONDS).meta({ title: 'Retention (s)', description: '60 s to 14 days; default 4 days.' }),
    maxReceiveCount: z.number().int().min(1).default(5).meta({ title: 'Max receives before DLQ', description: 'Used when a dead-letter queue is connected.' }),
    delaySeconds: z.number().int().min(0).default(0).meta({ title: 'Delivery delay (s)' }),
    traffic: trafficField,
  }),
});
