import { ASYNC_RETRY_DELAY_SECONDS } from '../../model';
import type { Clock } from '../behaviour';
import { CohortQueue } from '../cohort-queue';
import type { LambdaTarget } from './lambda-work';
import { WaitTally } from './wait-tally';

/** Lambda waits 1 minute before the first retry of an asynchronous event and 2 before the second. */
const RETRY_DELAY_SECONDS = ASYNC_RETRY_DELAY_SECONDS;

/**
 * A function's queue of asynchronous events (S3, SNS, IoT, EventBridge schedules): one record
 * per event. Events wait while the function has no free concurrency, are retried up to
 * `asyncMaxRetries` times after a failure, then go to the on-failure destination (or are
 * dropped); events older than `maxEventAgeSeconds` expire.
 * Cohort tags hold the attempts made so far.
 */
/**
 * Cohorts the waiting events keep one per step before merging (issue 17): a function starved of
 * concurrency for hours holds a cohort per step of its backlog, and expiry, which must look at
 * every cohort (retried events rejoin behind newer ones), then cost a pass over all of them
 * every step. Past this many, events that entered within the same 1/1440 of the maximum event
 * age (15 s of the default 6 hours) share a cohort: they expire with the oldest of them, at
 * most that early, and their waits stay exact (the cohort keeps the sum of entry times).
 */
const WAITING_MERGE_ABOVE = 1024;

export class AsyncEvents {
  private readonly waiting: CohortQueue;
  /** One queue per retry number: within each, events come due in the order they failed. */
  private readonly retrying: CohortQueue[];
  /** Read front to back, never asked its oldest entry time. */
  private readonly batch = new CohortQueue(8, undefined, { oldest: false });
  /** Events in the retry queues, kept as they move so `backlog()` (every node, every step) need not add them up. */
  private retryingCount = 0;
  /**
   * Events that waited a step or more for concurrency, cumulative: each counted once however
   * long it waits (an event retried after a failure is a new invocation and counts again).
   */
  waitedForConcurrency = 0;
  timeouts = 0;
  /** The events at the front of `waiting` already counted in `waitedForConcurrency`. */
  private readonly tally = new WaitTally();
  /** Counted events removed by expiry in this step (see `countExpired`). */
  private countedExpired = 0;
  /** Told of each cohort that expires from `waiting`: the part of it within the counted front. */
  private readonly countExpired = (count: number, _poison: number, ahead: number): void => {
    const overlap = Math.min(this.tally.front, ahead + count) - ahead;
    if (overlap > 0) this.countedExpired += overlap;
  };

  /** How long one event's invocation lasts (cut at the timeout), and whether it timed out: fixed by the function. */
  private run = NaN;
  private timedOut = false;

  constructor(
    private readonly fn: LambdaTarget,
    private readonly maxRetries: number,
    private readonly maxEventAgeSeconds: number,
  ) {
    this.retrying = Array.from({ length: Math.max(0, maxRetries) }, () => new CohortQueue());
    this.waiting = new CohortQueue(8, { above: WAITING_MERGE_ABOVE, bucketSeconds: Math.max(1, maxEventAgeSeconds / 1440) });
  }

  /** Cohorts of events waiting (bounded: see WAITING_MERGE_ABOVE). */
  get waitingCohorts(): number {
    return this.waiting.cohorts;
  }

  receive(count: number, poison: number, clock: Clock): void {
    this.fn.counters.received += count;
    this.waiting.push(count, poison, clock.now);
  }

  step(clock: Clock): void {
    const { fn } = this;
    const { now } = clock;
    if (this.waiting.count === 0 && this.backlog() === 0) return;
    // No retry waiting (the usual case): nothing to look at in the retry queues.
    if (this.retryingCount > 0) this.retryDue(now);
    const cutoff = now - this.maxEventAgeSeconds;
    // Every event entered at time 0 or later: until the maximum age has passed once (6 hours
    // by default) none can be old enough, so the queues are not searched.
    if (cutoff >= 0) this.expire(cutoff, clock);
    if (this.waiting.count === 0) {
      this.tally.atMost(0);
      return;
    }
    // An event's invocation always lasts the same: worked out on the first step with events.
    if (Number.isNaN(this.run)) this.workOutRun();
    const { run, timedOut } = this;
    const k = Math.min(this.waiting.count, fn.capacity.startable(run));
    // The k events starting now leave from the front: of those left, only new waits count.
    this.tally.atMost(this.waiting.count);
    const newlyWaiting = this.tally.settle(k, this.waiting.count - k);
    if (newlyWaiting > 0) {
      this.waitedForConcurrency += newlyWaiting;
      fn.counters.throttles += newlyWaiting;
    }
    if (k <= 0) return;
    let ok = 0;
    const waiting = this.waiting;
    if (k === waiting.count && waiting.cohorts === 1) {
      // Every waiting event starts and they are one cohort (the usual case: the events of one
      // step): it is read where it waits rather than copied into the batch first.
      const c = waiting.headCount();
      const p = waiting.headPoison();
      const t = waiting.headTime();
      const attempts = waiting.headTag();
      waiting.take(k, now);
      this.start(k, run, timedOut);
      ok = this.invoke(c, p, t, attempts, timedOut, clock);
    } else {
      this.batch.clear();
      waiting.take(k, now, this.batch);
      this.start(k, run, timedOut);
      const batch = this.batch;
      for (let i = 0; i < batch.cohorts; i++) ok += this.invoke(batch.countAt(i), batch.poisonAt(i), batch.timeAt(i), batch.tagAt(i), timedOut, clock);
    }
    if (ok > 0) {
      fn.counters.processed += ok;
      fn.succeeded(ok, clock);
    }
  }

