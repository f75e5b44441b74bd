import type { NodeOfKind } from '../../model';
import { type Behaviour, type NodeSim, sendToAll } from '../behaviour';
import { firesNow, ownSchedule, pullInputs } from '../mechanisms/batch-run';
import { CohortQueue } from '../cohort-queue';
import { NodeCounters } from '../node-counters';

/** AWS Data Pipeline: on each firing of its schedule, copies what arrived since the last one. Activity time is not simulated. */
export const dataPipelineBehaviour: Behaviour = {
  create(node, ctx): NodeSim {
    const config = (node as NodeOfKind<'data-pipeline'>).config;
    const counters = new NodeCounters();
    const waiting = new CohortQueue();
    const inputs = ctx.incoming(node.id, ['reads']);
    const writes = ctx.outgoing(node.id, ['writes']);
    const schedule = ownSchedule(config.schedule);
    const add = (n: number, now: number) => {
      counters.received += n;
      waiting.push(n, 0, now);
    };
    return {
      counters,
      receive: (_edge, count, _poison, clock) => add(count, clock.now),
      step(clock) {
        add(pullInputs(ctx, inputs, clock), clock.now);
        if (!firesNow(schedule, clock) || waiting.count === 0) return;
        const n = waiting.count;
        waiting.take(n, clock.now);
        counters.processed += n;
        // One copy activity per firing: one object.
        sendToAll(ctx, counters, writes, n, 0, clock, 1);
      },
      buffersByDesign: true,
      backlog: () => waiting.count,
      oldestTime: () => waiting.headTime(),
    };
  },
};
