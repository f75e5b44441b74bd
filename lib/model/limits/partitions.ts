/**
 * What one partition key can take: every record with one key lands on one Kinesis shard or one
 * DynamoDB partition, whatever the stream's or table's total capacity. Checked 2026-12-06.
 */

/** A Kinesis shard takes 1 MiB/s or 1,000 records/s of writes. */
export const KINESIS_SHARD_WRITE = {
  recordsPerSecond: 1000,
  bytesPerSecond: 1024 * 1024,
  url: 'https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html',
  checked: '2026-12-06',
} as const;

/**
 * A DynamoDB partition serves at most 3,000 read units and 1,000 write units per second, on
 * demand or provisioned; a write unit is one write per second of an item up to 1 KB (larger
 * items take one unit per started KB).
 */
export const DYNAMODB_PARTITION = {
  readUnitsPerSecond: 3000,
  writeUnitsPerSecond: 1000,
  writeUnitBytes: 1024,
  url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html',
  checked: '2026-12-06',
} as const;

/** Write units one item of `bytes` takes. */
export function dynamodbWriteUnits(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / DYNAMODB_PARTITION.writeUnitBytes));
}
