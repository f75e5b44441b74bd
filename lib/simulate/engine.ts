import { buildGraph, type ConnectionMeaning, type KindId, type Pipeline, type PipelineEdge } from '../model';
import type { Behaviour, Clock, NodeSim, SimContext } from './behaviour';
import { AccountPool } from './mechanisms/function-capacity';
import { MAX_RECORDS } from './node-counters';
import { checkOptions } from './options';
import { createRng } from './random';
import type { NodeTotals, SimulationOptions, SimulationResult } from './result-types';
import { round, SeriesRecorder } from './series-recorder';
import { summarize } from './summary';
import { formatCount, formatSeconds } from './format';

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

/** Edges whose records leave the node for good; a node with none of these is where records end up. */
const ONWARD_MEANINGS: readonly ConnectionMeaning[] = ['push', 'writes', 'delivers', 'event-source-mapping', 'reads', 'dead-letter', 'on-failure'];
const DEFAULT_RECORD_BYTES = 1024;

/** Nodes in an order where sources come before what they feed (cycles broken in document order). */
function stepOrder(pipeline: Pipeline): string[] {
  const ids = pipeline.nodes.map((n) => n.id);
  const indegree = new Map(ids.map((id) => [id, 0]));
  for (const e of pipeline.edges) if (e.source !== e.target) indegree.set(e.target, (indegree.get(e.target) ?? 0) + 1);
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < ids.length) {
    const next = ids.find((id) => !placed.has(id) && indegree.get(id) === 0) ?? ids.find((id) => !placed.has(id))!;
    placed.add(next);
    order.push(next);
    for (const e of pipeline.edges) if (e.source === next && !placed.has(e.target)) indegree.set(e.target, (indegree.get(e.target) ?? 1) - 1);
  }
  return order;
}

/** Record sizes flow from the sources' traffic downstream; a node nothing feeds uses 1 KB. */
function recordSizes(pipeline: Pipeline, order: readonly string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  const byId = new Map(pipeline.nodes.map((n) => [n.id, n]));
  for (let pass = 0; pass < 3; pass++) {
    for (const id of order) {
      const config = byId.get(id)!.config as { traffic?: { recordsPerSecond: number; avgRecordBytes: number } };
      if (config.traffic && config.traffic.recordsPerSecond > 0) {
        sizes.set(id, config.traffic.avgRecordBytes);
        continue;
      }
      let size = 0;
      for (const e of pipeline.edges) if (e.target === id) size = Math.max(size, sizes.get(e.source) ?? 0);
      if (size > 0) sizes.set(id, size);
    }
  }
  return sizes;
}

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

