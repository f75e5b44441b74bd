import type { ConnectionMeaning, PipelineEdge, PipelineGraph, PipelineNode } from '../model';
import type { FunctionCapacity } from './mechanisms/function-capacity';
import type { MessageQueue } from './mechanisms/message-queue';
import type { ShardedLog } from './mechanisms/sharded-log';
import type { NodeCounters } from './node-counters';
import type { Rng } from './random';

/** Edges whose records leave the node for good; a node with none of these is where records end up. */
export const ONWARD_MEANINGS: readonly ConnectionMeaning[] = ['push', 'writes', 'delivers', 'event-source-mapping', 'reads', 'dead-letter', 'on-failure'];

/** The current step: it covers [now, now + dt) in simulated seconds. */
export interface Clock {
  step: number;
  now: number;
  dt: number;
}

export interface Recommendation {
  nodeId?: string;
  edgeId?: string;
  text: string;
  /** The validator rule that says the same thing, where one exists. */
  relatedRule?: string;
}

/** One node while a simulation runs. Made by the node kind's behaviour. */
export interface NodeSim {
  readonly counters: NodeCounters;
  /**
   * Records handed over along `edge` (a push, a write, a delivery, a dead letter, a failure),
   * in `objects` objects where the target stores objects (S3): a Firehose delivery or a function
   * invocation writes one object of many records. Undefined: one object per record.
   */
  receive(edge: PipelineEdge, count: number, poison: number, clock: Clock, objects?: number): void;
  /** Advance one step: emit traffic, process what is waiting, hand records on. */
  step(clock: Clock): void;
  /** Records held right now. */
  backlog(): number;
  /** Entry time of the oldest record held (Infinity when none). */
  oldestTime(): number;
  /**
   * A processor function hands a batch back along `edge` (Firehose data transformation): `ok`
   * records transformed, `failed` records it returned as ProcessingFailed or never transformed.
   */
  returned?(edge: PipelineEdge, ok: number, failed: number, clock: Clock): void;
  /** Records a downstream node reads along `edge` (Glue, Firehose, COPY, crawlers): at most `max`. */
  pull?(edge: PipelineEdge, max: number, clock: Clock): number;
  /** A schedule or an upstream job asks this node to start a run. */
  start?(clock: Clock): void;
  /** Capabilities other behaviours use: a sharded stream, a message queue, a function's capacity. */
  log?: ShardedLog;
  queue?: MessageQueue;
  capacity?: FunctionCapacity;
  /** Holds records on purpose (a delivery buffer, a batch job between runs): not a bottleneck for that. */
  buffersByDesign?: boolean;
  /** What the run says about this node, read after the last step. */
  advise?(): Recommendation[];
}

export interface SimContext {
  readonly graph: PipelineGraph;
  readonly stepSeconds: number;
  readonly seed: number;
  /** The running node with this id (available from the first step on, not while building). */
  sim(nodeId: string): NodeSim;
  /** Edges out of / into a node with one of these meanings. */
  outgoing(nodeId: string, meanings: readonly ConnectionMeaning[]): PipelineEdge[];
  incoming(nodeId: string, meanings: readonly ConnectionMeaning[]): PipelineEdge[];
  /** Hand records to the edge's target (in `objects` objects, see NodeSim.receive) and count them on the edge. */
  send(edge: PipelineEdge, count: number, poison: number, clock: Clock, objects?: number): void;
  /** Count records that moved along an edge without `send` (reads, event source mappings). */
  countOnEdge(edge: PipelineEdge, count: number): void;
  /** A random stream of its own for each name. */
  rng(name: string): Rng;
  /** Average size of the records reaching a node, from the sources' traffic. */
  recordBytes(nodeId: string): number;
  /** Lambda's account-wide concurrency, shared by the functions without reserved concurrency. */
  readonly account: AccountConcurrency;
}

export interface AccountConcurrency {
  readonly limit: number;
  /** Unreserved executions still free in this step. */
  free: number;
}

/**
 * The backlog of a node that never holds records (a store keeps what arrives at once). The
 * engine reads every node's backlog at the end of every step; it skips the nodes whose
 * backlog is this one, a call fewer per store per step.
 */
export const holdsNothing = (): number => 0;

/**
 * The step of a node that does nothing by itself (a store without traffic: it only keeps what
 * arrives). The engine does not call it, a call fewer per sink per step.
 */
export const nothingToStep = (): void => undefined;

/** A node kind's simulated behaviour. */
export interface Behaviour {
  create(node: PipelineNode, ctx: SimContext): NodeSim;
}

/**
 * Send `count` records along every edge of `edges`: a copy to each, so `counters.copies`
 * (the sender's) gains count x (edges - 1).
 */
export function sendToAll(ctx: SimContext, counters: NodeCounters, edges: readonly PipelineEdge[], count: number, poison: number, clock: Clock, objects?: number): void {
  if (count <= 0) return;
  if (edges.length > 1) counters.copies += count * (edges.length - 1);
  for (const e of edges) ctx.send(e, count, poison, clock, objects);
}
