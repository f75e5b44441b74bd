import type { CohortQueue } from '../cohort-queue';

/** Told of each cohort the batch would hold, front to back (`sum`: the sum of its entry times, as `batch.sumAt`). */
export type EachCohort = (count: number, poison: number, time: number, tag: number, sum: number) => void;

/**
 * The cohort a batch would hold last while pieces are taken into it (see
 * `MessageCohorts.takeJoined`): a piece of equal tag, due and entry time joins it, as
 * `batch.push` joins them, summing entry times from the piece on that makes the batch keep
 * sums; any other piece first hands it to `each`.
 */
export class BatchJoin {
  /** Whether the batch keeps sums (it starts to when a piece's sum is not count × time). */
  summed = false;
  has = false;
  count = 0;
  poison = 0;
  time = 0;
  tag = 0;
  due = 0;
  sum = 0;

  constructor(readonly each: EachCohort) {}

  start(summed: boolean): void {
    this.summed = summed;
    this.has = false;
  }

  /** Hand over the last cohort. */
  finish(): void {
    if (this.has) this.each(this.count, this.poison, this.time, this.tag, this.summed ? this.sum : this.count * this.time);
    this.has = false;
  }
}

/** Where the pieces come from: a MessageCohorts, or an SQS queue (messages received before, then new ones). */
export interface JoinedSource {
  takeJoined(n: number, now: number, join: BatchJoin): void;
}

/**
 * Take `m` records (no more than `source` holds) and report the cohorts that
 * `source.take(m, now, batch)` would leave in the emptied `batch`, without copying them there
 * (issue 17: an SQS poller otherwise copies every returned message's cohort into its batch and
 * reads it back, every step). `batch` is told to keep sums when it would have started to, so
 * later batches stay the same. Only for pieces the batch would not merge by bucket: no more
 * of them than its `merge.above`.
 */
export function walkAsBatch(source: JoinedSource, batch: CohortQueue, m: number, now: number, join: BatchJoin): void {
  join.start(batch.keepsSums);
  source.takeJoined(m, now, join);
  join.finish();
  if (join.summed) batch.startSums();
}
