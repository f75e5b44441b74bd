import { buildGraph, type KindId, type Pipeline, type PipelineEdge, type PipelineGraph } from '../model';
import { type Behaviour, type Clock, holdsNothing, type NodeSim, nothingToStep, ONWARD_MEANINGS, type SimContext } from './behaviour';
import { formatCount, formatSeconds } from './format';
import { AccountPool } from './mechanisms/function-capacity';
import { MAX_RECORDS } from './node-counters';
import { checkOptions } from './options';
import { createRng } from './random';
import type { NodeTotals, SimulationOptions, SimulationResult } from './result-types';
import { round, SeriesRecorder } from './series-recorder';
import { recordSizes, stepOrder } from './setup-order';
import { summarize } from './summary';

export { stepOrder } from './setup-order';

export interface Simulation {
  readonly stepCount: number;
  /** Run up to n more steps. */
  step(n: number): void;
  done(): boolean;
  /** Share of the steps run, 0 to 1. */
  progress(): number;
  /** The result so far (the whole run once done()). */
  result(): SimulationResult;
}

const DEFAULT_RECORD_BYTES = 1024;

function runawayAdvice(nodeId: string, received: number, seconds: number): string {
  return `Records multiply without end: "${nodeId}" received ${formatCount(received)} records in ${formatSeconds(round(seconds))}, more than the ${formatCount(MAX_RECORDS)} the simulator counts exactly, so the run stopped there. Look for a loop that copies records back into itself (a node reading and writing the same stores, or writing to several stores it reads) or for traffic far above any real source.`;
}

/** The engine's copy of an edge: one shape for all, and its index, so `send` needs no lookup by id. */
class SimEdge implements PipelineEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly config: PipelineEdge['config'];
  constructor(
    edge: PipelineEdge,
    readonly index: number,
  ) {
    this.id = edge.id;
    this.source = edge.source;
    this.target = edge.target;
    this.config = edge.config;
  }
}

/**
 * One run of a pipeline: the nodes' simulations stepped in order, each step's edge flows added
 * up, and (when asked) series recorded. Setup is linear in the graph (setup-order.ts).
 */
class SimulationRun implements Simulation {
  readonly stepCount: number;
  private readonly dt: number;
  private readonly graph: PipelineGraph;
  private readonly account = new AccountPool();
  private readonly sims = new Map<string, NodeSim>();
  private readonly edgeIndex: Map<string, number>;
  /**
   * Behaviours get the engine's own copies of the edges, each knowing its index, so `send`
   * and `countOnEdge` (several calls per node per step) need no lookup by id.
   */
  private readonly simEdges: SimEdge[];
  private readonly edgeFlow: Float64Array;
  private readonly edgeTotals: Float64Array;
  /** Where each edge's records go; filled right after the nodes exist (`send` runs only from the first step on). */
  private readonly edgeTargets: NodeSim[] = [];
  private readonly stepped: NodeSim[];
  private readonly nodeIds: string[];
  private readonly nodeSims: NodeSim[];
  /** Whether each node may hold records: a store never does, so its backlog need not be read every step. */
  private readonly mayHold: boolean[];
  /** Nodes where records end up: what they process counts as delivered. */
  private readonly terminal: boolean[];
  /**
   * Nodes fed by a crawl or a catalog update (crawlers, catalogs) count objects and tables, not
   * the records of the flow: a record that reached S3 is delivered there, and must not be counted
   * again as "in flight" while the crawler has yet to read its object.
   */
  private readonly carriesRecords: boolean[];
  private readonly recorder: SeriesRecorder | undefined;
  /** One clock for the whole run, moved on each step: no behaviour keeps it past the step. */
  private readonly clock: Clock;
  private stepsDone = 0;
  /** The node whose count passed MAX_RECORDS, which stopped the run (-1 while running). */
  private runaway = -1;

