import { EFO_READ_BYTES_PER_SECOND, MAX_PARALLELIZATION_FACTOR, MIB, SHARD_GET_RECORDS_PER_SECOND, SHARD_READ_BYTES_PER_SECOND, type NodeOfKind } from '../../model';
import type { Recommendation } from '../behaviour';
import type { AsyncEvents, SyncCalls } from '../mechanisms/async-events';
import type { FunctionCapacity } from '../mechanisms/function-capacity';
import type { QueuePoller } from '../mechanisms/queue-poller';
import type { StreamPoller } from '../mechanisms/stream-poller';
import type { NodeCounters } from '../node-counters';
import { formatCount, formatSeconds } from '../format';

export interface LambdaAdviceInput {
  node: NodeOfKind<'lambda-function'>;
  counters: NodeCounters;
  capacity: FunctionCapacity;
  streamPollers: readonly StreamPoller[];
  queuePollers: readonly QueuePoller[];
  events: AsyncEvents;
  calls: SyncCalls;
  /** Records given up on and not kept anywhere. */
  lost: number;
  /** Of `lost`: stream records whose SQS/SNS destination received only a description of their batch. */
  lostDescribedOnly: number;
  /** Stream records of discarded batches kept by an S3 on-failure destination. */
  keptInS3: number;
  /** A bucket the function writes into whose notifications invoke it again. */
  loopBucket?: string;
}

/** What a run says about one function: stalls, timeouts, concurrency, lost failures. */
export function lambdaAdvice(input: LambdaAdviceInput): Recommendation[] {
  const { node, counters, capacity, streamPollers, queuePollers, events, calls, lost, lostDescribedOnly, keptInS3, loopBucket } = input;
  const c = node.config;
  const out: Recommendation[] = [];
  if (loopBucket !== undefined && counters.received > 0) {
    out.push({
      nodeId: node.id,
      text: `Records loop: ${node.id} writes into ${loopBucket}, whose notifications invoke it again, so every object it writes makes another invocation (${formatCount(counters.received)} in this run, and growing). Write to another bucket, or under a prefix the notification's filter does not match. More concurrency would only feed the loop.`,
      relatedRule: 'lambda-s3-recursion',
    });
  }
  for (const p of streamPollers) {
    if (p.longestStallSeconds >= 60 && p.esm.maxRetryAttempts < 0) {
      out.push({
        edgeId: p.edge.id,
        text: `A failing batch blocked its shard for ${formatSeconds(p.longestStallSeconds)}: with maxRetryAttempts -1 Lambda retries until the records expire. Set maxRetryAttempts (e.g. 3), turn on bisectOnError and connect an on-failure destination.`,
        relatedRule: 'esm-retry-forever',
      });
    }
    const behind = p.waiting();
    // Behind because the shard's read limit, shared by its standard readers, is the bottleneck
    // (most lane-steps with records stopped at it): more lanes or larger batches do not help.
    const readLimited = !p.enhancedFanOut && p.standardReaders > 1 && p.laneStepsReadLimited > p.laneStepsWithRecords / 2;
    if (behind.records > 0 && behind.oldestSeconds > 60 && p.longestStallSeconds < behind.oldestSeconds / 2 && readLimited) {
      out.push({
        edgeId: p.edge.id,
        text: `The function falls behind this stream because ${p.standardReaders} standard readers share each shard's read limit (${SHARD_READ_BYTES_PER_SECOND / MIB} MB/s and ${SHARD_GET_RECORDS_PER_SECOND} reads/s): ${formatCount(behind.records)} records wait at the end, the oldest for ${formatSeconds(behind.oldestSeconds)}. Turn on enhancedFanOut for this mapping (its own ${EFO_READ_BYTES_PER_SECOND / MIB} MB/s per shard) or read the stream with fewer consumers.`,
        relatedRule: 'kinesis-stream-readers',
      });
    } else if (behind.records > 0 && behind.oldestSeconds > 60 && p.longestStallSeconds < behind.oldestSeconds / 2) {
      out.push({
        edgeId: p.edge.id,
        text: `The function falls behind this stream: ${formatCount(behind.records)} records wait at the end, the oldest for ${formatSeconds(behind.oldestSeconds)}. Raise parallelizationFactor (now ${p.esm.parallelizationFactor}, up to ${MAX_PARALLELIZATION_FACTOR}) or batchSize (now ${p.esm.batchSize}), make invocations shorter, or add shards.`,
        relatedRule: 'esm-consumer-throughput',
      });
    }
    if (p.timeouts > 0) {
      const seconds = (c.durationMsPerInvocation + c.durationMsPerRecord * p.esm.batchSize) / 1000;
      out.push({
        edgeId: p.edge.id,
        text: `${formatCount(p.timeouts)} invocations timed out: a batch of ${p.esm.batchSize} records takes about ${formatSeconds(seconds)}, over the ${formatSeconds(c.timeoutSeconds)} timeout. Raise timeoutSeconds or lower batchSize.`,
        relatedRule: 'esm-timeout-risk',
      });
    }
  }
  for (const p of queuePollers) {
    if (p.timeouts > 0) {
      out.push({
        edgeId: p.edge.id,
        text: `${formatCount(p.timeouts)} batches timed out at ${formatSeconds(c.timeoutSeconds)}: lower batchSize or raise timeoutSeconds.`,
        relatedRule: 'esm-timeout-risk',
      });
    }
  }
  const timeouts = events.timeouts + calls.timeouts;
  if (timeouts > 0) {
    out.push({
      nodeId: node.id,
      text: `${formatCount(timeouts)} invocations timed out: one event takes ${formatSeconds((c.durationMsPerInvocation + c.durationMsPerRecord) / 1000)}, over the ${formatSeconds(c.timeoutSeconds)} timeout.`,
    });
  }
  // In a loop, held-back invocations are the loop's symptom, not a limit to raise.
  if (counters.throttles > 0 && loopBucket === undefined) {
    const limit = c.reservedConcurrency !== undefined ? `its reserved concurrency of ${c.reservedConcurrency}` : `the account limit of ${capacity.limit} shared by all functions`;
    out.push({
      nodeId: node.id,
      text: `Concurrency peaked at ${counters.peakConcurrency}, held back by ${limit}: ${formatCount(counters.throttles)} throttles (invocations that could not start for lack of concurrency, as CloudWatch's Throttles metric counts them). Raise reservedConcurrency or request a higher account limit, or make invocations shorter.`,
      relatedRule: 'lambda-concurrency-limit',
    });
  }
  if (lostDescribedOnly > 0) {
    out.push({
      nodeId: node.id,
      text: `${formatCount(lostDescribedOnly)} records of discarded stream batches were lost: an SQS or SNS on-failure destination receives only a description of each batch (shard and sequence numbers), and the records leave the stream when its retention ends. Use an S3 bucket as the on-failure destination to keep the records themselves.`,
    });
  }
  if (lost - lostDescribedOnly > 0) {
    out.push({
      nodeId: node.id,
      text: `${formatCount(lost - lostDescribedOnly)} records were given up on and lost: connect an on-failure destination (an S3 bucket keeps the records of stream batches; an SQS queue or SNS topic keeps failed asynchronous events) to keep them.`,
    });
  }
  if (keptInS3 > 0) {
    out.push({ nodeId: node.id, text: `${formatCount(keptInS3)} records of discarded stream batches were kept in the S3 on-failure destination.` });
  }
  return out;
}
