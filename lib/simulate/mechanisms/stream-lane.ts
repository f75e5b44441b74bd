import type { PendingBatch } from './stream-batch';

/*
 * A stream poller's lanes (see stream-poller.ts): a shard, or its 1/F share with
 * parallelization factor F, each working on one batch at a time.
 */

/**
 * What a lane is doing. Only a running invocation holds an execution environment, and only for
 * the part of each step it runs (Little's law: concurrency is busy time over the step); an
 * idle lane polls its shard without invoking, so it holds none.
 */
export type LaneState =
  | { readonly kind: 'idle' }
  | Running
  | { readonly kind: 'waiting-to-retry'; readonly until: number }
  /** Denied concurrency: counted once in the function's `throttles` when it starts waiting, not every step. */
  | { readonly kind: 'waiting-for-concurrency' };

/**
 * An invocation in progress. `share`: the part of the time an environment is held (a bisection
 * episode waits between retries). Each lane reuses one (it runs one invocation at a time and
 * starts one nearly every step).
 */
export interface Running {
  readonly kind: 'running';
  startedAt: number;
  endsAt: number;
  fails: boolean;
  timedOut: boolean;
  share: number;
}

export const IDLE: LaneState = { kind: 'idle' };
export const WAITING_FOR_CONCURRENCY: LaneState = { kind: 'waiting-for-concurrency' };

export interface Lane {
  /** Its place in the poller's lanes (and in `runEnds`/`runShares`). */
  readonly index: number;
  state: LaneState;
  /** The batch being worked on, on top (after a bisect, the halves still to go below it). */
  readonly pending: PendingBatch[];
  /** Invocations left before the next failure that the function's error rate causes. */
  okBeforeRandomFailure: number;
  /** The lane's one running state, filled in by `startRun`. */
  readonly run: Running;
  /**
   * The lane's own batch object: every batch it cuts from its records (only ever with none
   * pending, so it is then free) is this one; only bisected halves come from the poller's spares.
   * Allocated with the lane, it sits near it in memory, where a backlogged lane's every step reads it.
   */
  readonly batch: PendingBatch;
}

/** A lane at the start: idle, nothing pending. */
export function newLane(index: number, okBeforeRandomFailure: number): Lane {
  return {
    index,
    state: IDLE,
    pending: [],
    okBeforeRandomFailure,
    run: { kind: 'running', startedAt: 0, endsAt: 0, fails: false, timedOut: false, share: 1 },
    batch: { count: 0, poison: 0, lead: 0, time: 0, retries: 0, retry: false, episode: undefined },
  };
}

/** The lane's invocation from `startedAt` to `endsAt`, in its reused running state (the previous one is finished with). */
export function startRun(lane: Lane, startedAt: number, endsAt: number, fails: boolean, timedOut: boolean, share: number): Running {
  const run = lane.run;
  run.startedAt = startedAt;
  run.endsAt = endsAt;
  run.fails = fails;
  run.timedOut = timedOut;
  run.share = share;
  return run;
}
