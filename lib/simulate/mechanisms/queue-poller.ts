import { type EventSourceMappingSettings, type PipelineEdge, SQS_POLLERS_ADDED_PER_MINUTE, SQS_POLLERS_INITIAL, SQS_POLLERS_MAX } from '../../model';
import type { Clock } from '../behaviour';
import { CohortQueue } from '../cohort-queue';
import { BatchJoin, walkAsBatch } from './batch-walk';
import { FailedShare } from './failed-share';
import type { LambdaTarget } from './lambda-work';
import type { MessageQueue } from './message-queue';
import { WaitTally } from './wait-tally';

/**
 * An event source mapping from an SQS queue to a function. Lambda scales its pollers up to
 * the mapping's maximum concurrency (and the function's limit; on a FIFO queue, the number of
 * message groups) as messages wait. Each batch
 * either succeeds (its messages are deleted) or fails: without ReportBatchItemFailures the
 * whole batch comes back after the visibility timeout, with it only the failed messages do.
 * Batches finish in the step they start; their duration counts against concurrency.
 * Lambda runs 5 batches at once at first and adds up to 300 a minute while messages wait, up
 * to 1,000 (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html).
 */
export class QueuePoller {
  private readonly batch: CohortQueue;
  /** The failure draw's numbers while a batch is settled cohort by cohort (see `settleCohort`). */
  private readonly fail = { failing: false, redelivered: 0, now: 0 };
  /** The failed clean messages' share of each cohort. */
  private readonly share = new FailedShare();
  /**
   * Batches that could not start for lack of concurrency, cumulative: the messages that waited
   * for it, each counted once however long it waits, in batches (rounded up).
   */
  waitedForConcurrency = 0;
  timeouts = 0;
  /** Batches Lambda lets this mapping run at once now: it scales up at 300 a minute while messages wait. */
  pollers = SQS_POLLERS_INITIAL;
  /** Batches still running from earlier steps: when each ends and how many. */
  private readonly running: { end: number; k: number }[] = [];
  /** Messages counted in `waitedForConcurrency`, cumulative. */
  private waitedMessages = 0;
  /**
   * Visible messages already counted as waiting. They are the oldest and are taken to leave
   * first; a failed message visible again is received before them, so this is close, not exact.
   */
  private readonly tally = new WaitTally();

  /**
   * What a full batch costs and how many batches an environment runs in a step: fixed by the
   * mapping, the function and the step length, so worked out once (for the step length in
   * `limitsDt`) rather than every step.
   */
  private readonly size: number;
  private limitsDt = NaN;
  private run = 0;
  private timedOut = false;
  private perEnvironment = 1;
  private byMapping = Infinity;
  private byGroups = Infinity;

  constructor(
    private readonly queue: MessageQueue,
    readonly edge: PipelineEdge,
    readonly esm: EventSourceMappingSettings,
    private readonly fn: LambdaTarget,
    /** FIFO queues: one batch per message group in flight, so at most this many at once. */
    private readonly batchesInFlight = Infinity,
  ) {
    // A batch is only read front to back, never asked its oldest entry time.
    this.batch = new CohortQueue(8, queue.merge, { oldest: false });
    this.size = Math.max(1, esm.batchSize);
  }

  private workOutLimits(dt: number): void {
    const { esm, fn } = this;
    const full = fn.duration(this.size);
    this.timedOut = full > fn.timeoutSeconds;
    const run = (this.run = this.timedOut ? fn.timeoutSeconds : full);
    const perEnvironment = (this.perEnvironment = run <= dt ? dt / Math.max(run, 1e-3) : 1);
    this.byMapping = esm.maxConcurrency === undefined ? Infinity : Math.floor(esm.maxConcurrency * perEnvironment + 1e-9);
    this.byGroups = Math.floor(this.batchesInFlight * perEnvironment + 1e-9);
    this.limitsDt = dt;
  }

