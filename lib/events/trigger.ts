import { eventSourceMappingSettings, processorSettings, type PipelineEdge, type PipelineGraph, type PipelineNode } from '../model';
import { maxBatchSize } from '../model/facts/lambda';
import { PUSH_RECORDS_PER_EVENT } from '../model/facts/lambda-events';
import { MIB } from '../model/units';

/** The shapes of event a function can receive, one per connection kind into it. */
export const TRIGGER_FAMILIES = ['sqs', 'kinesis', 'dynamodb', 's3', 'sns', 'iot', 'api-http', 'api-rest', 'schedule', 'firehose'] as const;
export type TriggerFamily = (typeof TRIGGER_FAMILIES)[number];

/** What a message carries when it was relayed: an S3 notification through SNS or SQS, or anything else. */
export type Payload = 'json' | 's3-event';

export interface Trigger {
  edge: PipelineEdge;
  source: PipelineNode;
  function: Extract<PipelineNode, { kind: 'lambda-function' }>;
  family: TriggerFamily;
  /** What each message body / SNS message holds (SNS and SQS can relay S3 notifications). */
  payload: Payload;
  /** The bucket whose notifications a topic or queue relays (payload 's3-event'). */
  relayBucket?: PipelineNode;
  /**
   * The most records one invocation carries with the design's settings; null when the batch is
   * bounded by size, not count (a Firehose processor: see maxBytes).
   */
  maxRecords: number | null;
  /** Firehose processor: the buffer (bytes) Firehose fills before it invokes the function. */
  maxBytes?: number;
  /** Firehose processor: the Kinesis stream the delivery stream reads (records carry kinesisRecordMetadata). */
  kinesisSource?: PipelineNode;
  /** Event source mappings only: the mapping lets the function report item failures (ReportBatchItemFailures). */
  reportsItemFailures: boolean;
  /** SQS FIFO: order within a message group matters. */
  fifo: boolean;
  /** DynamoDB: the stream's view type. */
  viewType?: 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES' | 'KEYS_ONLY';
}

/**
 * What S3 notifications reach a topic or queue: S3 publishes its event JSON as the SNS message,
 * and SNS delivers to SQS raw (the export sets RawMessageDelivery), so the queue's body is the
 * same S3 event.
 */
function relayedBucket(graph: PipelineGraph, node: PipelineNode, depth = 0): PipelineNode | undefined {
  if (depth > 3) return undefined;
  for (const e of graph.incomingOf(node.id, 'push')) {
    const from = graph.node(e.source);
    if (from?.kind === 's3-bucket') return from;
    const further = from?.kind === 'sns-topic' && node.kind === 'sqs-queue' ? relayedBucket(graph, from, depth + 1) : undefined;
    if (further) return further;
  }
  return undefined;
}

function relay(graph: PipelineGraph, node: PipelineNode): { payload: Payload; relayBucket?: PipelineNode } {
  const bucket = relayedBucket(graph, node);
  return bucket ? { payload: 's3-event', relayBucket: bucket } : { payload: 'json' };
}

/** The trigger an edge into a function is, or a reason it is none. */
export function triggerOf(graph: PipelineGraph, edge: PipelineEdge): Trigger | { error: string } {
  const source = graph.node(edge.source);
  const target = graph.node(edge.target);
  if (!source || !target) return { error: `edge "${edge.id}" joins a node that does not exist` };
  if (target.kind !== 'lambda-function') return { error: `edge "${edge.id}" goes into ${target.kind} "${target.id}", not a Lambda function: only a function receives an event` };
  const meaning = graph.connection(edge)?.meaning;
  const base = { edge, source, function: target, payload: 'json' as Payload, reportsItemFailures: false, fifo: false };
  if (meaning === 'event-source-mapping') {
    const s = eventSourceMappingSettings(source.kind, edge.config);
    const fifo = source.kind === 'sqs-queue' && source.config.fifo;
    const limit = maxBatchSize({ kind: source.kind, fifo }, s.batchingWindowSeconds);
    const mapping = { ...base, maxRecords: Math.min(s.batchSize, limit), reportsItemFailures: s.reportBatchItemFailures, fifo };
    if (source.kind === 'sqs-queue') return { ...mapping, family: 'sqs', ...relay(graph, source) };
    if (source.kind === 'kinesis-stream') return { ...mapping, family: 'kinesis' };
    if (source.kind === 'dynamodb-table') return { ...mapping, family: 'dynamodb', viewType: source.config.streamViewType };
  }
  if (meaning === 'push') {
    const one = { ...base, maxRecords: PUSH_RECORDS_PER_EVENT };
    if (source.kind === 's3-bucket') return { ...one, family: 's3' };
    if (source.kind === 'sns-topic') return { ...one, family: 'sns', ...relay(graph, source) };
    if (source.kind === 'iot-rule') return { ...one, family: 'iot' };
    if (source.kind === 'api-gateway') return { ...one, family: source.config.apiType === 'http' ? 'api-http' : 'api-rest' };
  }
  if (meaning === 'transform' && source.kind === 'firehose') {
    // Firehose fills its processor buffer (MB) or waits its interval, then invokes the function synchronously.
    // https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
    const kinesis = graph.incomingOf(source.id, 'delivers').map((e) => graph.node(e.source)).find((n) => n?.kind === 'kinesis-stream');
    const maxBytes = Math.round(processorSettings(edge.config).bufferSizeMb * MIB);
    return { ...base, maxRecords: null, maxBytes, family: 'firehose', ...(kinesis ? { kinesisSource: kinesis } : {}) };
  }
  if (meaning === 'trigger' && source.kind === 'schedule') return { ...base, maxRecords: 1, family: 'schedule' };
  return { error: `edge "${edge.id}" (${source.kind} → lambda-function) does not invoke the function` };
}

/** Every edge that invokes a function, as triggers, in document order. */
export function triggersOf(graph: PipelineGraph, functionId: string): Trigger[] {
  return graph.incoming(functionId).flatMap((e) => {
    const t = triggerOf(graph, e);
    return 'error' in t ? [] : [t];
  });
}
