import { ACCOUNT_CONCURRENCY, FUNCTION_SCALING_PERIOD_SECONDS, FUNCTION_SCALING_STEP } from '../../model';
import type { AccountConcurrency } from '../behaviour';
import type { NodeCounters } from '../node-counters';

/** The account's Lambda concurrency pool: 1,000 per Region by default, less what functions reserve. */
export class AccountPool implements AccountConcurrency {
  /**
   * Unreserved executions still free in this step, lowered by every booking of a function
   * without reserved concurrency. It starts as a number where it is declared: a class field
   * declared bare starts undefined, and the engine then keeps each of its fractional values as
   * a heap object of its own, allocating one per booking (thousands a step).
   */
  free = 0;
  private reservedTotal = 0;

  constructor(readonly limit = ACCOUNT_CONCURRENCY) {
    this.free = limit;
  }

  reserve(n: number): void {
    this.reservedTotal += n;
  }

  beginStep(): void {
    this.free = Math.max(0, this.limit - this.reservedTotal);
  }
}

/**
 * How many executions of one function may run in a step. Occupancy is fluid: an invocation
 * of d seconds in a step of dt seconds occupies d/dt of an execution environment; one that
 * lasts longer than the step keeps its environment booked in the following steps.
 * A function scales by at most 1,000 environments every 10 seconds
 * (https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html): it may use at most
 * what it used 10 seconds ago plus 1,000.
 */
export class FunctionCapacity {
  readonly limit: number;
  private readonly shared: boolean;
  private readonly ring: Float64Array;
  private step = 0;
  used = 0;
  /** Steps in which the function used all the concurrency it could get. */
  stepsAtLimit = 0;
  /** Concurrency at the end of each of the last 10 seconds of steps (oldest at `step % length`). */
  private readonly recent: Float64Array;
  /** What the scaling rate allows in this step. */
  private scaled = Infinity;
  /** What the scaling rate adds on top of the concurrency 10 s ago: fixed by the step length. */
  private readonly scalingStep: number;
  /**
   * This step's slots in `ring` and `recent` (step % length). Steps come one after the other,
   * so each moves on by one rather than being worked out with a division every step.
   */
  private ringSlot = 0;
  private recentSlot = 0;

  constructor(
    reservedConcurrency: number | undefined,
    private readonly account: AccountPool,
    private readonly dt: number,
    longestSeconds: number,
  ) {
    this.shared = reservedConcurrency === undefined;
    this.limit = reservedConcurrency ?? account.limit;
    if (!this.shared) account.reserve(this.limit);
    this.ring = new Float64Array(Math.ceil(longestSeconds / dt) + 2);
    this.recent = new Float64Array(Math.max(1, Math.round(FUNCTION_SCALING_PERIOD_SECONDS / dt)));
    // Steps longer than the 10 s period may add 1,000 per period they span.
    this.scalingStep = FUNCTION_SCALING_STEP * Math.max(1, dt / FUNCTION_SCALING_PERIOD_SECONDS);
  }

  beginStep(step: number): void {
    if (step === this.step + 1) {
      if (++this.ringSlot === this.ring.length) this.ringSlot = 0;
      if (++this.recentSlot === this.recent.length) this.recentSlot = 0;
    } else {
      this.ringSlot = step % this.ring.length;
      this.recentSlot = step % this.recent.length;
    }
    this.step = step;
    const slot = this.ringSlot;
    this.used = this.ring[slot];
    this.ring[slot] = 0;
    if (this.shared) this.account.free -= this.used;
    this.scaled = this.recent[this.recentSlot] + this.scalingStep;
  }

  /** Execution environments still free in this step. */
  free(): number {
    const own = Math.min(this.limit, this.scaled) - this.used;
    const f = this.shared ? Math.min(own, this.account.free) : own;
    return f > 0 ? f : 0;
  }

  /** Take up to `n` whole environments for this step (stream pollers hold one each). */
  claim(n: number): number {
    const granted = Math.min(n, Math.floor(this.free() + 1e-9));
    this.take(granted);
    return granted;
  }

  /** How many invocations of `seconds` each could start in this step. */
  startable(seconds: number): number {
    const f = this.free();
    const perEnvironment = seconds <= this.dt ? this.dt / Math.max(seconds, 1e-3) : 1;
    return Math.floor(f * perEnvironment + 1e-9);
  }

  /** Book `k` invocations of `seconds` each, started in this step. */
  book(k: number, seconds: number): void {
    if (k <= 0) return;
    const dt = this.dt;
    if (seconds <= dt) {
      this.take((k * Math.max(seconds, 1e-3)) / dt);
      return;
    }
    this.take(k);
    const steps = Math.min(Math.ceil(seconds / dt), this.ring.length - 1);
    const ring = this.ring;
    let slot = this.ringSlot;
    for (let j = 1; j < steps; j++) {
      if (++slot === ring.length) slot = 0; // (step + j) % length
      const share = Math.min(1, (seconds - j * dt) / dt);
      ring[slot] += k * share;
    }
  }

  private take(n: number): void {
    this.used += n;
    if (this.shared) this.account.free -= n;
  }

  endStep(counters: NodeCounters): void {
    this.recent[this.recentSlot] = this.used;
    const c = Math.ceil(this.used - 1e-9);
    counters.concurrency = c;
    if (c > counters.peakConcurrency) counters.peakConcurrency = c;
    if (this.free() < 1) this.stepsAtLimit++;
  }
}
