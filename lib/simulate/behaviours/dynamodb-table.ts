import { DYNAMODB_STREAM_RETENTION_SECONDS, type NodeOfKind } from '../../model';
import { type Behaviour, holdsNothing } from '../behaviour';
import type { Clock } from '../behaviour';
import { HotPartition } from '../mechanisms/hot-partition';
import { ShardedLog } from '../mechanisms/sharded-log';
import { emitTraffic, handsOn, Store, trafficSourceFor } from '../mechanisms/store';
import { storeNode } from '../mechanisms/store';
import { NodeCounters } from '../node-counters';
import { streamNode, streamReaders } from './stream-readers';

/** DynamoDB Streams keep changes for 24 hours. */
const STREAM_RETENTION_SECONDS = DYNAMODB_STREAM_RETENTION_SECONDS;

/**
 * A DynamoDB table. Without a stream (or without a function reading it) it is a store. With
 * its stream enabled and read by Lambda, the node's counts are the stream's: every change
 * waits on one of `streamShardCount` shards until each reader has taken it or 24 h pass.
 * Table write capacity is not simulated, except on the busiest partition key
 * (`traffic.hotKeyShare`): its partition takes 1,000 write units a second and throttles the rest.
 */
export const dynamodbTableBehaviour: Behaviour = {
  create(node, ctx) {
    const config = (node as NodeOfKind<'dynamodb-table'>).config;
    const readers = streamReaders(ctx, node.id, node.kind, ['event-source-mapping']);
    const hot = config.traffic.hotKeyShare > 0 ? new HotPartition(config.traffic.hotKeyShare, ctx.recordBytes(node.id)) : undefined;
    if (!config.streamEnabled || readers.length === 0) return hot ? hotKeyStore(node.id, ctx, config, hot) : storeNode(node.id, ctx, config.traffic);
    const counters = new NodeCounters();
    const log = new ShardedLog({
      shards: config.streamShardCount,
      retentionSeconds: STREAM_RETENTION_SECONDS,
      writeRecordsPerSecond: Infinity,
      writeBytesPerSecond: Infinity,
      recordBytes: ctx.recordBytes(node.id),
      readers,
      counters,
      sharedReads: false,
    });
    // Glue and EMR read the table itself, not its stream.
    const table = new Store(new NodeCounters());
    // Each change goes to every stream reader (the log counts those) and every table reader.
    const tableReaders = ctx.outgoing(node.id, ['reads']).length;
    const source = trafficSourceFor(config.traffic, ctx, node.id);
    /** Writes the hot partition refuses are throttled at the table and never reach the stream. */
    const write = (count: number, poison: number, clock: Clock) => {
      const throttled = hot?.throttle(count, clock) ?? 0;
      if (throttled > 0) {
        counters.received += throttled;
        counters.throttled += throttled;
      }
      const ok = count - throttled;
      if (ok <= 0) return;
      table.add(ok);
      counters.copies += ok * tableReaders;
      log.write(ok, Math.min(poison, ok), clock);
    };
    const sim = streamNode(log, counters, (clock) => {
      const n = emitTraffic(source, counters, clock);
      if (n > 0) write(n, source!.poison, clock);
    });
    return {
      ...sim,
      receive: (_edge, count, poison, clock) => write(count, poison, clock),
      pull: (edge, max) => table.pull(edge, max),
    };
  },
};

/** A table without a stream whose busiest key's partition throttles writes beyond its limit. */
function hotKeyStore(nodeId: string, ctx: Parameters<Behaviour['create']>[1], config: NodeOfKind<'dynamodb-table'>['config'], hot: HotPartition) {
  const counters = new NodeCounters();
  const table = new Store(counters, ctx.outgoing(nodeId, ['reads']).length, handsOn(ctx, nodeId));
  const source = trafficSourceFor(config.traffic, ctx, nodeId);
  const write = (count: number, clock: Clock) => {
    const throttled = hot.throttle(count, clock);
    counters.received += throttled;
    counters.throttled += throttled;
    if (count > throttled) table.add(count - throttled);
  };
  return {
    counters,
    receive: (_edge: unknown, count: number, _poison: number, clock: Clock) => write(count, clock),
    step: (clock: Clock) => write(emitTraffic(source, counters, clock), clock),
    backlog: holdsNothing,
    oldestTime: () => Infinity,
    pull: (edge: Parameters<Store['pull']>[0], max: number) => table.pull(edge, max),
  };
}
