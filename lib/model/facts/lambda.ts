/**
 * Lambda facts, checked 2026-12-06 against
 * https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html,
 * https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html and
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html.
 */
import { KIB, MIB, SECONDS_PER_HOUR } from '../units';

/** Memory: 128 to 10,240 MB; /tmp (ephemeral storage): 512 to 10,240 MB. */
export const MEMORY_MIN_MB = 128;
export const MEMORY_MAX_MB = 10_240;
export const EPHEMERAL_STORAGE_MIN_MB = 512;
export const EPHEMERAL_STORAGE_MAX_MB = 10_240;
/** Concurrent executions per account and Region, by default (a soft limit). */
export const ACCOUNT_CONCURRENCY = 1000;
/** Reservations must leave this many executions unreserved. */
export const MIN_UNRESERVED_CONCURRENCY = 100;
/** The longest an invocation may run: 900 s (15 minutes); the shortest timeout is 1 s. */
export const MAX_TIMEOUT_SECONDS = 15 * 60;
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
 * Invocation payloads (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html,
 * checked 2026-12-06): 6 MB for a synchronous call (and an event source mapping's batch), 1 MB
 * for an asynchronous event since late 2025, 256 KB before (what the 2019 notes give).
 */
export const SYNC_PAYLOAD_BYTES = 6 * MIB;
export const ASYNC_PAYLOAD_BYTES = MIB;
export const ASYNC_PAYLOAD_BYTES_BEFORE_2025 = 256 * KIB;

/**
 * Asynchronous invocation (https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html,
 * checked 2026-12-06): up to 2 retries (2 by default) and an event kept up to 6 hours (the default).
 */
export const ASYNC_MAX_RETRIES = 2;
/** Lambda waits 1 minute before the first retry of a failed asynchronous event, 2 minutes before the second. */
export const ASYNC_RETRY_DELAY_SECONDS = 60;
export const ASYNC_MAX_EVENT_AGE_SECONDS = 6 * SECONDS_PER_HOUR;

/**
 * ParallelizationFactor of a Kinesis or DynamoDB mapping: 1 to 10 concurrent batches per shard
 * (https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html, checked 2026-12-06).
 */
export const MIN_PARALLELIZATION_FACTOR = 1;
export const MAX_PARALLELIZATION_FACTOR = 10;

/**
 * At 1,769 MB a function has the equivalent of one vCPU (one vCPU-second of credits per second);
 * CPU grows in proportion to memory (https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html,
 * checked 2026-12-06).
 */
export const ONE_VCPU_MEMORY_MB = 1769;
export const LAMBDA_MEMORY_DOCS = 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html';

/**
 * The log lines Lambda itself writes per invocation, in its text log format (the default; the
 * export sets no LoggingConfig.LogFormat), as the example on
 * https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html (checked 2026-12-06) shows them,
 * each one log event ending in a newline:
 *   "START RequestId: <36-character id> Version: $LATEST"                                  70 + 1 = 71 bytes
 *   "END RequestId: <id>"                                                                   51 + 1 = 52 bytes
 *   "REPORT RequestId: <id>\tDuration: 170.19 ms\tBilled Duration: 171 ms\tMemory Size: 128 MB\tMax Memory Used: 73 MB"
 *                                                                                          141 + 1 = 142 bytes
 * 265 bytes in 3 events. A cold start's "Init Duration" and X-Ray fields are left out (typical warm values).
 */
export const LAMBDA_LOGS_DOCS = 'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html';
export const PLATFORM_LOG_EVENTS_PER_INVOCATION = 3;
export const PLATFORM_LOG_BYTES_PER_INVOCATION = 71 + 52 + 142;
/**
 * What the Node.js runtime puts before each console.log line in the text format, from the same
 * example: "2019-06-07T19:11:20.562Z\t<request id>\tINFO\t", 24 + 1 + 36 + 1 + 4 + 1 = 67 bytes.
 * Python's print adds nothing.
 */
export const NODE_LOG_PREFIX_BYTES = 67;
/**
 * CloudWatch Logs counts each event as its UTF-8 message plus 26 bytes
 * (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html,
 * checked 2026-12-06); the estimate bills that size.
 */
export const LOG_EVENT_OVERHEAD_BYTES = 26;
