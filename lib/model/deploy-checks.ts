import type { PipelineGraph } from './graph';
import type { PipelineEdge, PipelineNode } from './pipeline';

/**
 * Designs that pass cfn-lint and still fail when the stack deploys, because the service checks
 * them itself. The validator reports each as an error (rules s3-notification-overlap,
 * sqs-fifo-dlq, esm-at-timestamp) and the exporter refuses them, naming the same problem.
 */

/** The event every S3 notification Sluice exports is for. */
export const S3_NOTIFICATION_EVENT = 's3:ObjectCreated:*';

/**
 * S3 refuses two notifications on one bucket for the same event type whose prefix filters
 * overlap and whose suffix filters overlap ("Configuration is ambiguously defined"): one key
 * could match both. Two prefixes overlap when one starts with the other (an empty prefix
 * overlaps every prefix); two suffixes when one ends with the other.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-filtering.html (checked 2026-12-06)
 */
export function s3FiltersOverlap(a: PipelineEdge, b: PipelineEdge): boolean {
  const p1 = a.config.filterPrefix ?? '';
  const p2 = b.config.filterPrefix ?? '';
  const s1 = a.config.filterSuffix ?? '';
  const s2 = b.config.filterSuffix ?? '';
  return (p1.startsWith(p2) || p2.startsWith(p1)) && (s1.endsWith(s2) || s2.endsWith(s1));
}

export interface NotificationOverlap {
  bucket: PipelineNode;
  first: PipelineEdge;
  second: PipelineEdge;
}

/** Every pair of a bucket's notifications S3 would refuse, in document order. */
export function s3NotificationOverlaps(graph: PipelineGraph): NotificationOverlap[] {
  const out: NotificationOverlap[] = [];
  for (const bucket of graph.nodesOfKind('s3-bucket')) {
    const pushes = graph.outgoing(bucket.id).filter((e) => graph.connection(e)?.meaning === 'push');
    for (let i = 0; i < pushes.length; i++) {
      for (let j = i + 1; j < pushes.length; j++) if (s3FiltersOverlap(pushes[i], pushes[j])) out.push({ bucket, first: pushes[i], second: pushes[j] });
    }
  }
  return out;
}

/**
 * A FIFO queue's dead-letter queue must be a FIFO queue too (and a standard queue's, a
 * standard one): SQS refuses the redrive policy otherwise.
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html (checked 2026-12-06)
 */
export function fifoDeadLetterMismatches(graph: PipelineGraph): { queue: PipelineNode & { kind: 'sqs-queue' }; dlq: PipelineNode & { kind: 'sqs-queue' }; edge: PipelineEdge }[] {
  const out: ReturnType<typeof fifoDeadLetterMismatches> = [];
  for (const queue of graph.nodesOfKind('sqs-queue')) {
    for (const edge of graph.outgoing(queue.id)) {
      if (graph.connection(edge)?.meaning !== 'dead-letter') continue;
      const dlq = graph.node(edge.target);
      if (dlq?.kind === 'sqs-queue' && dlq.config.fifo !== queue.config.fifo) out.push({ queue, dlq, edge });
    }
  }
  return out;
}

/**
 * AT_TIMESTAMP is for Kinesis only (DynamoDB Streams take TRIM_HORIZON or LATEST), and needs
 * StartingPositionTimestamp: Lambda refuses the mapping otherwise.
 * https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html (checked 2026-12-06)
 */
export function atTimestampProblems(graph: PipelineGraph): { edge: PipelineEdge; source: PipelineNode; problem: 'dynamodb' | 'no-timestamp' }[] {
  const out: ReturnType<typeof atTimestampProblems> = [];
  for (const edge of graph.pipeline.edges) {
    if (graph.connection(edge)?.meaning !== 'event-source-mapping' || edge.config.startingPosition !== 'AT_TIMESTAMP') continue;
    const source = graph.node(edge.source);
    if (source?.kind === 'dynamodb-table') out.push({ edge, source, problem: 'dynamodb' });
    else if (source?.kind === 'kinesis-stream' && edge.config.startingPositionTimestamp === undefined) out.push({ edge, source, problem: 'no-timestamp' });
  }
  return out;
}

/** What the exporter refuses, one sentence each, naming the node or edge and the rule. */
export function deploymentBlockers(graph: PipelineGraph): string[] {
  return [
    ...s3NotificationOverlaps(graph).map(
      (o) => `bucket ${o.bucket.id}: notifications ${o.first.id} and ${o.second.id} have overlapping key filters, which S3 refuses (rule s3-notification-overlap)`,
    ),
    ...fifoDeadLetterMismatches(graph).map((m) => `queue ${m.queue.id}: its dead-letter queue ${m.dlq.id} is ${m.dlq.config.fifo ? 'FIFO' : 'standard'} but the queue is ${m.queue.config.fifo ? 'FIFO' : 'standard'}, which SQS refuses (rule sqs-fifo-dlq)`),
    ...atTimestampProblems(graph).map((p) =>
      p.problem === 'dynamodb'
        ? `edge ${p.edge.id}: DynamoDB Streams do not support AT_TIMESTAMP, which Lambda refuses (rule esm-at-timestamp)`
        : `edge ${p.edge.id}: AT_TIMESTAMP without startingPositionTimestamp, which Lambda refuses (rule esm-at-timestamp)`,
    ),
  ];
}
