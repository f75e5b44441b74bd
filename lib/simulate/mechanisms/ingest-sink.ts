import type { Clock } from '../behaviour';
import { CohortQueue } from '../cohort-queue';
import type { NodeCounters } from '../node-counters';

/**
 * A sink that takes in at most `recordsPerSecond` (OpenSearch indexing, Redshift loads):
 * above that, records back up and wait, first in first out. Nothing is dropped.
 */
export class IngestSink {
  readonly queue = new CohortQueue();
  private allowance = 0;
  /** Steps in which arrivals exceeded the capacity, for advice. */
  stepsFull = 0;
  peakArrivalPerSecond = 0;
  private arrivedThisStep = 0;

  constructor(
    private readonly recordsPerSecond: number,
    private readonly counters: NodeCounters,
  ) {}

  receive(count: number, poison: number, clock: Clock): void {
    this.counters.received += count;
    this.arrivedThisStep += count;
    this.queue.push(count, poison, clock.now);
  }

  step(clock: Clock): number {
    const rate = this.arrivedThisStep / clock.dt;
    if (rate > this.peakArrivalPerSecond) this.peakArrivalPerSecond = rate;
    this.arrivedThisStep = 0;
    const perStep = this.recordsPerSecond * clock.dt;
    this.allowance = Math.min(this.allowance + perStep, Math.max(perStep, 1));
    const n = Math.min(this.queue.count, Math.floor(this.allowance + 1e-9));
    if (this.queue.count > n) this.stepsFull++;
    this.allowance -= n;
    if (n > 0) {
      this.queue.take(n, clock.now);
      this.counters.processed += n;
    }
    return n;
  }

  get capacity(): number {
    return this.recordsPerSecond;
  }
}
