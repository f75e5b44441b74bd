import type { NodeCounters } from './node-counters';
import type { NodeSeries, SimulationResult } from './result-types';

/** Long runs are downsampled to at most this many points per series. */
export const MAX_SERIES_POINTS = 2000;

const FLOWS = ['received', 'processed', 'throttled', 'expired', 'failed', 'errors', 'copies'] as const;

/**
 * Per-step series, bounded in size: consecutive steps are grouped into points of
 * ceil(steps / 2000) steps each. A point holds the sum of its steps for flows (records
 * received, processed, throttled, expired, failed, copies made; failed invocations), the value at its last
 * step for the backlog and the run's totals, and the highest value for concurrency and age.
 *
 * Stored point by point (cell `point * nodes + node`, `point * edges + edge`): every step
 * writes each node's peaks and each edge's records, and every point's close each node's flows,
 * so the writes of a step or a close sit side by side in memory instead of one in each of
 * hundreds of per-node arrays (issue 17). `toJSON` reads them out node by node.
 */
export class SeriesRecorder {
  readonly stepsPerPoint: number;
  readonly points: number;
  private readonly nodeCount: number;
  private readonly edgeCount: number;
  private readonly flows: Float64Array[];
  /** Each node's flow counts when the previous point closed. */
  private readonly pointStart: Float64Array;
  private readonly backlog: Float64Array;
  private readonly concurrency: Float64Array;
  private readonly age: Float64Array;
  private readonly edgeRecords: Float64Array;
  /** The run's totals at the end of each point: produced, delivered, in flight, dropped, copies. */
  private readonly totals: Float64Array[];
  /** The step last asked about and its point: every node and edge asks about the same step in turn. */
  private atStep = -1;
  private point = 0;

  constructor(
    private readonly nodeIds: readonly string[],
    private readonly edgeIds: readonly string[],
    private readonly stepCount: number,
    private readonly stepSeconds: number,
  ) {
    this.stepsPerPoint = Math.max(1, Math.ceil(stepCount / MAX_SERIES_POINTS));
    this.points = Math.ceil(stepCount / this.stepsPerPoint);
    this.nodeCount = nodeIds.length;
    this.edgeCount = edgeIds.length;
    const perNode = () => new Float64Array(this.points * this.nodeCount);
    this.flows = FLOWS.map(() => perNode());
    this.pointStart = new Float64Array(nodeIds.length * FLOWS.length);
    this.backlog = perNode();
    this.concurrency = perNode();
    this.age = perNode();
    this.edgeRecords = new Float64Array(this.points * this.edgeCount);
    this.totals = [0, 1, 2, 3, 4].map(() => new Float64Array(this.points));
  }

  private pointOf(step: number): number {
    if (step !== this.atStep) {
      this.atStep = step;
      this.point = Math.floor(step / this.stepsPerPoint);
    }
    return this.point;
  }

  /** Whether `step` is the last of its point (or of the run): the point's values are recorded then. */
  closes(step: number): boolean {
    return (step + 1) % this.stepsPerPoint === 0 || step + 1 === this.stepCount;
  }

  /** Every step: the highest concurrency and age in the point. */
  recordPeaks(step: number, node: number, concurrency: number, age: number): void {
    const cell = this.pointOf(step) * this.nodeCount + node;
    if (concurrency > this.concurrency[cell]) this.concurrency[cell] = concurrency;
    if (age > this.age[cell]) this.age[cell] = age;
  }

  /**
   * The point's flows and backlog after `step`: a flow is the count now less the count when
   * the previous point closed (counts are whole numbers, so this is exactly the sum of the
   * steps' flows). Called at the point's last step with `close`, which starts the next point;
   * without `close` (a result read mid-point) it can be called again later.
   */
  recordNode(step: number, node: number, c: NodeCounters, backlog: number, close: boolean): void {
    const cell = this.pointOf(step) * this.nodeCount + node;
    const base = node * FLOWS.length;
    // Unrolled over FLOWS, in their order.
    this.setFlow(0, cell, base, c.received, close);
    this.setFlow(1, cell, base, c.processed, close);
    this.setFlow(2, cell, base, c.throttled, close);
    this.setFlow(3, cell, base, c.expired, close);
    this.setFlow(4, cell, base, c.failed, close);
    this.setFlow(5, cell, base, c.errors, close);
    this.setFlow(6, cell, base, c.copies, close);
    this.backlog[cell] = backlog;
  }

  private setFlow(f: number, cell: number, base: number, value: number, close: boolean): void {
    this.flows[f][cell] = value - this.pointStart[base + f];
    if (close) this.pointStart[base + f] = value;
  }

  /** The run's totals after `step` (cumulative, so a point keeps its last step's). */
  recordTotals(step: number, t: SimulationResult['totals']): void {
    const p = this.pointOf(step);
    this.totals[0][p] = t.produced;
    this.totals[1][p] = t.delivered;
    this.totals[2][p] = t.inFlight;
    this.totals[3][p] = t.dropped;
    this.totals[4][p] = t.copies;
  }

  recordEdge(step: number, edge: number, records: number): void {
    this.edgeRecords[this.pointOf(step) * this.edgeCount + edge] += records;
  }

  toJSON(stepsDone: number): NonNullable<SimulationResult['series']> {
    const points = Math.ceil(stepsDone / this.stepsPerPoint);
    const cut = (a: Float64Array) => Array.from(a.subarray(0, points));
    /** One node's (or edge's) series out of the point-by-point cells: every `stride`-th from `first`. */
    const column = (a: Float64Array, first: number, stride: number): number[] => {
      const out = new Array<number>(points);
      for (let p = 0; p < points; p++) out[p] = a[p * stride + first];
      return out;
    };
    const n = this.nodeCount;
    const time = Array.from({ length: points }, (_, p) => round(Math.min((p + 1) * this.stepsPerPoint, stepsDone) * this.stepSeconds));
    const nodes: Record<string, NodeSeries> = {};
    this.nodeIds.forEach((id, i) => {
      nodes[id] = {
        received: column(this.flows[0], i, n),
        processed: column(this.flows[1], i, n),
        backlog: column(this.backlog, i, n),
        throttled: column(this.flows[2], i, n),
        expired: column(this.flows[3], i, n),
        failed: column(this.flows[4], i, n),
        errors: column(this.flows[5], i, n),
        copies: column(this.flows[6], i, n),
        concurrency: column(this.concurrency, i, n),
        ageSeconds: column(this.age, i, n).map(round),
      };
    });
    const edges: Record<string, { records: number[] }> = {};
    this.edgeIds.forEach((id, i) => {
      edges[id] = { records: column(this.edgeRecords, i, this.edgeCount) };
    });
    const totals = { produced: cut(this.totals[0]), copies: cut(this.totals[4]), delivered: cut(this.totals[1]), dropped: cut(this.totals[3]), inFlight: cut(this.totals[2]) };
    return { time, nodes, edges, totals };
  }
}

/** Times like 0.1 x 3 print as 0.3, not 0.30000000000000004. */
export function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
