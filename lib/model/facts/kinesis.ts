/**
 * Kinesis Data Streams facts, checked 2026-12-06 against
 * https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html and
 * https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html.
 */

/** Writes per shard: 1,000 records/s and 1 MiB/s (PutRecord/PutRecords). */
export const SHARD_WRITE_RECORDS_PER_SECOND = 1000;
export const SHARD_WRITE_BYTES_PER_SECOND = 1024 * 1024;
/** Reads per shard shared by all standard (GetRecords) consumers: 2 MiB/s and 5 GetRecords calls/s. */
export const SHARD_READ_BYTES_PER_SECOND = 2 * 1024 * 1024;
export const SHARD_GET_RECORDS_PER_SECOND = 5;
/** One GetRecords call returns at most 10,000 records (and 10 MiB). */
export const GET_RECORDS_MAX_RECORDS = 10_000;
/** An enhanced fan-out consumer gets its own 2 MiB/s per shard, pushed over SubscribeToShard. */
export const EFO_READ_BYTES_PER_SECOND = 2 * 1024 * 1024;
/**
 * Retention (https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html,
 * checked 2026-12-06): 24 hours by default, up to 8,760 hours (365 days).
 */
export const KINESIS_RETENTION_MIN_HOURS = 24;
export const KINESIS_RETENTION_MAX_HOURS = 8760;
/** MaxRecordSizeInKiB: a record is 1 MiB by default, configurable up to 10 MiB (10,240 KiB). */
export const MAX_RECORD_SIZE_KIB = 10 * 1024;
/** Registered enhanced fan-out consumers per stream. */
export const EFO_CONSUMERS_PER_STREAM = 20;
/**
 * Lambda polls each shard of a standard mapping at a base rate of once a second
 * (https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html, checked 2026-12-06).
 */
export const LAMBDA_POLLS_PER_SHARD_PER_SECOND = 1;

/** Shards needed for a write rate: 1,000 records/s and 1 MiB/s each, at least one. */
export function shardsForWrites(recordsPerSecond: number, avgRecordBytes: number): number {
  return Math.max(1, Math.ceil(recordsPerSecond / SHARD_WRITE_RECORDS_PER_SECOND), Math.ceil((recordsPerSecond * avgRecordBytes) / SHARD_WRITE_BYTES_PER_SECOND));
}
