import { z } from 'zod';
import { defineKind } from '../kind';
import { trafficField } from '../traffic';

export const snsTopic = defineKind({
  id: 'sns-topic',
  label: 'SNS topic',
  description: 'Pub/sub fan-out; invokes Lambda asynchronously. Messages up to 256 KB.',
  categories: ['source', 'sink'],
  icon: { glyph: 'SNS', color: '#E01477' },
  docsUrl: 'https://docs.aws.amazon.com/sns/latest/dg/sns-lambda-as-subscriber.html',
  configSchema: z.strictObject({
    fifo: z.boolean().default(false).meta({ title: 'FIFO topic' }),
    traffic: trafficField,
  }),
});
