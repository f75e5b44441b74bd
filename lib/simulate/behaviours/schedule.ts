import type { NodeOfKind } from '../../model';
import { type Behaviour, holdsNothing, type NodeSim, type Recommendation } from '../behaviour';
import { NodeCounters } from '../node-counters';
import { firingsBetween, parseSchedule } from '../schedule-expression';

/**
 * A schedule fires on its rate or cron expression. Each firing is one event: it starts a Glue
 * job or crawler, or invokes a function asynchronously.
 */
export const scheduleBehaviour: Behaviour = {
  create(node, ctx): NodeSim {
    const config = (node as NodeOfKind<'schedule'>).config;
    const counters = new NodeCounters();
    const parsed = parseSchedule(config.expression);
    const targets = ctx.outgoing(node.id, ['trigger']);
    return {
      counters,
      receive: () => undefined,
      step(clock) {
        if (!config.enabled || !parsed.ok) return;
        const n = firingsBetween(parsed.schedule, clock.now, clock.now + clock.dt);
        if (n === 0) return;
        counters.produced += n;
        counters.received += n;
        counters.processed += n;
        for (const edge of targets) {
          const target = ctx.sim(edge.target);
          if (target.start) {
            ctx.countOnEdge(edge, n);
            target.start(clock);
          } else ctx.send(edge, n, 0, clock);
        }
      },
      backlog: holdsNothing,
      oldestTime: () => Infinity,
      advise(): Recommendation[] {
        return parsed.ok ? [] : [{ nodeId: node.id, text: `The schedule never fires in the simulation: ${parsed.reason}.`, relatedRule: 'schedule-expression' }];
      },
    };
  },
};
