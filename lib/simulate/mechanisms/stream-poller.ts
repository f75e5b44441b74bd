import { type EventSourceMappingSettings, type PipelineEdge, recordsPerPayload } from '../../model';
import type { Clock } from '../behaviour';
import { type CohortQueue, firstPoisonIndex, poisonInFront } from '../cohort-queue';
import type { LambdaTarget } from './lambda-work';
import type { LogReader, ShardedLog } from './sharded-log';

/** A failed batch is retried at the shard's next poll, about a second after the last attempt began (bisected halves go at once). */
const RETRY_AFTER_SECONDS = 1;
const EPS = 1e-9;
/** A safety net against pathological settings (zero-length invocations retried forever). */
const MAX_INVOCATIONS_PER_LANE_STEP = 20_000;

/** Part of a batch still to be invoked: a whole batch, a bisected half, or what follows a reported failure. */
interface PendingBatch {
  count: number;
  poison: number;
  /** Poison records known to sit at the very front (after a reported item failure). */
  lead: number;
  /** Entry time of its oldest record. */
  time: number;
  retries: number;
  retry: boolean;
}

interface LaneState {
  busyUntil: number;
  pending: PendingBatch[];
  running: boolean;
  endsAt: number;
  fails: boolean;
  timedOut: boolean;
  startedAt: number;
  /** Invocations left before the next failure that the function's error rate causes. */
  okBeforeRandomFailure: number;
  /** Denied concurrency since it last ran: counted once in `throttledInvocations`, not every step. */
  waitingForConcurrency: boolean;
}

function firstPoison(b: PendingBatch): number {
  if (b.lead > 0) return 0;
  return firstPoisonIndex(b.count, b.poison);
}

/** Split a failing batch in two halves (bisect on error): the front half is retried first. */
function bisect(b: PendingBatch): [PendingBatch, PendingBatch] {
  const front = Math.ceil(b.count / 2);
  const frontPoison = b.lead > 0 ? b.lead + poisonInFront(b.count - b.lead, b.poison - b.lead, front - b.lead) : poisonInFront(b.count, b.poison, front);
  return [
    { count: front, poison: frontPoison, lead: b.lead > 0 ? 1 : 0, time: b.time, retries: b.retries, retry: true },
    { count: b.count - front, poison: b.poison - frontPoison, lead: 0, time: b.time, retries: b.retries, retry: true },
  ];
}

/**
 * An event source mapping from a Kinesis or DynamoDB stream to a function. Per lane (a shard,
 * or its 1/F share with parallelization factor F) one batch is in progress at a time and the
 * lane does not move on until it is done: success, discarded after retries or age, or expired.
 * Lambda reads the shard synchronously, so the records stay the stream's until then.
 */
export class StreamPoller {
  private readonly lanes: LaneState[];
  private readonly batchRecords: number;
  private startLane = 0;
  /** Batches done with, reused by `newBatch` (none is referenced once off a lane). */
  private readonly spare: PendingBatch[] = [];
  /** Invocations that timed out, cumulative (for advice). */
  timeouts = 0;
  /** Batches discarded after retries or age. */
  discardedBatches = 0;
  /** Longest stall: seconds one batch kept failing. */
  longestStallSeconds = 0;

  constructor(
    private readonly log: ShardedLog,
    private readonly reader: LogReader,
    readonly edge: PipelineEdge,
    readonly esm: EventSourceMappingSettings,
    private readonly fn: LambdaTarget,
    recordBytes: number,
  ) {
    // A batch is cut to fit Lambda's synchronous payload.
    this.batchRecords = Math.max(1, Math.min(esm.batchSize, recordsPerPayload(recordBytes)));
    this.lanes = reader.lanes.map(() => ({
      busyUntil: 0,
      pending: [],
      running: false,
      endsAt: 0,
      fails: false,
      timedOut: false,
      startedAt: 0,
      okBeforeRandomFailure: fn.rng.successesBeforeFailure(fn.errorRate),
      waitingForConcurrency: false,
    }));
    reader.oldestInFlight = () => {
      let oldest = Infinity;
      for (const lane of this.lanes) for (const b of lane.pending) if (b.time < oldest) oldest = b.time;
      return oldest;
    };
  }