  constructor(
    private readonly pipeline: Pipeline,
    private readonly options: SimulationOptions,
    behaviours: Record<KindId, Behaviour>,
  ) {
    const problems = checkOptions(options);
    if (problems.length > 0) throw new RangeError(problems.join('; '));
    const dt = (this.dt = options.stepSeconds);
    this.stepCount = Math.max(1, Math.ceil(options.seconds / dt - 1e-9));
    this.clock = { step: 0, now: 0, dt };
    const graph = (this.graph = buildGraph(pipeline));
    const order = stepOrder(pipeline);
    const sizes = recordSizes(pipeline, order);
    this.edgeIndex = new Map(pipeline.edges.map((e, i) => [e.id, i]));
    this.simEdges = pipeline.edges.map((e, i) => new SimEdge(e, i));
    this.edgeFlow = new Float64Array(pipeline.edges.length);
    this.edgeTotals = new Float64Array(pipeline.edges.length);

    const { sims, edgeFlow, edgeTargets } = this;
    // Behaviours hold the engine's SimEdges (ctx.outgoing/incoming): their index is a field
    // read, cheaper than an `instanceof` check on every send; any other edge is looked up by id.
    const indexOf = (edge: PipelineEdge): number => (edge as Partial<SimEdge>).index ?? this.edgeIndex.get(edge.id)!;
    const ctx: SimContext = {
      graph,
      stepSeconds: dt,
      seed: options.seed,
      account: this.account,
      sim: (id) => {
        const s = sims.get(id);
        if (!s) throw new Error(`no simulated node "${id}"`);
        return s;
      },
      outgoing: (id, meanings) => this.simEdgesOf(graph.outgoingOf(id, meanings)),
      incoming: (id, meanings) => this.simEdgesOf(graph.incomingOf(id, meanings)),
      send(edge, count, poison, clock, objects) {
        if (count <= 0) return;
        const i = indexOf(edge);
        edgeFlow[i] += count;
        edgeTargets[i].receive(edge, count, poison, clock, objects);
      },
      countOnEdge(edge, count) {
        edgeFlow[indexOf(edge)] += count;
      },
      rng: (name) => createRng(options.seed, name),
      recordBytes: (id) => sizes.get(id) ?? DEFAULT_RECORD_BYTES,
    };

    for (const node of pipeline.nodes) sims.set(node.id, behaviours[node.kind].create(node, ctx));
    for (const e of pipeline.edges) edgeTargets.push(sims.get(e.target)!);
    // Nodes with nothing to do by themselves (stores without traffic) are not stepped.
    this.stepped = order.map((id) => sims.get(id)!).filter((sim) => sim.step !== nothingToStep);
    this.nodeIds = pipeline.nodes.map((n) => n.id);
    this.nodeSims = this.nodeIds.map((id) => sims.get(id)!);
    this.mayHold = this.nodeSims.map((sim) => sim.backlog !== holdsNothing);
    this.recorder = options.series ? new SeriesRecorder(this.nodeIds, pipeline.edges.map((e) => e.id), this.stepCount, dt) : undefined;
    // A Firehose record processor hands every record back to its delivery stream, which keeps
    // counting them in its backlog: the function is neither where records end nor extra in flight.
    this.carriesRecords = this.nodeIds.map((id) => graph.incomingOf(id, ['populates', 'crawl-target', 'transform']).length === 0);
    this.terminal = this.nodeIds.map((id, i) => graph.outgoingOf(id, ONWARD_MEANINGS).length === 0 && this.carriesRecords[i]);
  }

  /** The engine's own copies of these edges (each knows its index). */
  private simEdgesOf(edges: PipelineEdge[]): PipelineEdge[] {
    return edges.map((e) => this.simEdges[this.edgeIndex.get(e.id)!]);
  }

  step(n: number): void {
    const until = Math.min(this.stepCount, this.stepsDone + Math.max(0, Math.floor(n)));
    while (this.stepsDone < until && this.runaway < 0) this.runStep();
  }

  done(): boolean {
    return this.stepsDone >= this.stepCount || this.runaway >= 0;
  }

  progress(): number {
    return this.runaway >= 0 ? 1 : this.stepsDone / this.stepCount;
  }

  private runStep(): void {
    const { clock, dt, stepped, edgeFlow, edgeTotals, recorder } = this;
    clock.step = this.stepsDone;
    clock.now = this.stepsDone * dt;
    this.account.beginStep();
    for (let i = 0; i < stepped.length; i++) stepped[i].step(clock);
    this.runaway = this.readNodes(clock.now + dt);
    for (let e = 0; e < edgeFlow.length; e++) {
      const flow = edgeFlow[e];
      if (flow === 0) continue;
      edgeTotals[e] += flow;
      if (recorder !== undefined) recorder.recordEdge(this.stepsDone, e, flow);
      edgeFlow[e] = 0;
    }
    this.stepsDone++;
  }

