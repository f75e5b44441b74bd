import type { NodeOfKind } from '../../model';
import { type Behaviour, type NodeSim, sendToAll } from '../behaviour';
import { CohortQueue } from '../cohort-queue';
import { pullInputs } from '../mechanisms/batch-run';
import { NodeCounters } from '../node-counters';

/**
 * Data Firehose: records wait in a buffer that is delivered whole when it holds bufferSizeMb
 * or when its oldest record has waited bufferIntervalSeconds, whichever comes first. It reads
 * a Kinesis source shard by shard (2 MB/s per shard). Delivery failures are not simulated.
 */
export const firehoseBehaviour: Behaviour = {
  create(node, ctx): NodeSim {
    const config = (node as NodeOfKind<'firehose'>).config;
    const counters = new NodeCounters();
    const buffer = new CohortQueue();
    const sources = ctx.incoming(node.id, ['delivers']);
    const destinations = ctx.outgoing(node.id, ['delivers']);
    const recordBytes = Math.max(1, ctx.recordBytes(node.id));
    const bufferRecords = Math.max(1, Math.floor((config.bufferSizeMb * 1024 * 1024) / recordBytes));
    let deliveries = 0;
    const add = (n: number, poison: number, now: number) => {
      counters.received += n;
      buffer.push(n, poison, now);
    };
    return {
      counters,
      receive: (_edge, count, poison, clock) => add(count, poison, clock.now),
      step(clock) {
        add(pullInputs(ctx, sources, clock), 0, clock.now);
        if (buffer.count === 0) return;
        // The buffer is checked at the end of the step: records that arrived now have waited dt.
        const waited = clock.now + clock.dt - buffer.headTime();
        if (buffer.count < bufferRecords && waited < config.bufferIntervalSeconds - 1e-9) return;
        const n = buffer.count;
        const poison = buffer.take(n, clock.now);
        deliveries++;
        counters.processed += n;
        sendToAll(ctx, destinations, n, poison, clock);
      },
      buffersByDesign: true,
      backlog: () => buffer.count,
      oldestTime: () => buffer.headTime(),
      advise: () => (deliveries > 0 ? [] : counters.received > 0 ? [{ nodeId: node.id, text: 'Firehose delivered nothing during the run: its buffer interval is longer than the run.' }] : []),
    };
  },
};
