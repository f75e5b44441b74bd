import type { ConnectionMeaning } from './connections';
import { ON_FAILURE_TARGETS } from './connections';
import type { EdgeConfig } from './edge-config';
import type { KindId } from './kind';
import { SECONDS_PER_DAY } from './units';
import { MAX_BATCH_SIZE, MAX_PARALLELIZATION_FACTOR, MIN_PARALLELIZATION_FACTOR } from './facts/lambda';
import { FIREHOSE_PROCESSOR_BUFFER, FIREHOSE_PROCESSOR_RETRIES } from './limits/firehose-processor';

/**
 * Which edge settings apply to which connection, with AWS's defaults and allowed ranges.
 * `edgeConfigSchema` (edge-config.ts) is the flat bag a file may hold; this table says what
 * each setting means where. The inspector shows only what applies, the JSON view's schema
 * offers only what applies, and the validator reports a setting written where it does nothing
 * (rule edge-setting-not-applicable).
 *
 * A new edge setting: add it to edgeConfigSchema, then to the `fields` of each group below it
 * belongs to (with its AWS default and range, if any). Nothing else decides where it applies.
 */

export type EdgeField = keyof EdgeConfig;

export interface EdgeFieldSpec {
  /** What AWS does when the setting is left out (absent: nothing, or it depends). */
  default?: number | string | boolean;
  /** AWS's accepted range; the validator's rules explain values outside it. */
  min?: number;
  max?: number;
  /** A value outside [min, max] that AWS also accepts, meaning "no limit" (-1). */
  off?: number;
}

export type EdgeSettingGroupId = 'failure-role' | 'stream-mapping' | 'kinesis-mapping' | 'queue-mapping' | 's3-notification' | 's3-write' | 'firehose-processor';

export interface EdgeEnds {
  source: KindId;
  target: KindId;
  /** The edge's meaning, or undefined when its pair of kinds has none. */
  meaning: ConnectionMeaning | undefined;
}

export interface EdgeSettingGroup {
  id: EdgeSettingGroupId;
  /** The AWS page the defaults and ranges come from (checked 2026-12-06). */
  docsUrl: string;
  applies(ends: EdgeEnds): boolean;
  fields: Readonly<Partial<Record<EdgeField, EdgeFieldSpec>>>;
}

const ESM_API = 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html';
const isStream = (k: KindId) => k === 'kinesis-stream' || k === 'dynamodb-table';

export const EDGE_SETTING_GROUPS: readonly EdgeSettingGroup[] = [
  {
    // A function's output to a queue, topic or bucket can instead be its failure destination.
    id: 'failure-role',
    docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html',
    applies: ({ source, target }) => source === 'lambda-function' && ON_FAILURE_TARGETS.includes(target),
    fields: { role: { default: 'data' } },
  },
  {
    id: 'stream-mapping',
    docsUrl: ESM_API,
    applies: ({ source, meaning }) => meaning === 'event-source-mapping' && isStream(source),
    fields: {
      batchSize: { default: 100, min: 1, max: MAX_BATCH_SIZE },
      batchingWindowSeconds: { default: 0, min: 0, max: 300 },
      parallelizationFactor: { default: 1, min: MIN_PARALLELIZATION_FACTOR, max: MAX_PARALLELIZATION_FACTOR },
      // AWS requires one for streams; Sluice reads a missing one as LATEST (rule esm-starting-position says so).
      startingPosition: { default: 'LATEST' },
      // AT_TIMESTAMP only, Kinesis only (rule esm-at-timestamp).
      startingPositionTimestamp: { min: 0 },
      maxRetryAttempts: { default: -1, min: -1, max: 10000 },
      // -1 (no limit), or 60 to 604,800 (7 days).
      maxRecordAgeSeconds: { default: -1, off: -1, min: 60, max: 7 * SECONDS_PER_DAY },
      bisectOnError: { default: false },
      reportBatchItemFailures: { default: false },
    },
  },
  {
    // Only Kinesis streams have registered consumers (DynamoDB streams have no fan-out).
    id: 'kinesis-mapping',
    docsUrl: 'https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html',
    applies: ({ source, meaning }) => meaning === 'event-source-mapping' && source === 'kinesis-stream',
    fields: { enhancedFanOut: { default: false } },
  },
  {
    id: 'queue-mapping',
    docsUrl: ESM_API,
    applies: ({ source, meaning }) => meaning === 'event-source-mapping' && source === 'sqs-queue',
    fields: {
      batchSize: { default: 10, min: 1, max: MAX_BATCH_SIZE },
      batchingWindowSeconds: { default: 0, min: 0, max: 300 },
      reportBatchItemFailures: { default: false },
      maxConcurrency: { min: 2, max: 1000 },
    },
  },
  {
    id: 's3-notification',
    docsUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-filtering.html',
    applies: ({ source, meaning }) => meaning === 'push' && source === 's3-bucket',
    fields: { filterPrefix: {}, filterSuffix: {} },
  },
  {
    // Firehose's Lambda processor: its own buffer before each invocation, and its retries.
    id: 'firehose-processor',
    docsUrl: FIREHOSE_PROCESSOR_BUFFER.url,
    applies: ({ meaning }) => meaning === 'transform',
    fields: {
      processorBufferSizeMb: { default: FIREHOSE_PROCESSOR_BUFFER.sizeMb, min: FIREHOSE_PROCESSOR_BUFFER.minSizeMb, max: FIREHOSE_PROCESSOR_BUFFER.maxSizeMb },
      processorBufferIntervalSeconds: { default: FIREHOSE_PROCESSOR_BUFFER.intervalSeconds, min: 0, max: FIREHOSE_PROCESSOR_BUFFER.maxIntervalSeconds },
      processorRetries: { default: FIREHOSE_PROCESSOR_RETRIES.retries, min: 0 },
    },
  },
  {
    id: 's3-write',
    docsUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-prefixes.html',
    applies: ({ target, meaning }) => (meaning === 'writes' || meaning === 'on-failure') && target === 's3-bucket',
    fields: { writePrefix: {} },
  },
];

