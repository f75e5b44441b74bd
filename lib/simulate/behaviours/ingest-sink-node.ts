import type { PipelineEdge } from '../../model';
import type { NodeSim, Recommendation, SimContext } from '../behaviour';
import { formatCount, formatRate, formatSeconds } from '../format';
import { pullInputs } from '../mechanisms/batch-run';
import { IngestSink } from '../mechanisms/ingest-sink';
import { NodeCounters } from '../node-counters';

/** A sink node with an ingest capacity (OpenSearch, Redshift); `field` names the capacity setting for advice. */
export function ingestSinkNode(nodeId: string, ctx: SimContext, recordsPerSecond: number, field: string, pullFrom: readonly PipelineEdge[] = []): NodeSim {
  const counters = new NodeCounters();
  const sink = new IngestSink(recordsPerSecond, counters);
  return {
    counters,
    receive: (_edge, count, poison, clock) => sink.receive(count, poison, clock),
    step(clock) {
      const pulled = pullInputs(ctx, pullFrom, clock);
      if (pulled > 0) sink.receive(pulled, 0, clock);
      sink.step(clock);
    },
    backlog: () => sink.queue.count,
    oldestTime: () => sink.queue.headTime(),
    advise(): Recommendation[] {
      if (sink.stepsFull === 0) return [];
      return [
        {
          nodeId,
          text: `Arrivals peaked at ${formatRate(sink.peakArrivalPerSecond)}, above the ${formatRate(sink.capacity)} ${field}: records backed up for ${formatSeconds(sink.stepsFull * ctx.stepSeconds)} in all (${formatCount(counters.maxAgeSeconds)} s at worst). Add capacity or smooth the load.`,
        },
      ];
    },
  };
}
