import { z } from 'zod';
import { defineKind } from '../kind';
import { trafficField } from '../traffic';

export const iotRule = defineKind({
  id: 'iot-rule',
  label: 'IoT topic rule',
  description: 'Routes MQTT messages with SQL to up to 10 actions; invokes Lambda asynchronously.',
  categories: ['source'],
  icon: { glyph: 'IoT', color: '#3E8423' },
  docsUrl: 'https://docs.aws.amazon.com/iot/latest/developerguide/iot-rules.html',
  configSchema: z.strictObject({
    sql: z.string().min(1).default("SELECT * FROM 'devices/+/telemetry'").meta({ title: 'Rule SQL' }),
    traffic: trafficField.meta({ title: 'Messages' }),
  }),
});
