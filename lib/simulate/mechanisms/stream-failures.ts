import type { EventSourceMappingSettings } from '../../model';
import type { Clock } from '../behaviour';
import { type BisectEpisode, BisectEpisodes } from './bisect-episode';
import { bisect, firstPoison, type PendingBatch } from './stream-batch';
import type { LambdaTarget } from './lambda-work';
import type { Lane, Running } from './stream-lane';

/** A failed batch is retried at the shard's next poll, about a second after the last attempt began (bisected halves go at once). */
const RETRY_AFTER_SECONDS = 1;

/** What becomes of records a failed batch is done with: the poller's accounting. */
export interface BatchOutcomes {
  succeed(count: number, clock: Clock): void;
  discardRecords(count: number, poison: number, clock: Clock): void;
}

/**
 * What a stream mapping does with a batch whose invocation failed, by its error-handling
 * settings (https://docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html):
 * a reported item failure completes the records before it, bisect on error splits the batch
 * (worked out at once as an episode where that is exact), otherwise the batch is retried a
 * second later until maxRetryAttempts, then discarded. Also the spare batch objects that
 * bisected halves are cut into (the lanes' own batches stay with them).
 */
export class StreamFailures {
  /** Longest stall: seconds one batch kept failing. */
  longestStallSeconds = 0;
  private readonly episodes: BisectEpisodes | undefined;
  /** Batches done with, reused by `newBatch` (none is referenced once off a lane). */
  private readonly spare: PendingBatch[] = [];

  constructor(
    private readonly esm: EventSourceMappingSettings,
    private readonly fn: LambdaTarget,
    private readonly retentionSeconds: number,
    private readonly outcomes: BatchOutcomes,
  ) {
    if (esm.bisectOnError && esm.maxRetryAttempts >= 0) this.episodes = new BisectEpisodes({ duration: (n) => fn.duration(n), maxRetryAttempts: esm.maxRetryAttempts, retryAfterSeconds: RETRY_AFTER_SECONDS });
  }

  /**
   * The lane's top batch failed in `run`: it is bisected, retried or discarded. Returns the
   * time the lane may start its next invocation.
   */
  afterFailure(lane: Lane, batch: PendingBatch, run: Running, clock: Clock): number {
    const end = run.endsAt;
    const stalled = end - batch.time;
    if (stalled > this.longestStallSeconds) this.longestStallSeconds = stalled;
    const retryAt = Math.max(end, run.startedAt + RETRY_AFTER_SECONDS);
    const { esm } = this;
    const poisonCaused = !run.timedOut && batch.poison > 0;
    if (esm.reportBatchItemFailures && poisonCaused) {
      // The function reports the first failed record: what precedes it is done.
      const prefix = firstPoison(batch);
      if (prefix > 0) {
        this.outcomes.succeed(prefix, clock);
        batch.count -= prefix;
        batch.lead = 1;
      }
    }
    if (esm.bisectOnError && batch.count > 1 && !(esm.reportBatchItemFailures && poisonCaused)) {
      const episode = run.timedOut ? undefined : this.episodeAfter(lane, batch, end);
      if (episode) {
        batch.episode = episode;
        return end;
      }
      // The batch stays on the lane as the back half; the front half goes on top.
      const front = this.newBatch(0, 0, 0);
      bisect(batch, front);
      lane.pending.push(front);
      return end;
    }
    batch.retries++;
    batch.retry = true;
    if (esm.maxRetryAttempts >= 0 && batch.retries > esm.maxRetryAttempts) {
      lane.pending.pop();
      this.outcomes.discardRecords(batch.count, batch.poison, clock);
      this.putBack(lane, batch);
    }
    lane.state = { kind: 'waiting-to-retry', until: retryAt };
    return retryAt;
  }

  /**
   * The rest of a failed batch's bisection as one episode, when it is the same as invoking it
   * piece by piece: a fresh batch (no retries or reported failure yet), no random failure due
   * among its successful invocations, and no piece that would pass the maximum record age or
   * the retention period before it starts. Otherwise undefined: the pieces go one by one.
   */
  private episodeAfter(lane: Lane, batch: PendingBatch, end: number): BisectEpisode | undefined {
    if (!this.episodes || batch.lead > 0 || batch.retries > 0) return undefined;
    const ep = this.episodes.afterFailure(batch.count, batch.poison);
    if (this.fn.errorRate > 0 && lane.okBeforeRandomFailure < ep.successes) return undefined;
    const age = end + ep.wall - batch.time;
    if (age >= this.retentionSeconds || (this.esm.maxRecordAgeSeconds >= 0 && age > this.esm.maxRecordAgeSeconds)) return undefined;
    if (this.fn.errorRate > 0) lane.okBeforeRandomFailure -= ep.successes;
    return ep;
  }

  /** A bisection episode ends: its successful halves are done, its poison records discarded one by one. */
  endEpisode(lane: Lane, batch: PendingBatch, startedAt: number, end: number, clock: Clock): number {
    const ep = batch.episode!;
    lane.pending.pop();
    const stalled = startedAt + ep.lastFailure - batch.time;
    if (stalled > this.longestStallSeconds) this.longestStallSeconds = stalled;
    if (ep.succeeded > 0) this.outcomes.succeed(ep.succeeded, clock);
    for (let k = 0; k < ep.discarded; k++) this.outcomes.discardRecords(1, 1, clock);
    this.putBack(lane, batch);
    return end;
  }

  /** A batch off its lane: a bisected half goes back to the spares (the lane's own stays with it). */
  putBack(lane: Lane, batch: PendingBatch): void {
    if (batch !== lane.batch) this.spare.push(batch);
  }

  /** A batch object for a bisected half, from the spares when there is one. */
  private newBatch(count: number, poison: number, time: number): PendingBatch {
    const b = this.spare.pop();
    if (!b) return { count, poison, lead: 0, time, retries: 0, retry: false, episode: undefined };
    return refill(b, count, poison, time);
  }
}

/** A batch cut from the front of the lane's records, with none pending: the lane's own batch object. */
export function cutBatch(lane: Lane, count: number, poison: number, time: number): PendingBatch {
  return refill(lane.batch, count, poison, time);
}

/** A batch object made fresh again: `count` records from `time`, not yet tried. */
function refill(b: PendingBatch, count: number, poison: number, time: number): PendingBatch {
  b.count = count;
  b.poison = poison;
  b.lead = 0;
  b.time = time;
  b.retries = 0;
  b.retry = false;
  b.episode = undefined;
  return b;
}
