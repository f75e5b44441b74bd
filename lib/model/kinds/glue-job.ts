import { z } from 'zod';
import { defineKind } from '../kind';

export const GLUE_WORKER_TYPES = ['G.025X', 'G.1X', 'G.2X', 'G.4X', 'G.8X'] as const;
export const GLUE_WORKER_DPU: Record<(typeof GLUE_WORKER_TYPES)[number], number> = {
  'G.025X': 0.25,
  'G.1X': 1,
  'G.2X': 2,
  'G.4X': 4,
  'G.8X': 8,
};

export const glueJob = defineKind({
  id: 'glue-job',
  label: 'Glue job',
  description: 'Spark ETL (batch or streaming), Python shell or Ray, run on a schedule or trigger.',
  categories: ['etl'],
  icon: { glyph: 'ETL', color: '#894DF9' },
  docsUrl: 'https://docs.aws.amazon.com/glue/latest/dg/add-job.html',
  configSchema: z.strictObject({
    jobType: z.enum(['glueetl', 'gluestreaming', 'pythonshell', 'glueray']).default('glueetl').meta({ title: 'Job type' }),
    engine: z
      .enum(['spark', 'hive', 'pig', 'presto', 'mapreduce', 'other'])
      .default('spark')
      .meta({ title: 'Engine the ETL needs', description: 'Glue runs Spark; anything else belongs on EMR.' }),
    language: z.enum(['python', 'scala']).default('python').meta({ title: 'Language' }),
    glueVersion: z.enum(['4.0', '5.0', '5.1']).default('5.0').meta({ title: 'Glue version' }),
    trigger: z
      .strictObject({
        type: z.enum(['schedule', 'on-demand', 'event', 'conditional']).default('on-demand'),
        schedule: z.string().min(1).optional(),
      })
      .prefault({})
      .meta({ title: 'Trigger', description: 'schedule needs a cron(...) expression.' }),
    workerType: z.enum(GLUE_WORKER_TYPES).default('G.1X').meta({ title: 'Worker type' }),
    numberOfWorkers: z.number().int().min(1).default(2).meta({ title: 'Workers' }),
    executionClass: z
      .enum(['STANDARD', 'FLEX'])
      .default('STANDARD')
      .meta({ title: 'Execution class', description: 'FLEX: spare capacity, slower to start, billed less per DPU-hour (Spark ETL jobs only).' }),
    timeoutMinutes: z.number().int().min(1).default(2880).meta({ title: 'Timeout (min)' }),
    maxRetries: z.number().int().min(0).max(10).default(0).meta({ title: 'Retries' }),
    jobBookmarks: z.boolean().default(true).meta({ title: 'Job bookmarks' }),
    encryptionAtRest: z.boolean().default(false).meta({ title: 'Encryption at rest' }),
    encryptionInTransit: z.boolean().default(false).meta({ title: 'Encryption in transit' }),
    recordsPerSecondPerDpu: z.number().min(0).default(5000).meta({ title: 'Throughput per DPU (records/s)', description: 'For the simulator.' }),
    startupSeconds: z.number().min(0).default(60).meta({ title: 'Start-up time (s)', description: 'For the simulator.' }),
  }),
});