export function edgeSettingGroups(ends: EdgeEnds): EdgeSettingGroup[] {
  return EDGE_SETTING_GROUPS.filter((g) => g.applies(ends));
}

/** The settings that mean something on this connection, with their spec. */
export function applicableEdgeSettings(ends: EdgeEnds): Partial<Record<EdgeField, EdgeFieldSpec>> {
  return Object.assign({}, ...edgeSettingGroups(ends).map((g) => g.fields)) as Partial<Record<EdgeField, EdgeFieldSpec>>;
}

export function applicableEdgeFields(ends: EdgeEnds): EdgeField[] {
  return Object.keys(applicableEdgeSettings(ends)) as EdgeField[];
}

/** AWS's defaults of the settings that apply here (what the inspector shows as hints). */
export function edgeSettingDefaults(ends: EdgeEnds): Partial<Record<EdgeField, number | string | boolean>> {
  const out: Partial<Record<EdgeField, number | string | boolean>> = {};
  for (const [key, spec] of Object.entries(applicableEdgeSettings(ends))) if (spec?.default !== undefined) out[key as EdgeField] = spec.default;
  return out;
}

/** Settings written on an edge that do nothing on its connection (`role: data`, the default, is never one). */
export function inapplicableEdgeFields(ends: EdgeEnds, config: EdgeConfig): EdgeField[] {
  const applicable = applicableEdgeSettings(ends);
  return (Object.keys(config) as EdgeField[]).filter((key) => config[key] !== undefined && !(key in applicable) && !(key === 'role' && config.role === 'data'));
}

/** One group's default for a field, for the engines that fill a mapping's settings in. */
export function edgeGroupDefault<T extends number | string | boolean>(group: EdgeSettingGroupId, field: EdgeField): T {
  const spec = EDGE_SETTING_GROUPS.find((g) => g.id === group)?.fields[field];
  if (spec?.default === undefined) throw new Error(`no default for ${field} in ${group}`);
  return spec.default as T;
}

/** A group's spec of a field (the ranges rules check against). */
export function edgeFieldSpec(group: EdgeSettingGroupId, field: EdgeField): EdgeFieldSpec {
  const spec = EDGE_SETTING_GROUPS.find((g) => g.id === group)?.fields[field];
  if (!spec) throw new Error(`${field} is not a setting of ${group}`);
  return spec;
}

/** Whether AWS accepts `value` for a field with this spec. */
export function inEdgeFieldRange(spec: EdgeFieldSpec, value: number): boolean {
  return value === spec.off || ((spec.min === undefined || value >= spec.min) && (spec.max === undefined || value <= spec.max));
}
