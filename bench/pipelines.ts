/**
 * The pipelines the simulator bench measures, shared with the test that pins their results
 * (lib/simulate/__tests__/pinned-results.test.ts), so a speed-up is proved not to change a number.
 */
import { PipelineBuilder, type Pipeline } from '../lib/model';

/**
 * The light pipeline: `groups` groups of three small pipelines (Kinesis -> Lambda -> Firehose -> S3,
 * SQS -> Lambda -> DynamoDB, S3 -> Lambda -> OpenSearch: 10 nodes a group), the given total
 * traffic shared by the 3 sources of each group.
 */
export function lightPipeline(groups: number, totalRecordsPerSecond: number): Pipeline {
  const b = new PipelineBuilder('bench');
  const perSource = totalRecordsPerSecond / (groups * 3);
  for (let g = 0; g < groups; g++) {
    b.node(`stream${g}`, 'kinesis-stream', { shardCount: 2, traffic: { recordsPerSecond: perSource, poisonRecordRate: 1e-5, pattern: 'diurnal' } })
      .node(`enrich${g}`, 'lambda-function', { durationMsPerInvocation: 40, durationMsPerRecord: 1, errorRate: 0.001 })
      .node(`delivery${g}`, 'firehose', { bufferIntervalSeconds: 60 })
      .node(`lake${g}`, 's3-bucket')
      .edge(`stream${g}`, `enrich${g}`, { batchSize: 100, maxRetryAttempts: 3, bisectOnError: true })
      .edge(`enrich${g}`, `delivery${g}`)
      .edge(`delivery${g}`, `lake${g}`)
      .node(`orders${g}`, 'sqs-queue', { traffic: { recordsPerSecond: perSource, pattern: 'spike' } })
      .node(`archive${g}`, 'lambda-function', { durationMsPerInvocation: 30, durationMsPerRecord: 2 })
      .node(`table${g}`, 'dynamodb-table')
      .edge(`orders${g}`, `archive${g}`, { batchSize: 10 })
      .edge(`archive${g}`, `table${g}`)
      .node(`uploads${g}`, 's3-bucket', { traffic: { recordsPerSecond: perSource } })
      .node(`index${g}`, 'lambda-function', { durationMsPerInvocation: 20, durationMsPerRecord: 0 })
      .node(`search${g}`, 'opensearch-domain')
      .edge(`uploads${g}`, `index${g}`)
      .edge(`index${g}`, `search${g}`);
  }
  return b.build();
}

export interface HeavyOptions {
  /** Source → function → sink chains, a third of each kind (33 chains: 99 nodes). */
  chains?: number;
  /** Share of poison records at every source (the pipeline: 1e-4). */
  poison?: number;
  /** Multiplies every source's traffic (the pipeline: 1). */
  traffic?: number;
}

/**
 * The heavy pipeline of issue 17, a design in real trouble: about 100 nodes in chains of
 * source → function → sink, a third each of
 * - Kinesis: 8 shards, 6,000 records/s diurnal (12,000/s at the peak, more than the 8 shards
 *   take and than 16 lanes of 500-record batches at ~1.1 s each drain), poison 1e-4, batch 500,
 *   parallelization 2, 3 retries, bisect on error;
 * - SQS: 500 records/s in spikes (2,500/s one minute in ten), poison 1e-4, maxReceiveCount 5,
 *   no dead-letter queue, so poison messages come back until they expire;
 * - S3: 80 objects/s of 100 KB;
 * every function failing 0.1 % of its invocations besides.
 */
export function heavyPipeline({ chains = 33, poison = 1e-4, traffic = 1 }: HeavyOptions = {}): Pipeline {
  const b = new PipelineBuilder('heavy-bench');
  for (let c = 0; c < chains; c++) {
    const fn = `fn${c}`;
    const sink = `sink${c}`;
    switch (c % 3) {
      case 0:
        b.node(`stream${c}`, 'kinesis-stream', { shardCount: 8, traffic: { recordsPerSecond: 6000 * traffic, poisonRecordRate: poison, pattern: 'diurnal' } })
          .node(fn, 'lambda-function', { durationMsPerInvocation: 100, durationMsPerRecord: 2, errorRate: 0.001 })
          .node(sink, 'dynamodb-table')
          .edge(`stream${c}`, fn, { batchSize: 500, parallelizationFactor: 2, maxRetryAttempts: 3, bisectOnError: true });
        break;
      case 1:
        b.node(`queue${c}`, 'sqs-queue', { maxReceiveCount: 5, traffic: { recordsPerSecond: 500 * traffic, poisonRecordRate: poison, pattern: 'spike' } })
          .node(fn, 'lambda-function', { durationMsPerInvocation: 30, durationMsPerRecord: 2, errorRate: 0.001 })
          .node(sink, 's3-bucket')
          .edge(`queue${c}`, fn, { batchSize: 10 });
        break;
      default:
        b.node(`uploads${c}`, 's3-bucket', { traffic: { recordsPerSecond: 80 * traffic, avgRecordBytes: 100 * 1024 } })
          .node(fn, 'lambda-function', { durationMsPerInvocation: 50, durationMsPerRecord: 0, errorRate: 0.001 })
          .node(sink, 'dynamodb-table')
          .edge(`uploads${c}`, fn);
    }
    b.edge(fn, sink);
  }
  return b.build();
}