  /** Backlog and age of every node at the end of the step; returns the node whose count ran away, or -1. */
  private readNodes(end: number): number {
    const { nodeSims, mayHold, recorder, stepsDone } = this;
    let over = -1;
    for (let i = 0; i < nodeSims.length; i++) {
      const sim = nodeSims[i];
      const c = sim.counters;
      let age = 0;
      if (mayHold[i] && sim.backlog() > 0) {
        const oldest = sim.oldestTime();
        if (oldest !== Infinity) age = end - oldest;
        if (age > c.maxAgeSeconds) c.maxAgeSeconds = age;
      }
      if (recorder !== undefined) recorder.recordPeaks(stepsDone, i, c.concurrency, age);
      if (c.received > MAX_RECORDS && over < 0) over = i;
    }
    if (recorder !== undefined && recorder.closes(stepsDone)) this.recordPoint(recorder, stepsDone, true);
    return over;
  }

  /**
   * The run's totals now: produced, copies (made by fan-out), delivered (processed by nodes
   * where records end up, and records that end at a node handing others on), in flight and
   * dropped (lost, less what a dead-letter queue rescued), so that
   * produced + copies = delivered + in flight + dropped. The one place they are summed, for
   * the series' points and for the result alike, so the last point equals the totals.
   */
  private runTotals(): SimulationResult['totals'] {
    const totals = { produced: 0, copies: 0, delivered: 0, inFlight: 0, dropped: 0 };
    const { nodeSims, terminal, carriesRecords } = this;
    for (let i = 0; i < nodeSims.length; i++) {
      const sim = nodeSims[i];
      const c = sim.counters;
      totals.produced += c.produced;
      if (terminal[i]) totals.delivered += c.processed;
      if (carriesRecords[i]) {
        totals.inFlight += sim.backlog();
        totals.copies += c.copies;
        totals.delivered += c.ended;
      }
      totals.dropped += c.throttled + c.expired + c.failed - c.rescued;
    }
    return totals;
  }

  /** The series point holding `step`: every node's flows and backlog, and the run's totals. */
  private recordPoint(rec: SeriesRecorder, step: number, close: boolean): void {
    const { nodeSims } = this;
    for (let i = 0; i < nodeSims.length; i++) rec.recordNode(step, i, nodeSims[i].counters, nodeSims[i].backlog(), close);
    const t = this.runTotals();
    rec.recordTotals(step, t);
  }

  result(): SimulationResult {
    const { options, recorder, stepsDone, dt } = this;
    const nodes: Record<string, NodeTotals> = {};
    this.nodeSims.forEach((sim, i) => {
      const c = sim.counters;
      nodes[this.nodeIds[i]] = {
        received: c.received,
        processed: c.processed,
        copies: c.copies,
        backlog: sim.backlog(),
        throttled: c.throttled,
        throttles: c.throttles,
        expired: c.expired,
        failed: c.failed,
        errors: c.errors,
        retries: c.retries,
        invocations: c.invocations,
        computeSeconds: round(c.computeSeconds),
        maxAgeSeconds: round(c.maxAgeSeconds),
        peakConcurrency: c.peakConcurrency,
      };
    });
    return {
      seconds: stepsDone >= this.stepCount ? options.seconds : round(stepsDone * dt),
      stepSeconds: dt,
      seed: options.seed,
      totals: this.runTotals(),
      nodes,
      ...(recorder ? { series: this.seriesSoFar(recorder) } : {}),
      summary: this.withRunaway(summarize(this.pipeline, nodes, this.nodeSims, dt, stepsDone * dt)),
    };
  }

  private seriesSoFar(rec: SeriesRecorder): NonNullable<SimulationResult['series']> {
    // Read mid-point (a progress result, or a run stopped early): record the point so far.
    if (this.stepsDone > 0 && !rec.closes(this.stepsDone - 1)) this.recordPoint(rec, this.stepsDone - 1, false);
    return rec.toJSON(this.stepsDone);
  }

  private withRunaway(summary: SimulationResult['summary']): SimulationResult['summary'] {
    const { runaway } = this;
    if (runaway < 0) return summary;
    const text = runawayAdvice(this.nodeIds[runaway], this.nodeSims[runaway].counters.received, this.stepsDone * this.dt);
    return { ...summary, recommendations: [{ nodeId: this.nodeIds[runaway], text }, ...summary.recommendations] };
  }
}

export function createEngine(pipeline: Pipeline, options: SimulationOptions, behaviours: Record<KindId, Behaviour>): Simulation {
  return new SimulationRun(pipeline, options, behaviours);
}
