import type { PipelineEdge } from '../../model';
import { type Clock, holdsNothing, type NodeSim, nothingToStep, ONWARD_MEANINGS, type SimContext } from '../behaviour';
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
  private readonly objectCursors = new Map<string, number>();
  /** Objects stored (S3): what a crawler lists. One per record unless a writer says otherwise. */
  objects = 0;

  /**
   * `readers`: how many nodes read everything stored (each with its own cursor, so each gets
   * a copy); `onward`: whether the node has connections that hand records on (otherwise the
   * engine counts what it stores as delivered already).
   */
  constructor(
    readonly counters: NodeCounters,
    private readonly readers = 0,
    private readonly onward = false,
  ) {}

  /**
   * Store `count` records, `notified` of them sent along that many notification edges: each
   * record goes to `notified + readers` places, k - 1 of them copies. A store that hands
   * records on but sends these nowhere (a key no notification filter matches, no reader) is
   * where they end up.
   */
  add(count: number, notified = 0, objects = count): void {
    this.counters.received += count;
    this.counters.processed += count;
    this.objects += objects;
    const places = notified + this.readers;
    if (places > 1) this.counters.copies += count * (places - 1);
    else if (places === 0 && this.onward) this.counters.ended += count;
  }

  pull(edge: PipelineEdge, max: number): number {
    const at = this.cursors.get(edge.id) ?? 0;
    const n = Math.min(this.counters.processed - at, max);
    if (n <= 0) return 0;
    this.cursors.set(edge.id, at + n);
    return n;
  }

  /** New objects since this reader's last look (a crawler lists objects, not the records in them). */
  pullObjects(edge: PipelineEdge, max: number): number {
    const at = this.objectCursors.get(edge.id) ?? 0;
    const n = Math.min(this.objects - at, max);
    if (n <= 0) return 0;
    this.objectCursors.set(edge.id, at + n);
    return n;
  }
}

/** Whether a node has connections that hand its records on (so the engine does not count it a place records end). */
export function handsOn(ctx: SimContext, nodeId: string): boolean {
  return ctx.outgoing(nodeId, ONWARD_MEANINGS).length > 0;
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
  // Readers pull what is stored (Glue, EMR, Data Pipeline, COPY); an IoT rule sends to its
  // 'reads' targets instead, so those are notifications, not readers.
  const readers = ctx.outgoing(nodeId, ['reads']).filter((e) => !notify.includes(e)).length;
  const store = new Store(counters, readers, handsOn(ctx, nodeId));
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
  const arrive = (count: number, poison: number, clock: Clock, to: readonly PipelineEdge[], objects?: number) => {
    store.add(count, to.length, objects);
    for (const e of to) ctx.send(e, count, poison, clock);
  };
  /** Crawlers read objects: the edges they read along. */
  const crawled = new Set(ctx.outgoing(nodeId, ['crawl-target']).map((e) => e.id));
  return {
    counters,
    // Without notify edges what arrives is only stored: the sinks of most pipelines, written
    // to by every invocation of the function before them, take the short way.
    receive: notify.length === 0 ? (_edge, count, _poison, _clock, objects) => store.add(count, 0, objects) : (edge, count, poison, clock, objects) => arrive(count, poison, clock, notifyFrom(edge), objects),
    step: source
      ? (clock) => {
          const n = emitTraffic(source, counters, clock);
          if (n > 0) arrive(n, source.poison, clock, notify);
        }
      : nothingToStep,
    backlog: holdsNothing,
    oldestTime: () => Infinity,
    // What goes along a notify edge was sent already: a reader there must not read it again.
    pull: (edge, max) => (notify.some((e) => e.id === edge.id) ? 0 : crawled.has(edge.id) ? store.pullObjects(edge, max) : store.pull(edge, max)),
  };
}
