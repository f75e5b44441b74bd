import type { NodeOfKind } from '../../model';
import type { Behaviour } from '../behaviour';
import { ShardedLog } from '../mechanisms/sharded-log';
import { emitTraffic, Store, trafficSourceFor } from '../mechanisms/store';
import { storeNode } from '../mechanisms/store';
import { NodeCounters } from '../node-counters';
import { streamNode, streamReaders } from './stream-readers';

/** DynamoDB Streams keep changes for 24 hours. */
const STREAM_RETENTION_SECONDS = 24 * 3600;

/**
 * A DynamoDB table. Without a stream (or without a function reading it) it is a store. With
 * its stream enabled and read by Lambda, the node's counts are the stream's: every change
 * waits on one of `streamShardCount` shards until each reader has taken it or 24 h pass.
 * Table write capacity is not simulated.
 */
export const dynamodbTableBehaviour: Behaviour = {
  create(node, ctx) {
    const config = (node as NodeOfKind<'dynamodb-table'>).config;
    const readers = streamReaders(ctx, node.id, node.kind, ['event-source-mapping']);
    if (!config.streamEnabled || readers.length === 0) return storeNode(node.id, ctx, config.traffic);
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
    const source = trafficSourceFor(config.traffic, ctx, node.id);
    const sim = streamNode(log, counters, (clock) => {
      const n = emitTraffic(source, counters, clock);
      if (n > 0) {
        table.add(n);
        log.write(n, source!.poison, clock);
      }
    });
    return {
      ...sim,
      receive(edge, count, poison, clock) {
        table.add(count);
        log.write(count, poison, clock);
      },
      pull: (edge, max) => table.pull(edge, max),
    };
  },
};
