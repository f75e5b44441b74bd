import { poisonInFront } from '../cohort-queue';

/**
 * What bisect on error does with a failed stream batch, worked out at once rather than
 * invocation by invocation (issue 17: a poison record costs about twenty invocations, and a
 * step's cost must not grow with poison records or retries).
 *
 * Lambda splits a failed batch in two and retries each half, the front one first; a half that
 * fails again is split again, down to single records, and a single record that keeps failing
 * is retried up to maximumRetryAttempts times, then discarded
 * (https://docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html).
 * Poison records are spread evenly over a batch (`poisonInFront`), so the whole tree follows
 * from the batch's size and poison count: the same invocations, in the same order, as the
 * step-by-step path in `StreamPoller`, provided no random failure (the function's error rate)
 * falls among its successful invocations; the poller checks that before using it.
 */
export interface BisectEpisode {
  invocations: number;
  /** Failed invocations (every one but the successful halves). */
  errors: number;
  /** Successful invocations: each consumes one of the lane's invocations before a random failure. */
  successes: number;
  /** Seconds of invocations, summed (compute time and the environment held). */
  busy: number;
  /** Seconds from the first invocation's start to the lane being free again (retries wait for the next poll). */
  wall: number;
  /** Records in the halves that succeeded. */
  succeeded: number;
  /** Single records discarded after their retries (all poison). */
  discarded: number;
  /** Seconds from the start to the end of the last failed invocation (-Infinity when none failed). */
  lastFailure: number;
}

export interface EpisodeSettings {
  /** Seconds one invocation with this many records takes. */
  duration: (records: number) => number;
  /** maximumRetryAttempts, at least 0 (unlimited retries never end an episode). */
  maxRetryAttempts: number;
  /** A failed single record is retried at the next poll, this long after its attempt began. */
  retryAfterSeconds: number;
}

/** Episodes of the pieces of a batch, by size and poison count: the same pieces recur batch after batch. */
export class BisectEpisodes {
  private readonly memo = new Map<number, BisectEpisode>();

  constructor(private readonly s: EpisodeSettings) {}

  /** What follows the failure of a whole batch of `count` records holding `poison`: its two halves, front first. */
  afterFailure(count: number, poison: number): BisectEpisode {
    const front = Math.ceil(count / 2);
    const frontPoison = poisonInFront(count, poison, front);
    return join(this.piece(front, frontPoison), this.piece(count - front, poison - frontPoison));
  }

  /** A piece invoked (as a retry): it succeeds, or fails and splits, or is a single record retried then discarded. */
  piece(count: number, poison: number): BisectEpisode {
    const key = count * 65536 + poison;
    const known = this.memo.get(key);
    if (known) return known;
    const d = this.s.duration(count);
    let e: BisectEpisode;
    if (poison <= 0) e = { invocations: 1, errors: 0, successes: 1, busy: d, wall: d, succeeded: count, discarded: 0, lastFailure: -Infinity };
    else if (count <= 1) {
      // Each attempt holds the lane until the next poll, even the last (the lane moves on then).
      const attempts = this.s.maxRetryAttempts + 1;
      const each = Math.max(d, this.s.retryAfterSeconds);
      e = { invocations: attempts, errors: attempts, successes: 0, busy: attempts * d, wall: attempts * each, succeeded: 0, discarded: 1, lastFailure: (attempts - 1) * each + d };
    } else {
      const own: BisectEpisode = { invocations: 1, errors: 1, successes: 0, busy: d, wall: d, succeeded: 0, discarded: 0, lastFailure: d };
      const front = Math.ceil(count / 2);
      const frontPoison = poisonInFront(count, poison, front);
      e = join(own, join(this.piece(front, frontPoison), this.piece(count - front, poison - frontPoison)));
    }
    if (key < Number.MAX_SAFE_INTEGER && poison < 65536) this.memo.set(key, e);
    return e;
  }
}

/** `a` then `b`, one after the other on the lane. */
function join(a: BisectEpisode, b: BisectEpisode): BisectEpisode {
  return {
    invocations: a.invocations + b.invocations,
    errors: a.errors + b.errors,
    successes: a.successes + b.successes,
    busy: a.busy + b.busy,
    wall: a.wall + b.wall,
    succeeded: a.succeeded + b.succeeded,
    discarded: a.discarded + b.discarded,
    lastFailure: Math.max(a.lastFailure, a.wall + b.lastFailure),
  };
}