  /** Records still waiting in this reader's lanes, and how long the oldest has waited (at the last step's end). */
  waiting(): { records: number; oldestSeconds: number } {
    let records = 0;
    let oldest = Infinity;
    for (const lane of this.reader.lanes) {
      records += lane.count;
      if (lane.headTime() < oldest) oldest = lane.headTime();
    }
    return { records, oldestSeconds: records > 0 ? this.lastStepEnd - oldest : 0 };
  }

  private lastStepEnd = 0;

  step(clock: Clock): void {
    this.lastStepEnd = clock.now + clock.dt;
    const n = this.lanes.length;
    const t1 = clock.now + clock.dt;
    const queues = this.reader.lanes;
    for (let j = 0; j < n; j++) {
      const i = (this.startLane + j) % n;
      const lane = this.lanes[i];
      const queue = queues[i];
      if (!lane.running && lane.pending.length === 0 && queue.count === 0) {
        lane.waitingForConcurrency = false; // what it waited for expired
        continue;
      }
      if (lane.busyUntil >= t1 - EPS && !lane.running) continue; // waiting to retry
      if (lane.running) {
        // An invocation already running keeps its execution environment.
        if (this.fn.capacity.claim(1) === 0) this.fn.capacity.book(1, clock.dt);
      } else if (this.fn.capacity.claim(1) === 0) {
        // One invocation waiting, however many steps it waits.
        if (!lane.waitingForConcurrency) this.fn.capacity.throttledInvocations++;
        lane.waitingForConcurrency = true;
        continue;
      }
      lane.waitingForConcurrency = false;
      this.runLane(i, lane, queue, clock, t1);
    }
    // Rotate which lane asks for concurrency first, so a tight limit is shared fairly.
    this.startLane = n > 0 ? (this.startLane + 1) % n : 0;
  }

  private runLane(i: number, lane: LaneState, queue: CohortQueue, clock: Clock, t1: number): void {
    const { esm, fn } = this;
    let cursor = Math.max(lane.busyUntil, clock.now);
    if (lane.running) {
      if (lane.endsAt > t1 + EPS) return;
      cursor = this.finish(lane, clock);
    }
    const retention = this.log.retentionSeconds;
    let guard = 0;
    while (cursor < t1 - EPS && guard++ < MAX_INVOCATIONS_PER_LANE_STEP) {
      if (lane.pending.length === 0) {
        const available = queue.count;
        if (available === 0) break;
        const size = this.batchRecords;
        if (esm.batchingWindowSeconds > 0 && available < size && cursor - queue.headTime() < esm.batchingWindowSeconds) break;
        // Fast path: several full, clean batches that finish within this step, done at once.
        const full = fn.duration(size);
        if (available >= size && full <= fn.timeoutSeconds) {
          const byTime = Math.floor((t1 - cursor) / full + EPS);
          if (byTime >= 2) {
            const clean = queue.cleanRun(size * byTime);
            const k = Math.min(Math.floor(clean / size), byTime, lane.okBeforeRandomFailure);
            if (k > 0) {
              this.log.take(this.reader, i, k * size, cursor);
              lane.okBeforeRandomFailure -= k;
              fn.counters.invocations += k;
              fn.counters.computeSeconds += k * full;
              this.succeed(k * size, clock);
              cursor += k * full;
              continue;
            }
          }
        }
        const m = Math.min(available, size);
        const time = queue.headTime();
        const poison = this.log.take(this.reader, i, m, cursor);
        lane.pending.push(this.newBatch(m, poison, time));
      }
      const batch = lane.pending[lane.pending.length - 1];
      if (cursor - batch.time >= retention) {
        lane.pending.pop();
        this.log.release(this.reader, batch.count, 'expired');
        this.spare.push(batch);
        continue;
      }
      if (esm.maxRecordAgeSeconds >= 0 && cursor - batch.time > esm.maxRecordAgeSeconds) {
        lane.pending.pop();
        this.discard(batch, clock);
        this.spare.push(batch);
        continue;
      }
      const d = fn.duration(batch.count);
      lane.timedOut = d > fn.timeoutSeconds;
      lane.fails = lane.timedOut || batch.poison > 0 || this.randomFailure(lane);
      if (lane.fails) fn.counters.errors++;
      if (lane.timedOut) this.timeouts++;
      if (batch.retry) fn.counters.retries++;
      lane.running = true;
      lane.startedAt = cursor;
      lane.endsAt = cursor + (lane.timedOut ? fn.timeoutSeconds : d);
      fn.counters.invocations++;
      fn.counters.computeSeconds += lane.endsAt - cursor;
      if (lane.endsAt > t1 + EPS) {
        lane.busyUntil = lane.endsAt;
        return;
      }
      cursor = this.finish(lane, clock);
    }
    lane.busyUntil = Math.max(cursor, lane.busyUntil);
  }

