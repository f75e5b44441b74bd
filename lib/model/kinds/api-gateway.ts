import { z } from 'zod';
import { defineKind } from '../kind';
import { trafficField } from '../traffic';

export const apiGateway = defineKind({
  id: 'api-gateway',
  label: 'API Gateway',
  description: 'HTTP requests in; invokes Lambda synchronously (29 s integration timeout).',
  categories: ['source'],
  icon: { glyph: 'API', color: '#E01477' },
  docsUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
  configSchema: z.strictObject({
    apiType: z.enum(['http', 'rest']).default('http').meta({ title: 'API type' }),
    traffic: trafficField.meta({ title: 'Requests' }),
  }),
});
