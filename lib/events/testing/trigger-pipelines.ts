import { PipelineBuilder, type EdgeConfig, type KindId, type Pipeline } from '../../model';
import type { TriggerFamily } from '../trigger';

export interface TriggerCase {
  name: string;
  family: TriggerFamily;
  /** The kind of the node whose edge enters the function. */
  source: KindId;
  pipeline: Pipeline;
  /** The edge into the function `fn`. */
  edgeId: string;
}

/**
 * One small pipeline per way into a function, with the settings that change the event: every
 * connection of lib/model/connections.ts into lambda-function, DynamoDB's four view types, FIFO,
 * partial batch responses on and off, S3 notifications relayed through SNS and SQS, and a
 * Firehose processor with and without a Kinesis stream as its source. The
 * function `fn` writes to a bucket `out`.
 */
export function triggerCases(runtime = 'python3.13'): TriggerCase[] {
  const cases: TriggerCase[] = [];
  const add = (name: string, family: TriggerFamily, source: KindId, config: Record<string, unknown>, edge: Partial<EdgeConfig>, upstream?: (b: PipelineBuilder) => void) => {
    const b = new PipelineBuilder(`events-${name}`).node('src', source, config).node('fn', 'lambda-function', { runtime }).node('out', 's3-bucket');
    upstream?.(b);
    b.edge('src', 'fn', edge, 'src-fn').edge('fn', 'out');
    cases.push({ name, family, source, pipeline: b.build(), edgeId: 'src-fn' });
  };
  add('sqs', 'sqs', 'sqs-queue', {}, { reportBatchItemFailures: true, batchSize: 25, batchingWindowSeconds: 5 });
  add('sqs-whole-batch', 'sqs', 'sqs-queue', {}, {});
  add('sqs-fifo', 'sqs', 'sqs-queue', { fifo: true }, { reportBatchItemFailures: true });
  add('sqs-s3', 'sqs', 'sqs-queue', {}, { reportBatchItemFailures: true }, (b) => b.node('up', 's3-bucket').edge('up', 'src'));
  add('sqs-sns-s3', 'sqs', 'sqs-queue', {}, { reportBatchItemFailures: true }, (b) => b.node('up', 's3-bucket').node('topic', 'sns-topic').edge('up', 'topic').edge('topic', 'src'));
  add('kinesis', 'kinesis', 'kinesis-stream', {}, { reportBatchItemFailures: true, batchSize: 500 });
  add('kinesis-whole-batch', 'kinesis', 'kinesis-stream', {}, {});
  for (const view of ['NEW_AND_OLD_IMAGES', 'NEW_IMAGE', 'OLD_IMAGE', 'KEYS_ONLY'] as const) {
    add(`dynamodb-${view.toLowerCase()}`, 'dynamodb', 'dynamodb-table', { streamEnabled: true, streamViewType: view, sortKey: 'at' }, { reportBatchItemFailures: true });
  }
  add('s3', 's3', 's3-bucket', {}, { filterPrefix: 'uploads/', filterSuffix: '.csv' });
  add('sns', 'sns', 'sns-topic', {}, {});
  add('sns-s3', 'sns', 'sns-topic', {}, {}, (b) => b.node('up', 's3-bucket').edge('up', 'src'));
  add('iot', 'iot', 'iot-rule', {}, {});
  add('api-http', 'api-http', 'api-gateway', { apiType: 'http' }, {});
  add('api-rest', 'api-rest', 'api-gateway', { apiType: 'rest' }, {});
  add('schedule', 'schedule', 'schedule', {}, {});
  // Firehose's Lambda processor: Direct PUT (2 MB buffer set on the edge), and reading a Kinesis stream.
  add('firehose', 'firehose', 'firehose', {}, { processorBufferSizeMb: 2 });
  add('firehose-kinesis', 'firehose', 'firehose', {}, {}, (b) => b.node('up', 'kinesis-stream').edge('up', 'src'));
  return cases;
}