  /** `k` invocations of `run` seconds each start now. */
  private start(k: number, run: number, timedOut: boolean): void {
    const { fn } = this;
    fn.capacity.book(k, run);
    fn.counters.invocations += k;
    fn.counters.computeSeconds += k * run;
    if (timedOut) this.timeouts += k;
  }

  /**
   * One cohort of `c` events (`p` poison), entered at `time`, tried `attempts` times before, is
   * invoked: the failed ones are retried or given up on. Returns how many succeeded.
   */
  private invoke(c: number, p: number, time: number, attempts: number, timedOut: boolean, clock: Clock): number {
    const { fn } = this;
    if (attempts > 0) fn.counters.retries += c;
    const failed = timedOut ? c : p + fn.rng.binomial(c - p, fn.errorRate);
    if (failed === 0) return c;
    fn.counters.errors += failed;
    if (attempts + 1 > this.maxRetries) fn.discarded(failed, p, clock);
    else {
      this.retrying[attempts].push(failed, p, time, attempts + 1, clock.now + RETRY_DELAY_SECONDS * (attempts + 1));
      this.retryingCount += failed;
    }
    return c - failed;
  }

  /** Retries whose delay ended rejoin the events waiting. */
  private retryDue(now: number): void {
    for (const q of this.retrying) {
      while (q.cohorts > 0 && q.headDue() <= now) {
        this.retryingCount -= q.headCount();
        this.waiting.push(q.headCount(), q.headPoison(), q.headTime(), q.headTag());
        q.dropHead();
      }
    }
  }

  /** Drop the events that entered at or before `cutoff`, wherever they wait. */
  private expire(cutoff: number, clock: Clock): void {
    const { fn } = this;
    // Expiry removes the events that entered first, wherever they wait (a retried event
    // rejoins behind newer ones): take out of `counted` exactly the counted ones it removes.
    this.countedExpired = 0;
    let old = this.waiting.expireEnteredBy(cutoff, this.countExpired);
    this.tally.forget(this.countedExpired);
    for (const q of this.retrying) {
      const n = q.expireEnteredBy(cutoff);
      this.retryingCount -= n;
      old += n;
    }
    if (old > 0) {
      fn.counters.expired += old;
      if (fn.onFailure.length > 0) {
        fn.counters.rescued += old;
        for (const e of fn.onFailure) fn.ctx.send(e, old, 0, clock);
      }
    }
  }

  private workOutRun(): void {
    const { fn } = this;
    const full = fn.duration(1);
    this.timedOut = full > fn.timeoutSeconds;
    this.run = this.timedOut ? fn.timeoutSeconds : full;
  }

  backlog(): number {
    return this.waiting.count + this.retryingCount;
  }

  oldestTime(): number {
    let t = this.waiting.oldestTime();
    if (this.retryingCount > 0) for (const q of this.retrying) t = Math.min(t, q.headTime());
    return t;
  }
}

/**
 * Synchronous calls (API Gateway): each call runs now or is refused. A refused call is
 * throttled and a failed one is returned to the client: both count as dropped here.
 */
export class SyncCalls {
  private count = 0;
  private poison = 0;
  timeouts = 0;

  constructor(private readonly fn: LambdaTarget) {}

  receive(count: number, poison: number): void {
    this.fn.counters.received += count;
    this.count += count;
    this.poison += poison;
  }

  step(clock: Clock): void {
    const { fn } = this;
    const n = this.count;
    if (n === 0) return;
    const p = this.poison;
    this.count = 0;
    this.poison = 0;
    const full = fn.duration(1);
    const timedOut = full > fn.timeoutSeconds;
    const run = timedOut ? fn.timeoutSeconds : full;
    const k = Math.min(n, fn.capacity.startable(run));
    fn.capacity.book(k, run);
    fn.counters.invocations += k;
    fn.counters.computeSeconds += k * run;
    const refused = n - k;
    if (refused > 0) {
      fn.counters.throttled += refused;
      fn.counters.throttles += refused;
    }
    // The refused calls are taken evenly from poison and clean ones.
    const poisonRun = k === n ? p : Math.round((p * k) / n);
    const failed = timedOut ? k : poisonRun + fn.rng.binomial(k - poisonRun, fn.errorRate);
    if (timedOut) this.timeouts += k;
    fn.counters.errors += failed;
    fn.counters.failed += failed;
    const ok = k - failed;
    if (ok > 0) {
      fn.counters.processed += ok;
      fn.succeeded(ok, clock);
    }
  }

  backlog(): number {
    return this.count;
  }
}
