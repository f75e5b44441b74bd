import type { NodeOfKind, PipelineGraph } from '../model';
import { LOG_EVENT_OVERHEAD_BYTES, NODE_LOG_PREFIX_BYTES, PLATFORM_LOG_BYTES_PER_INVOCATION, PLATFORM_LOG_EVENTS_PER_INVOCATION } from '../model/facts/lambda';
import { HOURS_PER_MONTH } from './prices';

/**
 * CloudWatch Logs from a function: what Lambda writes per invocation (START, END, REPORT) plus
 * what the exported handler skeleton (lib/export/handlers) prints per item. Assumptions, stated
 * in docs/cost.md: the skeleton's code is what runs; one item per record (per invocation for a
 * schedule); record ids are 36 characters; the item prints as its record's bytes; failures'
 * lines are not counted.
 */

/** The log group retention the export sets (CloudFormation RetentionInDays 30, CDK ONE_MONTH): kept in step by a test. */
export const EXPORTED_LOG_RETENTION_DAYS = 30;

/** Kinds the skeleton writes to with an AWS SDK client; a write to any other kind prints a "todo" line per item. */
const WRITERS_WITH_CLIENT = new Set(['s3-bucket', 'sqs-queue', 'sns-topic', 'dynamodb-table', 'kinesis-stream', 'firehose']);

/**
 * Lines the skeleton prints per item: one `{ record, item }` line when the function writes
 * nowhere (processItem logs the item), else one `{ todo, target, record }` line per write to a
 * kind it has no client for. Runtimes without a skeleton (not Node.js or Python) print none.
 */
export function skeletonLines(graph: PipelineGraph, fn: NodeOfKind<'lambda-function'>): { itemLines: number; todoLines: number } {
  if (!/^(nodejs|python)/.test(fn.config.runtime)) return { itemLines: 0, todoLines: 0 };
  const writes = graph.outgoingOf(fn.id, 'writes');
  if (writes.length === 0) return { itemLines: 1, todoLines: 0 };
  const todo = writes.filter((e) => !WRITERS_WITH_CLIENT.has(graph.node(e.target)?.kind ?? '')).length;
  return { itemLines: 0, todoLines: todo };
}

/**
 * Bytes of one skeleton line as CloudWatch Logs counts it (message + newline + 26 bytes):
 *   Node.js  `{"record":"<id>","item":<item>}`      57 + item, after the runtime's 67-byte prefix
 *   Python   `{"record": "<id>", "item": <item>}`   60 + item, no prefix
 * A "todo" line (`{"todo":"write to <node>","target":"<address>","record":"<id>"}`) is taken as
 * 150 bytes of JSON (a 10-character node id, a 60-character address).
 */
const ID = 36;
export function itemLineBytes(runtime: string, itemBytes: number): number {
  const node = runtime.startsWith('nodejs');
  return (node ? NODE_LOG_PREFIX_BYTES + 21 + ID : 24 + ID) + itemBytes + 1 + LOG_EVENT_OVERHEAD_BYTES;
}
const TODO_JSON_BYTES = 150;
export function todoLineBytes(runtime: string): number {
  return (runtime.startsWith('nodejs') ? NODE_LOG_PREFIX_BYTES : 0) + TODO_JSON_BYTES + 1 + LOG_EVENT_OVERHEAD_BYTES;
}

/** Bytes Lambda's own three lines add per invocation, as CloudWatch Logs counts them: 265 + 3 × 26 = 343. */
export const PLATFORM_BYTES_PER_INVOCATION = PLATFORM_LOG_BYTES_PER_INVOCATION + PLATFORM_LOG_EVENTS_PER_INVOCATION * LOG_EVENT_OVERHEAD_BYTES;

/** Log bytes a function sends in a month. */
export function functionLogBytes(fn: NodeOfKind<'lambda-function'>, invocations: number, loggedItems: number, itemBytes: number, lines: { itemLines: number; todoLines: number }): number {
  const perItem = lines.itemLines * itemLineBytes(fn.config.runtime, itemBytes) + lines.todoLines * todoLineBytes(fn.config.runtime);
  return invocations * PLATFORM_BYTES_PER_INVOCATION + loggedItems * perItem;
}

/**
 * The average volume a log group holds in steady state: each day's logs are kept the retention
 * period, so it holds min(retention, a month) of them. A month is 730 / 24 = 30.42 days.
 */
export function storedShareOfMonth(retentionDays: number = EXPORTED_LOG_RETENTION_DAYS): number {
  return Math.min(1, retentionDays / (HOURS_PER_MONTH / 24));
}
