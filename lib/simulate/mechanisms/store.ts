import type { PipelineEdge } from '../../model';
import type { Clock, NodeSim, SimContext } from '../behaviour';
import { NodeCounters } from '../node-counters';
import { TrafficSource } from '../traffic-source';
import type { Traffic } from '../../model';

/**
 * A place records are kept (an S3 bucket, a table, a database, a catalog): what arrives is
 * stored at once, so it counts as processed. Readers (Glue, EMR, COPY, crawlers) read what
 * was stored since their last read, each with its own cursor.
 */
export class Store {
  private readonly cursors = new Map<string, number>();

  constructor(readonly counters: NodeCounters) {}

  add(count: number): void {
    this.counters.received += count;
    this.counters.processed += count;
  }

  pull(edge: PipelineEdge, max: number): number {
    const at = this.cursors.get(edge.id) ?? 0;
    const n = Math.min(this.counters.processed - at, max);
    if (n <= 0) return 0;
    this.cursors.set(edge.id, at + n);
    return n;
  }
}

/** Emit a source's traffic for one step; returns the count, poison in `source.poison`. */
export function emitTraffic(source: TrafficSource | undefined, counters: NodeCounters, clock: Clock): number {
  if (!source) return 0;
  const n = source.emit(clock.now, clock.dt);
  counters.produced += n;
  return n;
}

export function trafficSourceFor(traffic: Traffic | undefined, ctx: SimContext, nodeId: string): TrafficSource | undefined {
  return traffic && traffic.recordsPerSecond > 0 ? new TrafficSource(traffic, ctx.rng(`${nodeId}/traffic`)) : undefined;
}

/**
 * Whether records that arrive along `from` may fire the notification `notify` (S3 key
 * filters); a node's own traffic always may. Asked once per pair of edges.
 */
export type MayNotify = (from: PipelineEdge, notify: PipelineEdge) => boolean;

/**
 * A store that may also emit traffic and notify: what arrives is stored, then copies go
 * along `notify` edges (S3 event notifications, SNS subscriptions). With `mayNotify`, records
 * arriving along an edge go only along the notify edges it allows; they are stored all the same.
 */
export function storeNode(nodeId: string, ctx: SimContext, traffic?: Traffic, notify: readonly PipelineEdge[] = [], mayNotify?: MayNotify): NodeSim {
  const counters = new NodeCounters();
  const store = new Store(counters);
  const source = trafficSourceFor(traffic, ctx, nodeId);
  /** The notify edges each incoming edge fires, worked out on its first records. */
  const routes = new Map<string, readonly PipelineEdge[]>();
  const notifyFrom = (edge: PipelineEdge): readonly PipelineEdge[] => {
    if (!mayNotify) return notify;
    let route = routes.get(edge.id);
    if (route === undefined) {
      route = notify.filter((e) => mayNotify(edge, e));
      routes.set(edge.id, route);
    }
    return route;
  };
  const arrive = (count: number, poison: number, clock: Clock, to: readonly PipelineEdge[]) => {
    store.add(count);
    for (const e of to) ctx.send(e, count, poison, clock);
  };
  return {
    counters,
    receive: (edge, count, poison, clock) => arrive(count, poison, clock, notifyFrom(edge)),
    step(clock) {
      const n = emitTraffic(source, counters, clock);
      if (n > 0) arrive(n, source!.poison, clock, notify);
    },
    backlog: () => 0,
    oldestTime: () => Infinity,
    pull: (edge, max) => store.pull(edge, max),
  };
}
