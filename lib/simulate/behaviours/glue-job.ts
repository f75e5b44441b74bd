import type { NodeOfKind } from '../../model';
import { glueJobDpu } from '../../model/kinds/glue-job';
import { type Behaviour, type NodeSim, type Recommendation, sendToAll } from '../behaviour';
import { formatCount, formatSeconds } from '../format';
import { BatchRun, firesNow, ownSchedule, pullInputs, startNext } from '../mechanisms/batch-run';
import { NodeCounters } from '../node-counters';

/**
 * A Glue job. Its throughput is its DPUs (`glueJobDpu`: workers x DPU of the worker type; 0.0625
 * for a Python shell job, as exported; 2 per Ray worker) x recordsPerSecondPerDpu.
 * A batch job (glueetl, pythonshell, glueray) runs when its schedule fires, when a schedule
 * or an upstream job/crawler starts it, or, with an event trigger, whenever records wait;
 * a run takes startupSeconds plus its records / throughput, and handles what arrived since
 * the last run (job bookmarks). A streaming job starts at once and, after startupSeconds,
 * processes continuously at its throughput. Output goes to every `writes` target.
 */
export const glueJobBehaviour: Behaviour = {
  create(node, ctx): NodeSim {
    const config = (node as NodeOfKind<'glue-job'>).config;
    const counters = new NodeCounters();
    // Python shell jobs run on 0.0625 DPU whatever the worker settings, as exported.
    const throughput = glueJobDpu(config) * config.recordsPerSecondPerDpu;
    const run = new BatchRun(counters, (n) => config.startupSeconds + (n === 0 ? 0 : n / throughput), config.timeoutMinutes * 60);
    const inputs = ctx.incoming(node.id, ['reads']);
    const writes = ctx.outgoing(node.id, ['writes']);
    // A schedule node in front of the job starts it instead of its own schedule, as exported
    // (two schedules would start it twice; the validator's glue-double-schedule says so).
    const scheduledByNode = ctx.incoming(node.id, ['trigger']).some((e) => ctx.graph.node(e.source)?.kind === 'schedule');
    const schedule = config.trigger.type === 'schedule' && !scheduledByNode ? ownSchedule(config.trigger.schedule) : undefined;
    const streaming = config.jobType === 'gluestreaming';
    let allowance = 0;

    return {
      counters,
      receive: (_edge, count, _poison, clock) => run.add(count, clock.now),
      step(clock) {
        if (!streaming && firesNow(schedule, clock)) run.start(clock);
        run.add(pullInputs(ctx, inputs, clock), clock.now);
        if (streaming) {
          if (clock.now + clock.dt <= config.startupSeconds) return;
          counters.concurrency = 1;
          counters.peakConcurrency = 1;
          const perStep = throughput * clock.dt;
          allowance = Math.min(allowance + perStep, Math.max(perStep, 1));
          const n = Math.min(run.queue.count, Math.floor(allowance + 1e-9));
          allowance -= n;
          if (n > 0) {
            run.queue.take(n, clock.now);
            counters.processed += n;
            // What a step's micro-batch writes: one object (Spark's output partitions are not modelled).
            sendToAll(ctx, counters, writes, n, 0, clock, 1);
          }
          return;
        }
        if (config.trigger.type === 'event' && run.queue.count > 0 && !run.isRunning) run.start(clock);
        const done = run.finish(clock);
        if (done >= 0) {
          // A run writes at least one object (one per output partition, not modelled).
          sendToAll(ctx, counters, writes, done, 0, clock, 1);
          startNext(ctx, node.id, clock);
        }
      },
      start: (clock) => {
        if (!streaming) run.start(clock);
      },
      buffersByDesign: !streaming,
      backlog: () => run.queue.count,
      oldestTime: () => run.queue.headTime(),
      advise(): Recommendation[] {
        const out: Recommendation[] = [];
        if (counters.errors > 0) {
          out.push({
            nodeId: node.id,
            text: `${counters.errors} runs hit the ${config.timeoutMinutes}-minute timeout: at ${formatCount(throughput)} records/s the work took ${formatSeconds(run.longestRunSeconds)}. Add workers or a bigger worker type.`,
          });
        }
        if (run.skippedStarts > 0) {
          out.push({ nodeId: node.id, text: `${run.skippedStarts} ${run.skippedStarts === 1 ? 'start was' : 'starts were'} skipped because the previous run was still going: runs take up to ${formatSeconds(run.longestRunSeconds)}.` });
        }
        if (!streaming && run.runs === 0 && counters.received > 0) {
          out.push({ nodeId: node.id, text: `The job never ran, so ${formatCount(counters.received)} records wait: give it a schedule or connect a trigger.` });
        }
        return out;
      },
    };
  },
};
