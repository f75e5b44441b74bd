import type { PipelineEdge } from '../../model';
import type { Clock, SimContext } from '../behaviour';
import { type CohortMerge, CohortQueue } from '../cohort-queue';
import type { BatchJoin } from './batch-walk';
import { MessageCohorts } from './message-cohorts';
import type { NodeCounters } from '../node-counters';

/** Cohorts of received-before messages kept apart before merging starts (see `MessageQueue.merge`). */
const MERGE_ABOVE_COHORTS = 64;

export interface MessageQueueOptions {
  retentionSeconds: number;
  visibilityTimeoutSeconds: number;
  maxReceiveCount: number;
  delaySeconds: number;
  /** FIFO queues reset a message's enqueue time when it moves to a dead-letter queue; standard queues keep it. */
  fifo: boolean;
  /** The redrive target(s): sqs-queue -> sqs-queue edges. */
  deadLetter: readonly PipelineEdge[];
  counters: NodeCounters;
  ctx: SimContext;
}

/**
 * An SQS queue. Messages are visible, or hidden (delayed, or received and not yet deleted).
 * A message that a consumer fails becomes visible again when its visibility timeout ends;
 * once it has been received `maxReceiveCount` times it moves to the dead-letter queue, when
 * one is connected (without one it keeps coming back until retention ends).
 * Cohort tags hold the receive count.
 */
export class MessageQueue {
  /** Messages never received, in arrival order. */
  private readonly fresh = new MessageCohorts();
  /** Messages received before and visible again. */
  private readonly again: MessageCohorts;
  private readonly delayed = new CohortQueue();
  /** Received and failed: hidden until `due`. */
  private readonly hidden: MessageCohorts;
  private held = 0;
  /**
   * How messages received before are merged once many are waiting (issue 17): without a
   * dead-letter queue, failing messages come back until retention ends, thousands of them, each
   * entered at its own time. Merging those that entered within 1/64 of the retention period
   * keeps a step's cost bounded; they then expire with the oldest of them, at most that early.
   */
  readonly merge: CohortMerge;

  /** The highest receive count kept (see `giveBack`): worked out once, not per message cohort given back. */
  private readonly receivesKept: number;

  constructor(private readonly o: MessageQueueOptions) {
    this.receivesKept = Math.max(1, o.maxReceiveCount);
    this.merge = { above: MERGE_ABOVE_COHORTS, bucketSeconds: Math.max(1, o.retentionSeconds / 64) };
    this.again = new MessageCohorts(8, this.merge);
    this.hidden = new MessageCohorts(8, this.merge);
  }

  /**
   * Messages sent to the queue. `enqueuedAt` is earlier than now for messages a standard
   * source queue moves here as their dead-letter queue: they keep their original enqueue time,
   * and retention counts from it. They go with the messages received before (kept in any
   * order), so that the never-received ones stay in arrival order. `sum` is the sum of their
   * entry times when they come from a merged cohort (`enqueuedAt` is then the oldest of them).
   */
  receive(count: number, poison: number, clock: Clock, enqueuedAt = clock.now, sum?: number): void {
    this.o.counters.received += count;
    this.held += count;
    if (this.o.delaySeconds > 0) this.delayed.push(count, poison, enqueuedAt, 0, clock.now + this.o.delaySeconds, sum);
    else if (enqueuedAt < clock.now) this.again.push(count, poison, enqueuedAt, 0, 0, sum);
    else this.fresh.push(count, poison, clock.now);
  }

  step(clock: Clock): void {
    const { now } = clock;
    const { counters, deadLetter, maxReceiveCount } = this.o;
    // Loops rather than callbacks: this runs every step for every queue.
    const delayed = this.delayed;
    while (delayed.cohorts > 0 && delayed.headDue() <= now) {
      const t = delayed.headTime();
      // Redriven messages (enqueued before they arrived here) join the ones received before.
      if (t + this.o.delaySeconds < delayed.headDue() - 1e-9) this.again.push(delayed.headCount(), delayed.headPoison(), t, 0, 0, delayed.headSum());
      else this.fresh.push(delayed.headCount(), delayed.headPoison(), t);
      delayed.dropHead();
    }
    const hidden = this.hidden;
    // Without a dead-letter queue every due message goes to `again`: as row copies when nothing merges there.
    const moved = deadLetter.length === 0 && hidden.moveDueInto(this.again, now);
    while (!moved && hidden.cohorts > 0 && hidden.headDue() <= now) {
      const c = hidden.headCount();
      const p = hidden.headPoison();
      const t = hidden.headTime();
      const receives = hidden.headTag();
      const sum = hidden.headSum();
      hidden.dropHead();
      if (receives >= maxReceiveCount && deadLetter.length > 0) {
        this.held -= c;
        counters.failed += c;
        counters.rescued += c;
        for (const e of deadLetter) this.moveToDeadLetter(e, c, p, t, sum, clock);
      } else this.again.push(c, p, t, receives, 0, sum);
    }
    const cutoff = now - this.o.retentionSeconds;
    // Every message entered at time 0 or later: until the retention period has passed once
    // (4 days by default) none can be old enough, so the four queues are not searched.
    if (cutoff >= 0) this.expire(cutoff);
  }

