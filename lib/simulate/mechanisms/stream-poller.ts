import { type EventSourceMappingSettings, type PipelineEdge, recordsPerPayload } from '../../model';
import type { Clock } from '../behaviour';
import type { PendingBatch } from './stream-batch';
import { cutBatch, StreamFailures } from './stream-failures';
import type { LambdaTarget } from './lambda-work';
import type { LaneCohorts } from './lane-cohorts';
import type { LogReader, ShardedLog } from './sharded-log';
import { IDLE, type Lane, newLane, type Running, startRun, WAITING_FOR_CONCURRENCY } from './stream-lane';

const EPS = 1e-9;
/** A safety net against pathological settings (zero-length invocations retried forever). */
const MAX_INVOCATIONS_PER_LANE_STEP = 20_000;

/**
 * An event source mapping from a Kinesis or DynamoDB stream to a function. Per lane (a shard,
 * or its 1/F share with parallelization factor F) one batch is in progress at a time and the
 * lane does not move on until it is done: success, discarded after retries or age, or expired.
 * Lambda reads the shard synchronously, so the records stay the stream's until then.
 */
export class StreamPoller {
  private readonly lanes: Lane[];
  /**
   * Per lane, when its running invocation ends (-Infinity while it runs none) and the share of
   * that time it holds an environment: kept beside `state` so that the step's two passes over
   * the lanes (book what runs on, skip what still runs) read two dense arrays rather than
   * every lane's state object. Set with the running state, cleared when it finishes.
   */
  private readonly runEnds: Float64Array;
  private readonly runShares: Float64Array;
  private readonly batchRecords: number;
  /**
   * How long a full batch runs: the function's duration depends only on the record count, and a
   * backlogged lane invokes a full batch every step (the heavy benchmark's lanes nearly always).
   */
  private readonly fullDuration: number;
  private startLane = 0;
  /** Invocations that timed out, cumulative (for advice). */
  timeouts = 0;
  /** Batches discarded after retries or age. */
  discardedBatches = 0;
  /** Longest stall: seconds one batch kept failing. */
  get longestStallSeconds(): number {
    return this.failures.longestStallSeconds;
  }
  /** Retries, bisection and discarding of failed batches (the mapping's error handling). */
  private readonly failures: StreamFailures;
  /** Lane-steps with records to read, and those of them that stopped at the lane's read limit with records left (for advice). */
  laneStepsWithRecords = 0;
  laneStepsReadLimited = 0;

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
    this.fullDuration = fn.duration(this.batchRecords);
    this.failures = new StreamFailures(esm, fn, log.retentionSeconds, {
      succeed: (count, clock) => this.succeed(count, clock),
      discardRecords: (count, poison, clock) => this.discardRecords(count, poison, clock),
    });
    this.lanes = reader.lanes.map((_, index) => newLane(index, fn.rng.successesBeforeFailure(fn.errorRate)));
    this.runEnds = new Float64Array(this.lanes.length).fill(-Infinity);
    this.runShares = new Float64Array(this.lanes.length);
    // A lane's oldest record: its batches all share the entry time of the batch first cut (a
    // new batch is cut only when none is pending; bisected halves and what follows a reported
    // failure keep its time), and that batch was cut from the front of the lane, which stays in
    // entry order, so what still waits there entered no earlier. With a batch pending, the
    // bottom one answers for the lane; without, the lane's head.
    const lanes = this.lanes;
    reader.oldest = () => {
      const queues = reader.lanes;
      let oldest = Infinity;
      for (let i = 0; i < lanes.length; i++) {
        const pending = lanes[i].pending;
        const t = pending.length > 0 ? pending[0].time : queues[i].headTime();
        if (t < oldest) oldest = t;
      }
      return oldest;
    };
  }

  /** Whether the mapping reads through its own enhanced fan-out consumer. */
  get enhancedFanOut(): boolean {
    return this.reader.enhancedFanOut;
  }

  /** Standard readers sharing each shard's read limit with this one (itself included). */
  get standardReaders(): number {
    return this.log.standardReaders;
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
  /**
   * Records read along the mapping's edge in this step, counted on it once at the step's end
   * rather than per batch: whole records, so the edge's flow is the same sum in any order, and
   * nothing reads it before every node has stepped.
   */
  private edgeRecords = 0;

  step(clock: Clock): void {
    const now = clock.now;
    const t1 = now + clock.dt;
    this.lastStepEnd = t1;
    const capacity = this.fn.capacity;
    // Invocations running on from an earlier step keep their environment for the part of this
    // step they still run, before any lane asks for a new one.
    const lanes = this.lanes;
    const n = lanes.length;
    const { runEnds, runShares } = this;
    for (let i = 0; i < n; i++) {
      const endsAt = runEnds[i];
      if (endsAt > now) capacity.book(1, (Math.min(endsAt, t1) - now) * runShares[i]);
    }
    const queues = this.reader.lanes;
    const readLimit = this.log.readLimitPerLane(this.reader, clock.dt);
    // Hoisted: a lane still running past the step's end is skipped on one comparison.
    const runsPast = t1 + EPS;
    let firstWaiting = -1;
    // Lanes in round-robin order from startLane, without a modulo per lane.
    let i = this.startLane - 1;
    for (let j = 0; j < n; j++) {
      if (++i >= n) i = 0;
      if (runEnds[i] > runsPast) continue;
      const lane = lanes[i];
      const st = lane.state;
      const queue = queues[i];
      const wasWaiting = st.kind === 'waiting-for-concurrency';
      let cursor = now;
      if (st.kind === 'running') cursor = this.finish(lane, st, clock);
      if (lane.state.kind === 'waiting-to-retry') {
        if (lane.state.until >= t1 - EPS) continue;
        cursor = Math.max(cursor, lane.state.until);
      }
      if (lane.pending.length === 0 && queue.count === 0) {
        lane.state = IDLE; // polls the shard, invokes nothing (a wait for concurrency ends with nothing to do)
        continue;
      }
      if (this.startFullBatch(lane, queue, clock, cursor, t1, readLimit) || this.invokeAllWaiting(lane, queue, clock, cursor, t1, readLimit)) continue;
      this.runLane(lane, queue, clock, cursor, t1, wasWaiting, readLimit);
      if (firstWaiting < 0 && lane.state.kind === 'waiting-for-concurrency') firstWaiting = i;
    }
    // A tight concurrency limit is shared round-robin: the first lane left waiting asks first
    // next step (moving the start by one lane a step left the lanes at the end of a long
    // rotation waiting for minutes while the others were served every second).
    this.startLane = firstWaiting >= 0 ? firstWaiting : n > 0 ? (this.startLane + 1) % n : 0;
    if (this.edgeRecords > 0) {
      this.fn.ctx.countOnEdge(this.edge, this.edgeRecords);
      this.edgeRecords = 0;
    }
  }

  /**
   * Invoke batches from `start` until the step ends, the lane runs out of records, or the
   * function's free concurrency is used up: the lane may keep environments busy for at most
   * free × dt seconds of this step, and starts an invocation only when what it runs of this
   * step fits in what is left. It reads at most `readLimit` records (its share of the shard's
   * read limit).
   */
  private runLane(lane: Lane, queue: LaneCohorts, clock: Clock, start: number, t1: number, wasWaiting: boolean, readLimit: number): void {
    let readLeft = readLimit;
    const { esm, fn } = this;
    const budget = fn.capacity.free() * clock.dt;
    let busy = 0;
    let starved = false;
    let cursor = start;
    lane.state = IDLE;
    const retention = this.log.retentionSeconds;
    let guard = 0;
    if (queue.count > 0) this.laneStepsWithRecords++;
    while (cursor < t1 - EPS && guard++ < MAX_INVOCATIONS_PER_LANE_STEP) {
      if (lane.pending.length === 0) {
        const available = Math.min(queue.count, readLeft);
        if (available <= 0) {
          // Records wait, but the lane has read all its share of the shard's read limit this step.
          if (queue.count > 0 && readLeft <= 0) this.laneStepsReadLimited++;
          break;
        }
        const size = this.batchRecords;
        if (esm.batchingWindowSeconds > 0 && available < size && cursor - queue.headTime() < esm.batchingWindowSeconds) break;
        // Fast path: several full, clean batches that finish within this step, done at once
        // (two need more than one's time left in the step: a backlogged lane seldom has it).
        const full = available >= size ? this.fullDuration : -1;
        if (full >= 0 && full <= fn.timeoutSeconds && t1 - cursor > full) {
          const byTime = Math.min(Math.floor((t1 - cursor) / full + EPS), Math.floor((budget - busy) / full + EPS));
          if (byTime >= 2) {
            const clean = queue.cleanRun(size * byTime);
            const k = Math.min(Math.floor(Math.min(clean, available) / size), byTime, lane.okBeforeRandomFailure);
            if (k > 0) {
              readLeft -= k * size;
              this.log.take(this.reader, queue, k * size, cursor);
              lane.okBeforeRandomFailure -= k;
              fn.counters.invocations += k;
              fn.counters.computeSeconds += k * full;
              this.succeed(k * size, clock);
              cursor += k * full;
              busy += k * full;
              continue;
            }
          }
        }
        const m = Math.min(available, size);
        const time = queue.headTime();
        // A full batch that runs past the step's end (a backlogged lane's usual one) is not
        // for the in-place path: skip its checks, which would say no.
        const endsAt = m === size && cursor + full > t1 + EPS ? -1 : this.invokeCleanBatch(lane, queue, m, time, cursor, t1, budget - busy, clock);
        if (endsAt >= 0) {
          // One clean batch that ended within the step, as the general path below counts it.
          readLeft -= m;
          busy += Math.min(endsAt, t1) - cursor;
          cursor = endsAt;
          continue;
        }
        const poison = this.log.take(this.reader, queue, m, cursor);
        readLeft -= m;
        lane.pending.push(cutBatch(lane, m, poison, time));
      }
      const batch = lane.pending[lane.pending.length - 1];
      if (cursor - batch.time >= retention) {
        lane.pending.pop();
        this.log.release(this.reader, batch.count, 'expired');
        this.failures.putBack(lane, batch);
        continue;
      }
      if (esm.maxRecordAgeSeconds >= 0 && cursor - batch.time > esm.maxRecordAgeSeconds) {
        lane.pending.pop();
        this.discard(batch, clock);
        this.failures.putBack(lane, batch);
        continue;
      }
      if (batch.episode) {
        const ep = batch.episode;
        const endsAt = cursor + ep.wall;
        const share = ep.wall > 0 ? ep.busy / ep.wall : 1;
        const held = (Math.min(endsAt, t1) - cursor) * share;
        if (held > budget - busy + EPS) {
          starved = true;
          break;
        }
        fn.counters.invocations += ep.invocations;
        fn.counters.retries += ep.invocations;
        fn.counters.errors += ep.errors;
        fn.counters.computeSeconds += ep.busy;
        busy += held;
        const running = startRun(lane, cursor, endsAt, false, false, share);
        if (endsAt > t1 + EPS) {
          this.keepRunning(lane, running);
          break;
        }
        cursor = this.finish(lane, running, clock);
        continue;
      }
      const d = this.duration(batch.count);
      const timedOut = d > fn.timeoutSeconds;
      const endsAt = cursor + (timedOut ? fn.timeoutSeconds : d);
      if (Math.min(endsAt, t1) - cursor > budget - busy + EPS) {
        // Not enough of an environment left in this step for the invocation: it waits.
        starved = true;
        break;
      }
      fn.counters.invocations++;
      fn.counters.computeSeconds += endsAt - cursor;
      const fails = timedOut || batch.poison > 0 || this.randomFailure(lane);
      if (fails) fn.counters.errors++;
      if (timedOut) this.timeouts++;
      if (batch.retry) fn.counters.retries++;
      const running = startRun(lane, cursor, endsAt, fails, timedOut, 1);
      busy += Math.min(running.endsAt, t1) - cursor;
      if (running.endsAt > t1 + EPS) {
        this.keepRunning(lane, running);
        break;
      }
      cursor = this.finish(lane, running, clock);
    }
    if (busy > 0) fn.capacity.book(1, busy);
    if (starved) {
      // One invocation waiting, however many steps it waits.
      if (!wasWaiting) fn.counters.throttles++;
      lane.state = WAITING_FOR_CONCURRENCY;
    }
  }

  /**
   * A backlogged lane's usual step (nearly every lane-step of the heavy benchmark): a full batch
   * from the lane's waiting records, started at `cursor` and running past the step's end. The
   * same checks, counts and order as `runLane`'s general path for it, without its loop; false,
   * having changed nothing, when anything else may happen (several batches or one that ends in
   * the step, fewer records than a batch, a timeout, age or retention, too little concurrency).
   */
  private startFullBatch(lane: Lane, queue: LaneCohorts, clock: Clock, cursor: number, t1: number, readLimit: number): boolean {
    const { fn, esm } = this;
    const size = this.batchRecords;
    const full = this.fullDuration;
    if (lane.pending.length > 0 || !(cursor < t1 - EPS) || Math.min(queue.count, readLimit) < size) return false;
    if (full > fn.timeoutSeconds || t1 - cursor > full || !(cursor + full > t1 + EPS)) return false;
    const time = queue.headTime();
    if (cursor - time >= this.log.retentionSeconds || (esm.maxRecordAgeSeconds >= 0 && cursor - time > esm.maxRecordAgeSeconds)) return false;
    const endsAt = cursor + full;
    const held = Math.min(endsAt, t1) - cursor;
    if (held > fn.capacity.free() * clock.dt + EPS) return false;
    this.laneStepsWithRecords++;
    const poison = this.log.take(this.reader, queue, size, cursor);
    lane.pending.push(cutBatch(lane, size, poison, time));
    fn.counters.invocations++;
    fn.counters.computeSeconds += endsAt - cursor;
    const fails = poison > 0 || this.randomFailure(lane);
    if (fails) fn.counters.errors++;
    this.keepRunning(lane, startRun(lane, cursor, endsAt, fails, false, 1));
    if (held > 0) fn.capacity.book(1, held);
    return true;
  }

  /**
   * A lane keeping up (most lane-steps of a day once traffic falls): everything waiting in it,
   * fewer records than a batch and no poison record among them, one invocation that ends within
   * the step. The same checks, counts and order as `runLane` for it (its loop then finds the lane
   * empty and stops); false, having changed nothing, in any other case.
   */
  private invokeAllWaiting(lane: Lane, queue: LaneCohorts, clock: Clock, cursor: number, t1: number, readLimit: number): boolean {
    const { fn, esm } = this;
    const m = queue.count;
    // With all of the lane's records in the batch, it is clean when the lane holds no poison record.
    if (lane.pending.length > 0 || !(cursor < t1 - EPS) || m <= 0 || m >= this.batchRecords || m > readLimit || queue.poison > 0 || esm.batchingWindowSeconds > 0) return false;
    const time = queue.headTime();
    if (cursor - time >= this.log.retentionSeconds || (esm.maxRecordAgeSeconds >= 0 && cursor - time > esm.maxRecordAgeSeconds)) return false;
    const d = this.duration(m);
    const endsAt = cursor + d;
    const held = Math.min(endsAt, t1) - cursor;
    if (d > fn.timeoutSeconds || endsAt > t1 + EPS || held > fn.capacity.free() * clock.dt + EPS) return false;
    if (fn.errorRate > 0 && lane.okBeforeRandomFailure <= 0) return false;
    lane.state = IDLE;
    this.laneStepsWithRecords++;
    this.log.take(this.reader, queue, m, cursor);
    if (fn.errorRate > 0) lane.okBeforeRandomFailure--;
    fn.counters.invocations++;
    fn.counters.computeSeconds += endsAt - cursor;
    this.succeed(m, clock);
    if (held > 0) fn.capacity.book(1, held);
    return true;
  }

  /**
   * The usual case, a lane's one batch of the step with no poison record in it, done in place:
   * the same checks and counts as the general path (age, retention, timeout, the step's end,
   * the concurrency budget, the lane's next random failure), without a batch object or a state.
   * Returns when it ended, or -1, having changed nothing, when the general path must take it.
   */
  private invokeCleanBatch(lane: Lane, queue: LaneCohorts, m: number, time: number, cursor: number, t1: number, budgetLeft: number, clock: Clock): number {
    const { fn, esm } = this;
    if (cursor - time >= this.log.retentionSeconds || (esm.maxRecordAgeSeconds >= 0 && cursor - time > esm.maxRecordAgeSeconds)) return -1;
    const d = this.duration(m);
    const endsAt = cursor + d;
    if (d > fn.timeoutSeconds || endsAt > t1 + EPS || Math.min(endsAt, t1) - cursor > budgetLeft + EPS) return -1;
    if (fn.errorRate > 0 && lane.okBeforeRandomFailure <= 0) return -1;
    if (queue.cleanRun(m) < m) return -1;
    this.log.take(this.reader, queue, m, cursor);
    if (fn.errorRate > 0) lane.okBeforeRandomFailure--;
    fn.counters.invocations++;
    fn.counters.computeSeconds += endsAt - cursor;
    lane.state = IDLE;
    this.succeed(m, clock);
    return endsAt;
  }

  private duration(records: number): number {
    return records === this.batchRecords ? this.fullDuration : this.fn.duration(records);
  }

  /** The lane's invocation runs on past this step. */
  private keepRunning(lane: Lane, running: Running): void {
    lane.state = running;
    this.runEnds[lane.index] = running.endsAt;
    this.runShares[lane.index] = running.share;
  }

  private randomFailure(lane: Lane): boolean {
    if (this.fn.errorRate <= 0) return false;
    if (lane.okBeforeRandomFailure > 0) {
      lane.okBeforeRandomFailure--;
      return false;
    }
    lane.okBeforeRandomFailure = this.fn.rng.successesBeforeFailure(this.fn.errorRate);
    return true;
  }

  /** The running invocation ends: the lane goes idle or waits to retry; returns the time it may start its next one. */
  private finish(lane: Lane, run: Running, clock: Clock): number {
    lane.state = IDLE;
    this.runEnds[lane.index] = -Infinity;
    const batch = lane.pending[lane.pending.length - 1];
    if (batch.episode) return this.failures.endEpisode(lane, batch, run.startedAt, run.endsAt, clock);
    if (run.fails) return this.failures.afterFailure(lane, batch, run, clock);
    lane.pending.pop();
    this.succeed(batch.count, clock);
    this.failures.putBack(lane, batch);
    return run.endsAt;
  }

  private succeed(count: number, clock: Clock): void {
    this.log.release(this.reader, count, 'processed');
    this.edgeRecords += count;
    this.fn.counters.received += count;
    this.fn.counters.processed += count;
    // One invocation (one batch): one object in a bucket it writes to.
    this.fn.succeeded(count, clock, 1);
  }

  private discard(batch: PendingBatch, clock: Clock): void {
    this.discardRecords(batch.count, batch.poison, clock);
  }

  private discardRecords(count: number, poison: number, clock: Clock): void {
    this.discardedBatches++;
    this.log.release(this.reader, count, 'processed');
    this.edgeRecords += count;
    this.fn.counters.received += count;
    this.fn.discardedStreamBatch(count, poison, clock);
  }
}
