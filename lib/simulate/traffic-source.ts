import type { Traffic } from '../model';
import { sin } from './deterministic-math';
import { MAX_RECORDS } from './node-counters';
import type { Rng } from './random';

const SPIKE_PERIOD = 600;
/** The spike is the sixth minute of every ten: a short run still sees one, and the run starts calm. */
const SPIKE_START = 300;
const SPIKE_LENGTH = 60;
const DAY = 86400;
const OMEGA = (2 * Math.PI) / DAY;
const HALF_PI = Math.PI / 2;

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  const lo = a0 > b0 ? a0 : b0;
  const hi = a1 < b1 ? a1 : b1;
  return hi > lo ? hi - lo : 0;
}

/** cos(w t) = sin(w t + pi/2), through the deterministic sine. */
function cosAt(t: number): number {
  return sin(OMEGA * t + HALF_PI);
}

/** Integral of r (1 + sin(w s)) over [t, t + dt]: r dt + r (cos(w t) - cos(w (t + dt))) / w. */
function diurnalRecords(r: number, dt: number, cosStart: number, cosEnd: number): number {
  return r * dt + (r * (cosStart - cosEnd)) / OMEGA;
}

/**
 * Records a pattern emits over [t, t + dt), integrated exactly (lib/model/traffic.ts):
 * - constant: the rate, flat;
 * - spike: 5x the rate during one minute in every ten (seconds 300-360 of each 600);
 * - diurnal: rate x (1 + sin(2 pi t / 1 day)), a daily wave between 0 and 2x whose mean is the
 *   rate; the run starts at the mean and rising, peaks after 6 h and bottoms out after 18 h.
 */
export function expectedRecords(traffic: Traffic, t: number, dt: number): number {
  const r = traffic.recordsPerSecond;
  if (r <= 0) return 0;
  switch (traffic.pattern) {
    case 'spike': {
      let extra = 0;
      const first = Math.floor(t / SPIKE_PERIOD);
      const last = Math.floor((t + dt) / SPIKE_PERIOD);
      for (let k = first; k <= last; k++) {
        const s = k * SPIKE_PERIOD + SPIKE_START;
        extra += overlap(t, t + dt, s, s + SPIKE_LENGTH);
      }
      return r * dt + 4 * r * extra;
    }
    case 'diurnal':
      return diurnalRecords(r, dt, cosAt(t), cosAt(t + dt));
    default:
      return r * dt;
  }
}

/** The rate at one instant, for tests and charts. */
export function rateAt(traffic: Traffic, t: number): number {
  const r = traffic.recordsPerSecond;
  if (traffic.pattern === 'spike') return (t % SPIKE_PERIOD) >= SPIKE_START && (t % SPIKE_PERIOD) < SPIKE_START + SPIKE_LENGTH ? 5 * r : r;
  if (traffic.pattern === 'diurnal') return r * (1 + sin(OMEGA * t));
  return r;
}

/** Whole records per step: the fraction left over is carried into the next step, so nothing is rounded away. */
export class TrafficSource {
  private carry = 0;
  /** Poison records among the last `emit`. */
  poison = 0;

  constructor(
    private readonly traffic: Traffic,
    private readonly rng: Rng,
  ) {}

  /** The end of the last step and cos there: the next step starts where this one ended. */
  private lastEnd = NaN;
  private lastCos = 0;

  private expected(t: number, dt: number): number {
    const { traffic } = this;
    if (traffic.pattern !== 'diurnal' || traffic.recordsPerSecond <= 0) return expectedRecords(traffic, t, dt);
    // Same numbers as expectedRecords, with one sine a step instead of two.
    const start = t === this.lastEnd ? this.lastCos : cosAt(t);
    this.lastEnd = t + dt;
    this.lastCos = cosAt(this.lastEnd);
    return diurnalRecords(traffic.recordsPerSecond, dt, start, this.lastCos);
  }

  emit(t: number, dt: number): number {
    // Capped so an absurd rate (1e308/s makes Infinity) leaves a finite carry, not Infinity - Infinity.
    const expected = Math.min(this.expected(t, dt) + this.carry, MAX_RECORDS);
    const n = Math.floor(expected + 1e-9);
    this.carry = expected - n;
    if (this.carry < 0) this.carry = 0;
    this.poison = n > 0 ? this.rng.binomial(n, this.traffic.poisonRecordRate) : 0;
    return n;
  }
}
