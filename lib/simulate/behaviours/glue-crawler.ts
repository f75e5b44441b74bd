import { SECONDS_PER_DAY, type NodeOfKind } from '../../model';
import { type Behaviour, type NodeSim, type Recommendation, sendToAll } from '../behaviour';
import { formatCount } from '../format';
import { BatchRun, firesNow, ownSchedule, pullInputs, startNext } from '../mechanisms/batch-run';
import { NodeCounters } from '../node-counters';

/**
 * A Glue crawler: its records are the new objects in its targets. It runs on its own
 * schedule or when a schedule or job starts it; a crawl takes baseRunSeconds +
 * secondsPerObject x new objects, then the catalog database counts them and the crawler
 * starts what follows it.
 */
export const glueCrawlerBehaviour: Behaviour = {
  create(node, ctx): NodeSim {
    const config = (node as NodeOfKind<'glue-crawler'>).config;
    const counters = new NodeCounters();
    // Crawlers have no timeout setting; a day is a generous stand-in that only stops runaway crawls.
    const run = new BatchRun(counters, (n) => config.baseRunSeconds + config.secondsPerObject * n, SECONDS_PER_DAY);
    const targets = ctx.incoming(node.id, ['crawl-target']);
    const catalog = ctx.outgoing(node.id, ['populates']);
    const schedule = ownSchedule(config.schedule);
    return {
      counters,
      receive: (_edge, count, _poison, clock) => run.add(count, clock.now),
      step(clock) {
        // A crawl started now covers the objects that landed before this step, like a run started by a schedule node.
        if (firesNow(schedule, clock)) run.start(clock);
        run.add(pullInputs(ctx, targets, clock), clock.now);
        const done = run.finish(clock);
        if (done >= 0) {
          sendToAll(ctx, counters, catalog, done, 0, clock);
          startNext(ctx, node.id, clock);
        }
      },
      start: (clock) => run.start(clock),
      buffersByDesign: true,
      backlog: () => run.queue.count,
      oldestTime: () => run.queue.headTime(),
      advise(): Recommendation[] {
        if (run.runs === 0 && counters.received > 0) {
          return [{ nodeId: node.id, text: `The crawler never ran: ${formatCount(counters.received)} new objects are not in the catalog. Give it a schedule or a trigger.` }];
        }
        return [];
      },
    };
  },
};
