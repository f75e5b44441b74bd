import { eventSourceMappingSettings, type EventSourceMappingSettings, type NodeOfKind, onDemandShards, SQS_POLLERS_MAX, type PipelineEdge, type PipelineNode, type Traffic } from '../../model';
import type { ValidationContext } from '../context';

export type LambdaNode = NodeOfKind<'lambda-function'>;

/** The source's configured traffic, when its kind has one. */
export function trafficOf(node: PipelineNode | undefined): Traffic | undefined {
  if (!node) return undefined;
  const config = node.config as { traffic?: Traffic };
  return config.traffic;
}

/** Seconds one invocation with `records` records takes, from the function's duration model. */
export function invocationSeconds(fn: LambdaNode, records: number): number {
  return (fn.config.durationMsPerInvocation + fn.config.durationMsPerRecord * records) / 1000;
}

/** Shards a stream source offers Lambda (on-demand streams: the shards its traffic needs, at least 4). */
export function shardsOf(source: PipelineNode): number {
  if (source.kind === 'dynamodb-table') return source.config.streamShardCount;
  if (source.kind !== 'kinesis-stream') return 1;
  if (source.config.mode === 'provisioned') return source.config.shardCount;
  return onDemandShards(source.config.traffic.recordsPerSecond, source.config.traffic.avgRecordBytes);
}

/** How a stream mapping's lanes spend their time at the source's configured traffic. */
export interface StreamLoad {
  /** Shards × parallelization factor: batches that can run at once. */
  lanes: number;
  recordsPerSecond: number;
  /** Records in a batch: what one lane gathers between polls (about a second, or the batching window), at most the batch size. */
  recordsPerBatch: number;
  batchesPerSecond: number;
  /** Seconds one batch takes. */
  batchSeconds: number;
  /** Little's law: batches per second × seconds per batch, capped by the lanes (an idle lane polls without invoking). */
  concurrency: number;
}

/**
 * A stream mapping's load. Lambda polls each shard about once a second and invokes as soon
 * as records are there (or when the batching window ends), so a lane's batch holds what
 * arrived since its last poll, up to the batch size.
 * https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html,
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html
 */
export function streamLoad(source: PipelineNode, esm: EventSourceMappingSettings, fn: LambdaNode): StreamLoad {
  const lanes = shardsOf(source) * Math.max(1, esm.parallelizationFactor);
  const recordsPerSecond = trafficOf(source)?.recordsPerSecond ?? 0;
  const gather = Math.max(1, esm.batchingWindowSeconds);
  const recordsPerBatch = Math.min(esm.batchSize, Math.max(1, (recordsPerSecond / lanes) * gather));
  const batchesPerSecond = recordsPerSecond / recordsPerBatch;
  const batchSeconds = invocationSeconds(fn, recordsPerBatch);
  return { lanes, recordsPerSecond, recordsPerBatch, batchesPerSecond, batchSeconds, concurrency: Math.min(lanes, batchesPerSecond * batchSeconds) };
}

/** Concurrent executions one incoming edge keeps busy, by how Lambda scales for that source. */
export function concurrencyForEdge(ctx: ValidationContext, fn: LambdaNode, edge: PipelineEdge): number {
  const source = ctx.node(edge.source);
  const meaning = ctx.connection(edge)?.meaning;
  if (!source) return 0;
  if (meaning === 'trigger') return 1;
  if (meaning === 'event-source-mapping') {
    const esm = eventSourceMappingSettings(source.kind, edge.config);
    if (source.kind !== 'sqs-queue') return streamLoad(source, esm, fn).concurrency;
    // SQS scales with the backlog (Little's law), capped by the mapping's maximum concurrency.
    const rate = trafficOf(source)?.recordsPerSecond ?? 0;
    const perBatch = Math.min(esm.batchSize, Math.max(1, rate));
    const needed = (rate / perBatch) * invocationSeconds(fn, perBatch);
    return Math.min(esm.maxConcurrency ?? SQS_POLLERS_MAX, needed);
  }
  if (meaning === 'push') {
    const rate = trafficOf(source)?.recordsPerSecond ?? 0;
    return rate * invocationSeconds(fn, 1);
  }
  return 0;
}

/** Concurrent executions a function needs for its configured traffic. */
export function concurrencyNeeded(ctx: ValidationContext, fn: LambdaNode): number {
  return Math.ceil(ctx.incoming(fn.id).reduce((sum, e) => sum + concurrencyForEdge(ctx, fn, e), 0));
}