  /** A batch object from the spares when there is one: a lane starts a batch nearly every step. */
  private newBatch(count: number, poison: number, time: number): PendingBatch {
    const b = this.spare.pop();
    if (!b) return { count, poison, lead: 0, time, retries: 0, retry: false };
    b.count = count;
    b.poison = poison;
    b.lead = 0;
    b.time = time;
    b.retries = 0;
    b.retry = false;
    return b;
  }

  private randomFailure(lane: LaneState): boolean {
    if (this.fn.errorRate <= 0) return false;
    if (lane.okBeforeRandomFailure > 0) {
      lane.okBeforeRandomFailure--;
      return false;
    }
    lane.okBeforeRandomFailure = this.fn.rng.successesBeforeFailure(this.fn.errorRate);
    return true;
  }

  /** The running invocation ends; returns the time the lane may start its next one. */
  private finish(lane: LaneState, clock: Clock): number {
    lane.running = false;
    const batch = lane.pending[lane.pending.length - 1];
    const end = lane.endsAt;
    if (!lane.fails) {
      lane.pending.pop();
      this.succeed(batch.count, clock);
      this.spare.push(batch);
      return end;
    }
    const stalled = end - batch.time;
    if (stalled > this.longestStallSeconds) this.longestStallSeconds = stalled;
    const retryAt = Math.max(end, lane.startedAt + RETRY_AFTER_SECONDS);
    const { esm } = this;
    const poisonCaused = !lane.timedOut && batch.poison > 0;
    if (esm.reportBatchItemFailures && poisonCaused) {
      // The function reports the first failed record: what precedes it is done.
      const prefix = firstPoison(batch);
      if (prefix > 0) {
        this.succeed(prefix, clock);
        batch.count -= prefix;
        batch.lead = 1;
      }
    }
    if (esm.bisectOnError && batch.count > 1 && !(esm.reportBatchItemFailures && poisonCaused)) {
      lane.pending.pop();
      const [front, back] = bisect(batch);
      lane.pending.push(back, front);
      return end;
    }
    lane.busyUntil = retryAt;
    batch.retries++;
    batch.retry = true;
    if (esm.maxRetryAttempts >= 0 && batch.retries > esm.maxRetryAttempts) {
      lane.pending.pop();
      this.discard(batch, clock);
      this.spare.push(batch);
    }
    return retryAt;
  }

  private succeed(count: number, clock: Clock): void {
    this.log.release(this.reader, count, 'processed');
    this.fn.ctx.countOnEdge(this.edge, count);
    this.fn.counters.received += count;
    this.fn.counters.processed += count;
    this.fn.succeeded(count, clock);
  }

  private discard(batch: PendingBatch, clock: Clock): void {
    this.discardedBatches++;
    this.log.release(this.reader, batch.count, 'processed');
    this.fn.ctx.countOnEdge(this.edge, batch.count);
    this.fn.counters.received += batch.count;
    this.fn.discarded(batch.count, batch.poison, clock);
  }
}