  /** Drop the messages that entered at or before `cutoff`, wherever they wait. */
  private expire(cutoff: number): void {
    let expired = this.fresh.expireFront(cutoff);
    expired += this.again.expireEnteredBy(cutoff);
    expired += this.hidden.expireEnteredBy(cutoff);
    expired += this.delayed.expireEnteredBy(cutoff);
    this.o.counters.expired += expired;
    this.held -= expired;
  }

  /**
   * Redrive: a standard queue's message keeps its original enqueue time in the dead-letter
   * queue, a FIFO queue's starts again (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html).
   */
  private moveToDeadLetter(edge: PipelineEdge, count: number, poison: number, enqueuedAt: number, sum: number, clock: Clock): void {
    const { ctx } = this.o;
    const target = ctx.sim(edge.target).queue;
    if (!target || this.o.fifo) {
      ctx.send(edge, count, poison, clock);
      return;
    }
    ctx.countOnEdge(edge, count);
    target.receive(count, poison, clock, enqueuedAt, sum);
  }

  visible(): number {
    return this.fresh.count + this.again.count;
  }

  oldestVisibleTime(): number {
    return Math.min(this.again.oldestTime(), this.fresh.headTime());
  }

  /** Receive up to n visible messages into `out` (tags become the new receive counts). */
  take(n: number, now: number, out: CohortQueue): void {
    const fromAgain = Math.min(n, this.again.count);
    this.again.take(fromAgain, now, out);
    this.fresh.take(n - fromAgain, now, out);
  }

  /** Cohorts of visible messages: a receive of them all yields at most this many pieces. */
  visibleCohorts(): number {
    return this.again.cohorts + this.fresh.cohorts;
  }

  /** Poison messages among the next `n` a `take(n)` would receive (nothing is received). */
  poisonInNext(n: number): number {
    const fromAgain = Math.min(n, this.again.count);
    return this.again.poisonInFirst(fromAgain) + this.fresh.poisonInFirst(n - fromAgain);
  }

  /** `take(n, now, batch)` for a reader that only needs the batch's cohorts (see `MessageCohorts.takeJoined`). */
  takeJoined(n: number, now: number, join: BatchJoin): void {
    const fromAgain = Math.min(n, this.again.count);
    this.again.takeJoined(fromAgain, now, join);
    this.fresh.takeJoined(n - fromAgain, now, join);
  }

  /** Messages deleted by their consumer. */
  done(n: number): void {
    this.held -= n;
    this.o.counters.processed += n;
  }

  /**
   * Messages a consumer failed: hidden until the visibility timeout ends. Receive counts past
   * maxReceiveCount are kept as maxReceiveCount: only reaching it matters (redrive), so messages
   * failing again and again share cohorts. `sum` is the sum of their entry times.
   */
  giveBack(count: number, poison: number, time: number, receives: number, now: number, sum?: number): void {
    this.hidden.push(count, poison, time, Math.min(receives, this.receivesKept), now + this.o.visibilityTimeoutSeconds, sum);
  }

  /** A reader that is not Lambda (a Glue streaming job) receives and deletes at once. */
  pull(max: number, now: number): number {
    const n = Math.min(max, this.visible());
    const fromAgain = Math.min(n, this.again.count);
    this.again.take(fromAgain, now);
    this.fresh.take(n - fromAgain, now);
    this.done(n);
    return n;
  }

  backlog(): number {
    return this.held;
  }

  oldestTime(): number {
    return Math.min(this.fresh.headTime(), this.again.oldestTime(), this.hidden.oldestTime(), this.delayed.headTime());
  }

  waitTotals(): { sum: number; count: number } {
    return { sum: this.fresh.waitSum + this.again.waitSum, count: this.fresh.waitCount + this.again.waitCount };
  }

  get settings(): Readonly<MessageQueueOptions> {
    return this.o;
  }
}
