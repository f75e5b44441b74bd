import { z } from 'zod';
import { defineKind } from '../kind';

/**
 * Glue worker types and their DPUs (R types: memory-optimized M-DPUs), as AWS lists them
 * (https://docs.aws.amazon.com/glue/latest/dg/worker-types.html, checked 2026-12-06). G.025X is
 * for streaming jobs only; G.12X, G.16X and the R types need Glue 4.0 or later.
 */
export const GLUE_WORKER_TYPES = ['G.025X', 'G.1X', 'G.2X', 'G.4X', 'G.8X', 'G.12X', 'G.16X', 'R.1X', 'R.2X', 'R.4X', 'R.8X'] as const;
export type GlueWorkerType = (typeof GLUE_WORKER_TYPES)[number];
export const GLUE_WORKER_DPU: Record<GlueWorkerType, number> = {
  'G.025X': 0.25,
  'G.1X': 1,
  'G.2X': 2,
  'G.4X': 4,
  'G.8X': 8,
  'G.12X': 12,
  'G.16X': 16,
  'R.1X': 1,
  'R.2X': 2,
  'R.4X': 4,
  'R.8X': 8,
};
/** Worker types only for streaming jobs, and those needing Glue 4.0 or later. */
export const GLUE_STREAMING_ONLY_WORKERS: readonly GlueWorkerType[] = ['G.025X'];
export const GLUE_WORKERS_FROM_4_0: readonly GlueWorkerType[] = ['G.12X', 'G.16X', 'R.1X', 'R.2X', 'R.4X', 'R.8X'];
/**
 * Glue versions AWS offers for Spark jobs today
 * (https://docs.aws.amazon.com/glue/latest/dg/release-notes.html, checked 2026-12-06).
 */
export const GLUE_VERSIONS = ['4.0', '5.0', '5.1', '6.0'] as const;
/**
 * A Python shell job runs on 0.0625 or 1 DPU whatever the worker settings; Sluice exports 0.0625
 * (https://docs.aws.amazon.com/glue/latest/dg/add-job-python.html). A Ray job runs on Z.2X workers (2 M-DPU).
 */
export const PYTHON_SHELL_DPU = 0.0625;
export const RAY_WORKER_TYPE = 'Z.2X';
export const RAY_WORKER_DPU = 2;

/** DPUs a job runs on: what the export deploys and the simulator's throughput is based on. */
export function glueJobDpu(c: { jobType: string; workerType: GlueWorkerType; numberOfWorkers: number }): number {
  if (c.jobType === 'pythonshell') return PYTHON_SHELL_DPU;
  if (c.jobType === 'glueray') return c.numberOfWorkers * RAY_WORKER_DPU;
  return c.numberOfWorkers * GLUE_WORKER_DPU[c.workerType];
}

/**
 * Glue's default job timeout, 2,880 minutes (48 hours), applies to batch jobs; a streaming job
 * left without a timeout runs until stopped (restarted in its maintenance window after 7 days).
 * https://docs.aws.amazon.com/glue/latest/webapi/API_CreateJob.html (checked 2026-12-06)
 */
export const GLUE_BATCH_TIMEOUT_DEFAULT_MINUTES = 2880;

export const glueJob = defineKind({
  id: 'glue-job',
  label: 'Glue job',
  description: 'Spark ETL (batch or streaming), Python shell or Ray, run on a schedule or trigger.',
  categories: ['etl'],
  icon: { glyph: 'JOB', color: '#894DF9' },
  docsUrl: 'https://docs.aws.amazon.com/glue/latest/dg/add-job.html',
  configSchema: z.strictObject({
    jobType: z.enum(['glueetl', 'gluestreaming', 'pythonshell', 'glueray']).default('glueetl').meta({ title: 'Job type' }),
    engine: z
      .enum(['spark', 'hive', 'pig', 'presto', 'mapreduce', 'other'])
      .default('spark')
      .meta({ title: 'Engine the ETL needs', description: 'Glue runs Spark; anything else belongs on EMR.' }),
    language: z.enum(['python', 'scala']).default('python').meta({ title: 'Language' }),
    glueVersion: z.enum(GLUE_VERSIONS).default('5.0').meta({ title: 'Glue version' }),
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
    timeoutMinutes: z.number().int().min(1).default(GLUE_BATCH_TIMEOUT_DEFAULT_MINUTES).meta({ title: 'Timeout (min)', description: 'Batch jobs: default 2,880 (48 h). Streaming jobs run without a timeout unless you set one.' }),
    maxRetries: z.number().int().min(0).max(10).default(0).meta({ title: 'Retries' }),
    jobBookmarks: z.boolean().default(true).meta({ title: 'Job bookmarks' }),
    encryptionAtRest: z.boolean().default(false).meta({ title: 'Encryption at rest' }),
    encryptionInTransit: z.boolean().default(false).meta({ title: 'Encryption in transit' }),
    recordsPerSecondPerDpu: z.number().min(0).default(5000).meta({ title: 'Throughput per DPU (records/s)', description: 'For the simulator.' }),
    startupSeconds: z.number().min(0).default(60).meta({ title: 'Start-up time (s)', description: 'For the simulator.' }),
  }),
});
