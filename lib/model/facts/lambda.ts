/**
 * Lambda facts, checked 2026-12-06 against
 * https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html,
 * https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html and
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html.
 */

/** Concurrent executions per account and Region, by default (a soft limit). */
export const ACCOUNT_CONCURRENCY = 1000;
/** Reservations must leave this many executions unreserved. */
export const MIN_UNRESERVED_CONCURRENCY = 100;
/** The longest an invocation may run: 900 s (15 minutes); the shortest timeout is 1 s. */
export const MAX_TIMEOUT_SECONDS = 900;
export const MIN_TIMEOUT_SECONDS = 1;
/** Each function scales by at most 1,000 execution environments every 10 seconds. */
export const FUNCTION_SCALING_STEP = 1000;
export const FUNCTION_SCALING_PERIOD_SECONDS = 10;
/** An SQS mapping starts with 5 concurrent batches, adds up to 300 a minute while messages wait, up to 1,000. */
export const SQS_POLLERS_INITIAL = 5;
export const SQS_POLLERS_ADDED_PER_MINUTE = 300;
export const SQS_POLLERS_MAX = 1000;
/**
 * Batch sizes an event source mapping accepts
 * (https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html, checked 2026-12-06):
 * streams and SQS standard queues with a batching window up to 10,000; SQS standard without a
 * window, and FIFO queues, up to 10.
 */
export const MAX_BATCH_SIZE = 10_000;
export const MAX_SQS_BATCH_WITHOUT_WINDOW = 10;
export const MAX_FIFO_BATCH_SIZE = 10;

/** The largest batch a mapping from this source accepts. */
export function maxBatchSize(source: { kind: string; fifo?: boolean }, batchingWindowSeconds: number): number {
  if (source.kind !== 'sqs-queue') return MAX_BATCH_SIZE;
  if (source.fifo) return MAX_FIFO_BATCH_SIZE;
  return batchingWindowSeconds < 1 ? MAX_SQS_BATCH_WITHOUT_WINDOW : MAX_BATCH_SIZE;
}
/**
 * At 1,769 MB a function has the equivalent of one vCPU (one vCPU-second of credits per second);
 * CPU grows in proportion to memory (https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html,
 * checked 2026-12-06).
 */
export const ONE_VCPU_MEMORY_MB = 1769;
export const LAMBDA_MEMORY_DOCS = 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html';
