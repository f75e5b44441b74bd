import { type PipelineEdge, processorSettings } from '../../model';
import type { Clock } from '../behaviour';
import type { LambdaTarget } from './lambda-work';

interface Batch {
  edge: PipelineEdge;
  count: number;
  poison: number;
  /** Invocations tried so far. */
  attempts: number;
}

/**
 * A function as a Firehose record processor: Firehose invokes it synchronously with each
 * buffered batch (one invocation per batch, its duration from the batch's records). An
 * invocation that times out, fails (the function's error rate) or finds no free concurrency is
 * retried in the next step, up to the edge's processorRetries (3 by default); then the batch is skipped. Poison records come
 * back as ProcessingFailed. Either way the records go back to the delivery stream, which
 * delivers the transformed ones and writes the failed ones under its error output prefix.
 * https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 * https://docs.aws.amazon.com/firehose/latest/dev/data-transformation-failure-handling.html
 *
 * The function counts the batch's records as received, processed once an invocation returns,
 * failed (and rescued: Firehose keeps them) once it is skipped.
 */
export class ProcessorBatches {
  private pending: Batch[] = [];
  private pendingCount = 0;
  timeouts = 0;

  constructor(
    private readonly fn: LambdaTarget,
    private readonly returnTo: (edge: PipelineEdge, ok: number, failed: number, clock: Clock) => void,
  ) {}

  receive(edge: PipelineEdge, count: number, poison: number): void {
    if (count <= 0) return;
    this.fn.counters.received += count;
    this.pending.push({ edge, count, poison, attempts: 0 });
    this.pendingCount += count;
  }

  step(clock: Clock): void {
    if (this.pending.length === 0) return;
    const { fn } = this;
    const batches = this.pending;
    this.pending = [];
    for (const b of batches) {
      const full = fn.duration(b.count);
      const timedOut = full > fn.timeoutSeconds;
      const run = timedOut ? fn.timeoutSeconds : full;
      let failed: boolean;
      if (fn.capacity.startable(run) < 1) {
        // The invocation limit reached: Firehose counts it as a failed invocation and retries.
        fn.counters.throttles += 1;
        failed = true;
      } else {
        fn.capacity.book(1, run);
        fn.counters.invocations += 1;
        fn.counters.computeSeconds += run;
        if (b.attempts > 0) fn.counters.retries += b.count;
        if (timedOut) this.timeouts += 1;
        failed = timedOut || fn.rng.next() < fn.errorRate;
        if (failed) fn.counters.errors += 1;
      }
      if (!failed) {
        this.pendingCount -= b.count;
        fn.counters.processed += b.count;
        this.returnTo(b.edge, b.count - b.poison, b.poison, clock);
      } else if (b.attempts < processorSettings(b.edge.config).retries) {
        this.pending.push({ ...b, attempts: b.attempts + 1 });
      } else {
        // Skipped after the last retry: Firehose keeps the records under its error output prefix.
        this.pendingCount -= b.count;
        fn.counters.failed += b.count;
        fn.counters.rescued += b.count;
        this.returnTo(b.edge, 0, b.count, clock);
      }
    }
  }

  backlog(): number {
    return this.pendingCount;
  }
}
