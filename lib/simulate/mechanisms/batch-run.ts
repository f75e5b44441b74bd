import type { ConnectionMeaning, PipelineEdge } from '../../model';
import type { Clock, SimContext } from '../behaviour';
import { CohortQueue } from '../cohort-queue';
import type { NodeCounters } from '../node-counters';
import { firingsBetween, parseSchedule, type Schedule } from '../schedule-expression';

const EPS = 1e-9;

/**
 * A job that runs now and then over what arrived since its last run (a Glue job, a crawler):
 * records wait in `queue`; a run takes all of them, lasts `duration(n)` seconds and then
 * counts them processed. Only one run at a time (Glue's default maximum concurrent runs is 1):
 * a start while a run is in progress is skipped. A run longer than the timeout fails and its
 * records wait for the next run.
 */
export class BatchRun {
  readonly queue = new CohortQueue();
  private running = false;
  private runRecords = 0;
  private endsAt = 0;
  private failing = false;
  runs = 0;
  skippedStarts = 0;
  longestRunSeconds = 0;

  constructor(
    private readonly counters: NodeCounters,
    private readonly duration: (records: number) => number,
    private readonly timeoutSeconds: number,
  ) {}

  add(count: number, now: number): void {
    if (count <= 0) return;
    this.counters.received += count;
    this.queue.push(count, 0, now);
  }

  get isRunning(): boolean {
    return this.running;
  }

  start(clock: Clock): void {
    if (this.running) {
      this.skippedStarts++;
      return;
    }
    this.runs++;
    this.running = true;
    this.runRecords = this.queue.count;
    const d = this.duration(this.runRecords);
    this.failing = !(d <= this.timeoutSeconds);
    const length = this.failing ? this.timeoutSeconds : d;
    if (length > this.longestRunSeconds) this.longestRunSeconds = length;
    this.counters.invocations++;
    this.counters.computeSeconds += length;
    this.endsAt = clock.now + length;
  }

  /** Finish a run that ends within this step; returns the records it processed, or -1 when no run finished. */
  finish(clock: Clock): number {
    if (!this.running || this.endsAt > clock.now + clock.dt + EPS) {
      this.counters.concurrency = this.running ? 1 : 0;
      if (this.running) this.counters.peakConcurrency = Math.max(this.counters.peakConcurrency, 1);
      return -1;
    }
    this.running = false;
    this.counters.concurrency = 1;
    this.counters.peakConcurrency = Math.max(this.counters.peakConcurrency, 1);
    if (this.failing) {
      this.counters.errors++;
      return -1;
    }
    const n = this.runRecords;
    this.queue.take(n, clock.now);
    this.counters.processed += n;
    return n;
  }
}

/** Read what incoming edges with these meanings hold for this node; returns the records read. */
export function pullInputs(ctx: SimContext, edges: readonly PipelineEdge[], clock: Clock, max = Infinity): number {
  let total = 0;
  for (const edge of edges) {
    const source = ctx.sim(edge.source);
    if (!source.pull) continue;
    const n = source.pull(edge, max - total, clock);
    if (n > 0) {
      ctx.countOnEdge(edge, n);
      total += n;
    }
  }
  return total;
}

/** A node's own schedule (a crawler's or a Glue trigger's cron), when it has a valid one. */
export function ownSchedule(expression: string | undefined): Schedule | undefined {
  if (!expression) return undefined;
  const parsed = parseSchedule(expression);
  return parsed.ok ? parsed.schedule : undefined;
}

export function firesNow(schedule: Schedule | undefined, clock: Clock): boolean {
  return schedule !== undefined && firingsBetween(schedule, clock.now, clock.now + clock.dt) > 0;
}

/** Start what follows a finished run (trigger edges to jobs and crawlers). */
export function startNext(ctx: SimContext, nodeId: string, clock: Clock, meanings: readonly ConnectionMeaning[] = ['trigger']): void {
  for (const edge of ctx.outgoing(nodeId, meanings)) {
    const target = ctx.sim(edge.target);
    if (target.start) {
      ctx.countOnEdge(edge, 1);
      target.start(clock);
    }
  }
}
