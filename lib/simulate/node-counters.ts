/**
 * Counts stay exact integers below 2^53. A loop that copies records back into itself (an EMR
 * cluster reading and writing the same stores, say) doubles them every step and would reach
 * Infinity, then NaN (Infinity - Infinity), within about a thousand steps: the engine stops a run once
 * a node has received more than this, well before either; a source never emits more in one step.
 */
export const MAX_RECORDS = 2 ** 52;

/**
 * What one node did, cumulatively. Behaviours add to these; the engine reads them.
 * For every node at every step: received = processed + backlog + throttled + expired + failed.
 */
export class NodeCounters {
  /** Records this node created itself (its traffic, a schedule's firings). */
  produced = 0;
  /**
   * Extra records this node handed on beyond those it received: a record handed to k places
   * (SNS subscriptions, S3 notifications and readers, a stream's readers, a function's or a
   * job's write targets) counts k - 1; a discarded stream batch's on-failure description to
   * SQS or SNS counts 1. With these, produced + copies = delivered + in flight + dropped.
   */
  copies = 0;
  /**
   * Records that end at this node although it hands others on: objects stored in a bucket
   * whose key no notification filter matches and that nothing reads. Counted delivered.
   */
  ended = 0;
  /** Records that arrived at the node (including what it produced). */
  received = 0;
  /** Records that left the node done: stored, handed on, or read by a consumer. */
  processed = 0;
  /** Records refused for lack of capacity (Kinesis writes, synchronous Lambda calls): records lost, part of the identity. */
  throttled = 0;
  /**
   * Invocations, not records: what CloudWatch's Lambda `Throttles` metric counts (invocation
   * requests refused for lack of concurrency), the same way for every source: a synchronous call
   * refused, an asynchronous event, an SQS batch or a stream batch that had to wait for
   * concurrency, each counted once however long it waited. Not part of the identity.
   */
  throttles = 0;
  /** Records that aged out (stream or queue retention, maximum event age). */
  expired = 0;
  /** Records given up on after errors (discarded batches, exhausted retries, failed calls, moved to a DLQ). */
  failed = 0;
  /** Of the dropped records, those handed to a destination (a DLQ or an on-failure destination). */
  rescued = 0;
  /** Invocations or runs that failed. */
  errors = 0;
  /** Invocations that retried records seen before. */
  retries = 0;
  /** Lambda invocations started, retries included; Glue job and crawler runs started. What the bill counts. */
  invocations = 0;
  /** Seconds those invocations or runs lasted (cut at the timeout): the bill's duration. */
  computeSeconds = 0;
  /** Concurrent executions now (Lambda) or runs in progress (Glue). */
  concurrency = 0;
  peakConcurrency = 0;
  maxAgeSeconds = 0;
}
