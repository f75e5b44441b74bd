import { z } from 'zod';
import { defineKind } from '../kind';
import { trafficField } from '../traffic';

export const dynamodbTable = defineKind({
  id: 'dynamodb-table',
  label: 'DynamoDB table',
  description: 'A key-value table; its stream (when enabled) feeds Lambda with every change.',
  categories: ['source', 'sink'],
  icon: { glyph: 'DDB', color: '#C624CE' },
  docsUrl: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html',
  configSchema: z.strictObject({
    partitionKey: z.string().regex(/^[A-Za-z0-9_.-]{1,255}$/).default('pk').meta({ title: 'Partition key attribute' }),
    sortKey: z.string().regex(/^[A-Za-z0-9_.-]{1,255}$/).optional().meta({ title: 'Sort key attribute' }),
    billingMode: z.enum(['PAY_PER_REQUEST', 'PROVISIONED']).default('PAY_PER_REQUEST').meta({ title: 'Billing mode' }),
    readCapacityUnits: z.number().int().min(1).default(5).meta({ title: 'Read capacity units', description: 'Provisioned mode only.' }),
    writeCapacityUnits: z.number().int().min(1).default(5).meta({ title: 'Write capacity units', description: 'Provisioned mode only.' }),
    streamEnabled: z.boolean().default(false).meta({ title: 'Stream enabled' }),
    streamViewType: z
      .enum(['NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES', 'KEYS_ONLY'])
      .default('NEW_AND_OLD_IMAGES')
      .meta({ title: 'Stream view type' }),
    streamShardCount: z.number().int().min(1).default(1).meta({ title: 'Stream shards', description: 'Shards DynamoDB keeps for the stream (for the simulator).' }),
    traffic: trafficField.meta({ title: 'Item changes', description: 'Writes per second that appear on the stream.' }),
  }),
});