  step(clock: Clock): void {
    const { queue, esm, fn } = this;
    while (this.running.length > 0 && this.running[0].end <= clock.now + 1e-9) this.running.shift();
    const available = queue.visible();
    // Other consumers of the queue and expiry take messages too: never more counted than visible.
    this.tally.atMost(available);
    if (available === 0) {
      this.pollers = SQS_POLLERS_INITIAL; // low traffic: back to five
      return;
    }
    if (esm.batchingWindowSeconds > 0 && available < this.size && clock.now - queue.oldestVisibleTime() < esm.batchingWindowSeconds) return;
    if (clock.dt !== this.limitsDt) this.workOutLimits(clock.dt);
    const { size, run, timedOut, perEnvironment, byMapping, byGroups } = this;
    const wanted = Math.ceil(available / size);
    const byFunction = fn.capacity.startable(run);
    let busy = 0;
    for (const r of this.running) busy += r.k;
    const byScaling = Math.max(0, Math.floor(this.pollers * perEnvironment + 1e-9) - busy);
    const k = Math.min(wanted, byMapping, byGroups, byFunction, byScaling);
    // Messages still waiting with every poller busy: Lambda adds pollers, 300 a minute.
    if (wanted > k && byScaling <= Math.min(byMapping, byGroups, byFunction)) {
      this.pollers = Math.min(SQS_POLLERS_MAX, this.pollers + (SQS_POLLERS_ADDED_PER_MINUTE * clock.dt) / 60);
    }
    const m = k > 0 ? Math.min(available, k * size) : 0;
    // The m messages received now leave from the front; those left wait for concurrency only
    // when the function's limit is what held them back.
    if (byFunction < wanted && byFunction <= byMapping && byFunction <= byGroups) {
      const newlyWaiting = this.tally.settle(m, available - m);
      if (newlyWaiting > 0) {
        this.waitedMessages += newlyWaiting;
        const batches = Math.ceil(this.waitedMessages / size);
        fn.counters.throttles += batches - this.waitedForConcurrency;
        this.waitedForConcurrency = batches;
      }
    } else this.tally.take(m);
    if (k <= 0) return;
    // With no more visible cohorts than a batch holds before merging, the batch would only join
    // adjacent pieces of equal tag, due and entry time: the pieces are then walked straight from
    // the queue below, joined the same way, rather than copied into the batch and read back.
    const direct = queue.visibleCohorts() <= queue.merge.above;
    let poison: number;
    if (direct) poison = queue.poisonInNext(m);
    else {
      this.batch.clear();
      queue.take(m, clock.now, this.batch);
      poison = this.batch.poison;
    }
    fn.capacity.book(k, run);
    if (run > clock.dt) this.running.push({ end: clock.now + run, k });
    fn.counters.invocations += k;
    fn.counters.computeSeconds += k * run;
    fn.ctx.countOnEdge(this.edge, m);

    const clean = m - poison;
    let failClean: number;
    let failPoison: number;
    if (timedOut) {
      this.timeouts += k;
      fn.counters.errors += k;
      failClean = clean;
      failPoison = poison;
    } else {
      const poisonBatches = Math.min(k, poison);
      const randomBatches = fn.rng.binomial(k - poisonBatches, fn.errorRate);
      fn.counters.errors += poisonBatches + randomBatches;
      failPoison = poison;
      const perBatch = m / k;
      if (esm.reportBatchItemFailures) failClean = Math.min(clean, Math.round(randomBatches * perBatch));
      else failClean = Math.min(clean, Math.max(0, Math.round((poisonBatches + randomBatches) * perBatch) - poison));
    }
    // One pass over the batch's cohorts: messages received before (retries), and, when some
    // failed, the failed clean messages spread over the cohorts in proportion.
    const f = this.fail;
    f.failing = failClean + failPoison > 0;
    this.share.start(clean, failClean);
    f.redelivered = 0;
    f.now = clock.now;
    if (direct) walkAsBatch(queue, this.batch, m, clock.now, this.join);
    else {
      const batch = this.batch;
      for (let i = 0; i < batch.cohorts; i++) this.settleCohort(batch.countAt(i), batch.poisonAt(i), batch.timeAt(i), batch.tagAt(i), batch.sumAt(i));
    }
    const redelivered = f.redelivered;
    fn.counters.retries += Math.min(k, Math.ceil(redelivered / size));
    const ok = m - failClean - failPoison;
    queue.done(ok);
    if (ok > 0) {
      fn.counters.received += ok;
      fn.counters.processed += ok;
      // The batches that succeeded (m / k messages each): one object each in a bucket it writes to.
      fn.succeeded(ok, clock, Math.min(k, Math.ceil(ok / (m / k) - 1e-9)));
    }
  }

  /** One cohort of the batch: counted as redelivered when received before, given back when it failed. */
  private readonly settleCohort = (c: number, p: number, t: number, receives: number, sum: number): void => {
    const f = this.fail;
    if (receives > 0) f.redelivered += c;
    if (!f.failing) return;
    const back = this.share.back(c, p);
    if (back > 0) this.queue.giveBack(back, p, t, receives + 1, f.now, back === c ? sum : (sum * back) / c);
  };

  /** The batch's cohorts as they are taken straight from the queue (see `walkAsBatch`). */
  private readonly join = new BatchJoin(this.settleCohort);
}
