import { type Behaviour, holdsNothing, type NodeSim, sendToAll } from '../behaviour';
import { pullInputs } from '../mechanisms/batch-run';
import { NodeCounters } from '../node-counters';

/** An EMR cluster: reads its inputs and writes them on at once. Cluster capacity is not simulated. */
export const emrClusterBehaviour: Behaviour = {
  create(node, ctx): NodeSim {
    const counters = new NodeCounters();
    const inputs = ctx.incoming(node.id, ['reads']);
    const writes = ctx.outgoing(node.id, ['writes']);
    const pass = (n: number, clock: Parameters<NodeSim['step']>[0]) => {
      counters.received += n;
      counters.processed += n;
      // What a step writes: one object (Spark's output partitions are not modelled).
      sendToAll(ctx, counters, writes, n, 0, clock, 1);
    };
    return {
      counters,
      receive: (_edge, count, _poison, clock) => pass(count, clock),
      step: (clock) => pass(pullInputs(ctx, inputs, clock), clock),
      backlog: holdsNothing,
      oldestTime: () => Infinity,
    };
  },
};