export function createEngine(pipeline: Pipeline, options: SimulationOptions, behaviours: Record<KindId, Behaviour>): Simulation {
  const problems = checkOptions(options);
  if (problems.length > 0) throw new RangeError(problems.join('; '));
  const dt = options.stepSeconds;
  const stepCount = Math.max(1, Math.ceil(options.seconds / dt - 1e-9));
  const graph = buildGraph(pipeline);
  const order = stepOrder(pipeline);
  const sizes = recordSizes(pipeline, order);
  const account = new AccountPool();
  const sims = new Map<string, NodeSim>();
  const edgeIndex = new Map(pipeline.edges.map((e, i) => [e.id, i]));
  // Behaviours get the engine's own copies of the edges, each knowing its index, so `send`
  // and `countOnEdge` (several calls per node per step) need no lookup by id.
  const simEdges = pipeline.edges.map((e, i) => new SimEdge(e, i));
  const indexOf = (edge: PipelineEdge): number => (edge instanceof SimEdge ? edge.index : edgeIndex.get(edge.id)!);
  const edgeFlow = new Float64Array(pipeline.edges.length);
  const edgeTotals = new Float64Array(pipeline.edges.length);
  const byMeaning = (edges: PipelineEdge[], meanings: readonly ConnectionMeaning[]): PipelineEdge[] =>
    edges
      .filter((e) => {
        const m = graph.connection(e)?.meaning;
        return m !== undefined && meanings.includes(m);
      })
      .map((e) => simEdges[edgeIndex.get(e.id)!]);

  const ctx: SimContext = {
    graph,
    stepSeconds: dt,
    seed: options.seed,
    account,
    sim: (id) => {
      const s = sims.get(id);
      if (!s) throw new Error(`no simulated node "${id}"`);
      return s;
    },
    outgoing: (id, meanings) => byMeaning(graph.outgoing(id), meanings),
    incoming: (id, meanings) => byMeaning(graph.incoming(id), meanings),
    send(edge, count, poison, clock) {
      if (count <= 0) return;
      const i = indexOf(edge);
      edgeFlow[i] += count;
      edgeTargets[i].receive(edge, count, poison, clock);
    },
    countOnEdge(edge, count) {
      edgeFlow[indexOf(edge)] += count;
    },
    rng: (name) => createRng(options.seed, name),
    recordBytes: (id) => sizes.get(id) ?? DEFAULT_RECORD_BYTES,
  };

  // Filled right after the nodes exist; `send` runs only from the first step on.
  const edgeTargets: NodeSim[] = [];
  for (const node of pipeline.nodes) sims.set(node.id, behaviours[node.kind].create(node, ctx));
  for (const e of pipeline.edges) edgeTargets.push(sims.get(e.target)!);
  const stepped = order.map((id) => sims.get(id)!);
  const nodeIds = pipeline.nodes.map((n) => n.id);
  const nodeSims = nodeIds.map((id) => sims.get(id)!);

  const recorder = options.series ? new SeriesRecorder(nodeIds, pipeline.edges.map((e) => e.id), stepCount, dt) : undefined;
  const terminal = nodeIds.map((id) => byMeaning(graph.outgoing(id), ONWARD_MEANINGS).length === 0 && byMeaning(graph.incoming(id), ['populates', 'crawl-target']).length === 0);
  let stepsDone = 0;
  /** The node whose count passed MAX_RECORDS, which stopped the run (-1 while running). */
  let runaway = -1;

  // One clock for the whole run, moved on each step: no behaviour keeps it past the step.
  const clock: Clock = { step: 0, now: 0, dt };
  const nodeCount = nodeSims.length;
  const edgeCount = edgeFlow.length;

  /** Backlog and age of every node at the end of the step; returns the node whose count ran away, or -1. */
  const readNodes = (end: number): number => {
    let over = -1;
    for (let i = 0; i < nodeCount; i++) {
      const sim = nodeSims[i];
      const c = sim.counters;
      const backlog = sim.backlog();
      let age = 0;
      if (backlog > 0) {
        const oldest = sim.oldestTime();
        if (oldest !== Infinity) age = end - oldest;
        if (age > c.maxAgeSeconds) c.maxAgeSeconds = age;
      }
      if (recorder !== undefined) recorder.recordPeaks(stepsDone, i, c.concurrency, age);
      if (c.received > MAX_RECORDS && over < 0) over = i;
    }
    if (recorder !== undefined && recorder.closes(stepsDone)) recordPoint(recorder, stepsDone, true);
    return over;
  };

  /** The series point holding `step`: every node's flows and backlog, and the run's totals. */
  const recordPoint = (rec: SeriesRecorder, step: number, close: boolean) => {
    let produced = 0;
    let delivered = 0;
    let inFlight = 0;
    let dropped = 0;
    for (let i = 0; i < nodeCount; i++) {
      const sim = nodeSims[i];
      const c = sim.counters;
      const backlog = sim.backlog();
      rec.recordNode(step, i, c, backlog, close);
      // Summed as result() sums them, in the same order: the last point equals the totals.
      produced += c.produced;
      if (terminal[i]) delivered += c.processed;
      inFlight += backlog;
      dropped += c.throttled + c.expired + c.failed - c.rescued;
    }
    rec.recordTotals(step, produced, delivered, inFlight, dropped);
  };

  const runStep = () => {
    clock.step = stepsDone;
    clock.now = stepsDone * dt;
    account.beginStep();
    for (let i = 0; i < nodeCount; i++) stepped[i].step(clock);
    runaway = readNodes(clock.now + dt);
    for (let e = 0; e < edgeCount; e++) {
      const flow = edgeFlow[e];
      if (flow === 0) continue;
      edgeTotals[e] += flow;
      if (recorder !== undefined) recorder.recordEdge(stepsDone, e, flow);
      edgeFlow[e] = 0;
    }
    stepsDone++;
  };

  const result = (): SimulationResult => {
    const nodes: Record<string, NodeTotals> = {};
    const totals = { produced: 0, delivered: 0, inFlight: 0, dropped: 0 };
    nodeSims.forEach((sim, i) => {
      const c = sim.counters;
      const backlog = sim.backlog();
      nodes[nodeIds[i]] = {
        received: c.received,
        processed: c.processed,
        backlog,
        throttled: c.throttled,
        expired: c.expired,
        failed: c.failed,
        errors: c.errors,
        retries: c.retries,
        invocations: c.invocations,
        computeSeconds: round(c.computeSeconds),
        maxAgeSeconds: round(c.maxAgeSeconds),
        peakConcurrency: c.peakConcurrency,
      };
      totals.produced += c.produced;
      if (terminal[i]) totals.delivered += c.processed;
      totals.inFlight += backlog;
      totals.dropped += c.throttled + c.expired + c.failed - c.rescued;
    });
    return {
      seconds: stepsDone >= stepCount ? options.seconds : round(stepsDone * dt),
      stepSeconds: dt,
      seed: options.seed,
      totals,
      nodes,
      ...(recorder ? { series: seriesSoFar(recorder) } : {}),
      summary: withRunaway(summarize(pipeline, nodes, nodeSims, dt, stepsDone * dt)),
    };
  };

  const seriesSoFar = (rec: SeriesRecorder): NonNullable<SimulationResult['series']> => {
    // Read mid-point (a progress result, or a run stopped early): record the point so far.
    if (stepsDone > 0 && !rec.closes(stepsDone - 1)) recordPoint(rec, stepsDone - 1, false);
    return rec.toJSON(stepsDone);
  };

  const withRunaway = (summary: SimulationResult['summary']): SimulationResult['summary'] => {
    if (runaway < 0) return summary;
    const text = runawayAdvice(nodeIds[runaway], nodeSims[runaway].counters.received, stepsDone * dt);
    return { ...summary, recommendations: [{ nodeId: nodeIds[runaway], text }, ...summary.recommendations] };
  };

  return {
    stepCount,
    step(n) {
      const until = Math.min(stepCount, stepsDone + Math.max(0, Math.floor(n)));
      while (stepsDone < until && runaway < 0) runStep();
    },
    done: () => stepsDone >= stepCount || runaway >= 0,
    progress: () => (runaway >= 0 ? 1 : stepsDone / stepCount),
    result,
  };
}
