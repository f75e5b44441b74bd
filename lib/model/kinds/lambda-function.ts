import { z } from 'zod';
import { defineKind } from '../kind';
import {
  ACCOUNT_CONCURRENCY,
  ASYNC_MAX_EVENT_AGE_SECONDS,
  ASYNC_MAX_RETRIES,
  EPHEMERAL_STORAGE_MAX_MB,
  EPHEMERAL_STORAGE_MIN_MB,
  MAX_TIMEOUT_SECONDS,
  MEMORY_MAX_MB,
  MEMORY_MIN_MB,
  MIN_TIMEOUT_SECONDS,
} from '../facts/lambda';

const n = (x: number) => x.toLocaleString('en-US');

export const lambdaFunction = defineKind({
  id: 'lambda-function',
  label: 'Lambda function',
  description: `Runs code per event or batch: up to ${MAX_TIMEOUT_SECONDS} s, ${n(MEMORY_MAX_MB)} MB, ${n(ACCOUNT_CONCURRENCY)} concurrent per account by default.`,
  categories: ['compute'],
  icon: { glyph: 'λ', color: '#BB5900' },
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  configSchema: z.strictObject({
    runtime: z
      .string()
      .regex(/^[a-z0-9.]+$/, 'a CloudFormation runtime id such as nodejs22.x or python3.13')
      .default('nodejs22.x')
      .meta({ title: 'Runtime' }),
    handler: z.string().min(1).max(128).default('index.handler').meta({ title: 'Handler' }),
    memoryMb: z.number().int().min(MEMORY_MIN_MB).max(MEMORY_MAX_MB).default(MEMORY_MIN_MB).meta({ title: 'Memory (MB)', description: `${MEMORY_MIN_MB} to ${n(MEMORY_MAX_MB)}; about 1,769 MB gives one vCPU.` }),
    timeoutSeconds: z.number().min(0).default(3).meta({ title: 'Timeout (s)', description: `${MIN_TIMEOUT_SECONDS} to ${MAX_TIMEOUT_SECONDS}.` }),
    architecture: z
      .enum(['x86_64', 'arm64'])
      .default('x86_64')
      .meta({ title: 'Architecture', description: 'arm64 (Graviton) is billed about 20 % less per GB-s.' }),
    ephemeralStorageMb: z.number().int().min(EPHEMERAL_STORAGE_MIN_MB).max(EPHEMERAL_STORAGE_MAX_MB).default(EPHEMERAL_STORAGE_MIN_MB).meta({ title: '/tmp storage (MB)' }),
    reservedConcurrency: z
      .number()
      .int()
      .min(0)
      .optional()
      .meta({ title: 'Reserved concurrency', description: 'Empty: share the account pool.' }),
    asyncMaxRetries: z.number().int().min(0).max(ASYNC_MAX_RETRIES).default(ASYNC_MAX_RETRIES).meta({ title: 'Async retries', description: 'For pushes (S3, SNS, IoT): 0 to 2.' }),
    maxEventAgeSeconds: z.number().int().min(60).max(ASYNC_MAX_EVENT_AGE_SECONDS).default(ASYNC_MAX_EVENT_AGE_SECONDS).meta({ title: 'Max async event age (s)' }),
    network: z
      .enum(['lambda', 'vpc-nat', 'vpc-endpoints', 'vpc-isolated'])
      .default('lambda')
      .meta({
        title: 'Network',
        description: 'lambda: Lambda\'s own network (reaches AWS services). vpc-nat / vpc-endpoints: subnets of your VPC with a NAT gateway / with VPC endpoints for the services it calls. vpc-isolated: neither.',
      }),
    stateful: z.boolean().default(false).meta({ title: 'Keeps state between invocations' }),
    expectedRunSeconds: z.number().min(0).optional().meta({ title: 'Expected run time (s)', description: 'How long one piece of work takes end to end.' }),
    durationMsPerInvocation: z.number().min(0).default(50).meta({ title: 'Duration per invocation (ms)', description: 'Fixed cost of one invocation, for the simulator.' }),
    durationMsPerRecord: z.number().min(0).default(2).meta({ title: 'Duration per record (ms)' }),
    errorRate: z.number().min(0).max(1).default(0).meta({ title: 'Error rate (0..1)', description: 'Share of invocations that fail for reasons other than poison records.' }),
  }),
});
