import { z } from 'zod';
import { edgeGroupDefault } from './edge-settings';
import { SYNC_PAYLOAD_BYTES } from './facts/lambda';
import type { KindId } from './kind';

export const STARTING_POSITIONS = ['TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP'] as const;

/**
 * Settings carried by an edge, as a file holds them. Which apply to which connection, their
 * AWS defaults and ranges: edge-settings.ts.
 * Ranges here are only sanity checks: AWS limits are the validator's job, so that a file
 * that breaks them still opens and is explained rather than refused.
 */
export const edgeConfigSchema = z.strictObject({
  role: z
    .enum(['data', 'on-failure'])
    .default('data')
    .meta({ title: 'Role', description: 'on-failure: this is the function\'s destination for failed events and discarded batches.' }),
  batchSize: z.number().int().min(1).optional().meta({ title: 'Batch size', description: 'Kinesis/DynamoDB: 1 to 10,000 (default 100). SQS: default 10; up to 10,000 with a batching window; FIFO 10.' }),
  batchingWindowSeconds: z.number().int().min(0).optional().meta({ title: 'Batching window (s)', description: '0 to 300.' }),
  parallelizationFactor: z.number().int().min(1).optional().meta({ title: 'Parallelization factor', description: 'Concurrent batches per shard: 1 to 10.' }),
  startingPosition: z.enum(STARTING_POSITIONS).optional().meta({ title: 'Starting position' }),
  startingPositionTimestamp: z.number().int().min(0).optional().meta({ title: 'Starting timestamp (Unix seconds)', description: 'AT_TIMESTAMP only (Kinesis): the time to start reading from, in seconds since 1970-01-01 UTC.' }),
  maxRetryAttempts: z.number().int().min(-1).optional().meta({ title: 'Max retry attempts', description: '-1 retries until the record expires (the default), or 0 to 10,000.' }),
  maxRecordAgeSeconds: z.number().int().min(-1).optional().meta({ title: 'Max record age (s)', description: '-1 for no limit (the default), or 60 to 604,800.' }),
  bisectOnError: z.boolean().optional().meta({ title: 'Split batch on error' }),
  reportBatchItemFailures: z.boolean().optional().meta({ title: 'Report batch item failures' }),
  maxConcurrency: z.number().int().min(2).optional().meta({ title: 'Maximum concurrency (SQS)', description: '2 to 1,000.' }),
  enhancedFanOut: z.boolean().optional().meta({ title: 'Enhanced fan-out (Kinesis)', description: 'Read through a registered stream consumer: its own 2 MB/s per shard, pushed, instead of sharing 2 MB/s and 5 reads/s with the other standard readers. Billed per consumer-shard hour and per GB.' }),
  filterPrefix: z.string().max(1024).optional().meta({ title: 'Object key prefix filter' }),
  filterSuffix: z.string().max(1024).optional().meta({ title: 'Object key suffix filter' }),
  writePrefix: z.string().max(1024).optional().meta({ title: 'Key prefix written' }),
  processorBufferSizeMb: z.number().min(0).optional().meta({ title: 'Processor buffer size (MB)', description: 'Firehose buffers this much for its Lambda processor before invoking it: 0.2 to 3 (default 1).' }),
  processorBufferIntervalSeconds: z.number().int().min(0).optional().meta({ title: 'Processor buffer interval (s)', description: 'Or this long, whichever comes first: 0 to 900 (default 60).' }),
  processorRetries: z.number().int().min(0).optional().meta({ title: 'Processor retries', description: 'Retries of a failed invocation before the batch goes to the error output (default 3).' }),
});

export type EdgeConfig = z.output<typeof edgeConfigSchema>;

export interface EventSourceMappingSettings {
  batchSize: number;
  batchingWindowSeconds: number;
  parallelizationFactor: number;
  startingPosition: (typeof STARTING_POSITIONS)[number] | undefined;
  maxRetryAttempts: number;
  maxRecordAgeSeconds: number;
  bisectOnError: boolean;
  reportBatchItemFailures: boolean;
  maxConcurrency: number | undefined;
  /** Kinesis only: the mapping reads through its own enhanced fan-out consumer. */
  enhancedFanOut: boolean;
}

/** How many records of `recordBytes` each fit in one synchronous invocation (at least one). */
export function recordsPerPayload(recordBytes: number): number {
  return Math.max(1, Math.floor(SYNC_PAYLOAD_BYTES / Math.max(recordBytes, 1)));
}

/**
 * The event source mapping an edge describes, with AWS's defaults for its source kind (from
 * the edge settings table, edge-settings.ts). Settings that do not apply to a queue read as
 * what a queue mapping does: one batch at a time per poller, no retry limit of its own.
 */
export function eventSourceMappingSettings(sourceKind: KindId, config: EdgeConfig): EventSourceMappingSettings {
  const isQueue = sourceKind === 'sqs-queue';
  const group = isQueue ? 'queue-mapping' : 'stream-mapping';
  const d = <T extends number | string | boolean>(field: keyof EdgeConfig) => edgeGroupDefault<T>(group, field);
  return {
    batchSize: config.batchSize ?? d<number>('batchSize'),
    batchingWindowSeconds: config.batchingWindowSeconds ?? d<number>('batchingWindowSeconds'),
    parallelizationFactor: isQueue ? 1 : (config.parallelizationFactor ?? d<number>('parallelizationFactor')),
    startingPosition: isQueue ? undefined : (config.startingPosition ?? d<(typeof STARTING_POSITIONS)[number]>('startingPosition')),
    maxRetryAttempts: isQueue ? -1 : (config.maxRetryAttempts ?? d<number>('maxRetryAttempts')),
    maxRecordAgeSeconds: isQueue ? -1 : (config.maxRecordAgeSeconds ?? d<number>('maxRecordAgeSeconds')),
    bisectOnError: isQueue ? false : (config.bisectOnError ?? d<boolean>('bisectOnError')),
    reportBatchItemFailures: config.reportBatchItemFailures ?? d<boolean>('reportBatchItemFailures'),
    maxConcurrency: isQueue ? config.maxConcurrency : undefined,
    enhancedFanOut: sourceKind === 'kinesis-stream' && (config.enhancedFanOut ?? false),
  };
}
