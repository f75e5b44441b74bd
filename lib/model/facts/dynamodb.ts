/**
 * DynamoDB Streams facts, checked 2026-12-06 against
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html: a stream keeps
 * records 24 hours, and no more than two processes should read one shard at once (more are throttled).
 */
import { SECONDS_PER_HOUR } from '../units';

export const DYNAMODB_STREAM_RETENTION_SECONDS = 24 * SECONDS_PER_HOUR;
export const DYNAMODB_STREAM_MAX_READERS_PER_SHARD = 2;
