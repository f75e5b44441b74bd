import { eventSourceMappingSettings, type KindId } from '../../model';
import type { Clock, NodeSim, SimContext } from '../behaviour';
import type { ShardedLog, StreamReaderSpec } from '../mechanisms/sharded-log';
import type { NodeCounters } from '../node-counters';

/** A stream's readers: Lambda mappings get F lanes per shard; Firehose and Glue read shard by shard. */
export function streamReaders(ctx: SimContext, nodeId: string, kind: KindId, meanings: Parameters<SimContext['outgoing']>[1]): StreamReaderSpec[] {
  return ctx.outgoing(nodeId, meanings).map((edge) => {
    if (ctx.graph.connection(edge)?.meaning !== 'event-source-mapping') return { edge, lanesPerShard: 1, enhancedFanOut: false };
    const esm = eventSourceMappingSettings(kind, edge.config);
    return { edge, lanesPerShard: Math.max(1, esm.parallelizationFactor), enhancedFanOut: esm.enhancedFanOut };
  });
}

/** The parts of a stream node that do not depend on its kind. */
export function streamNode(log: ShardedLog, counters: NodeCounters, emit: (clock: Clock) => void, extra: Partial<NodeSim> = {}): NodeSim {
  return {
    counters,
    log,
    receive: (_edge, count, poison, clock) => log.write(count, poison, clock),
    step(clock) {
      emit(clock);
      log.expire(clock);
    },
    backlog: () => log.backlog(),
    oldestTime: () => log.oldestTime(),
    pull(edge, max, clock) {
      const reader = log.reader(edge.id);
      if (!reader) return 0;
      return log.drain(reader, Math.min(max, log.readLimitPerLane(reader, clock.dt)), clock.now);
    },
    ...extra,
  };
}
