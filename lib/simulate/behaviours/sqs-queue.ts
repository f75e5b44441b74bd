import type { NodeOfKind } from '../../model';
import type { Behaviour, NodeSim, Recommendation } from '../behaviour';
import { formatCount } from '../format';
import { MessageQueue } from '../mechanisms/message-queue';
import { emitTraffic, trafficSourceFor } from '../mechanisms/store';
import { NodeCounters } from '../node-counters';

/**
 * An SQS queue (see MessageQueue). Consumers compete: each message goes to one of them.
 * Messages expire after `retentionSeconds`. A dead-letter edge (queue -> queue) receives
 * messages received `maxReceiveCount` times.
 */
export const sqsQueueBehaviour: Behaviour = {
  create(node, ctx): NodeSim {
    const config = (node as NodeOfKind<'sqs-queue'>).config;
    const counters = new NodeCounters();
    const deadLetter = ctx.outgoing(node.id, ['dead-letter']);
    const queue = new MessageQueue({
      retentionSeconds: config.retentionSeconds,
      visibilityTimeoutSeconds: config.visibilityTimeoutSeconds,
      maxReceiveCount: config.maxReceiveCount,
      delaySeconds: config.delaySeconds,
      fifo: config.fifo,
      deadLetter,
      counters,
      ctx,
    });
    const source = trafficSourceFor(config.traffic, ctx, node.id);
    return {
      counters,
      queue,
      receive: (_edge, count, poison, clock) => queue.receive(count, poison, clock),
      step(clock) {
        const n = emitTraffic(source, counters, clock);
        if (n > 0) queue.receive(n, source!.poison, clock);
        queue.step(clock);
      },
      // A queue nobody reads (a dead-letter queue) keeps messages on purpose.
      buffersByDesign: ctx.outgoing(node.id, ['event-source-mapping', 'reads']).length === 0,
      backlog: () => queue.backlog(),
      oldestTime: () => queue.oldestTime(),
      pull: (_edge, max, clock) => queue.pull(max, clock.now),
      advise(): Recommendation[] {
        const out: Recommendation[] = [];
        const consumers = ctx.outgoing(node.id, ['event-source-mapping', 'reads']);
        if (counters.expired > 0) {
          out.push({
            nodeId: node.id,
            text:
              deadLetter.length === 0 && consumers.length > 0
                ? `${formatCount(counters.expired)} messages expired after ${config.retentionSeconds} s, some after failing again and again: connect a dead-letter queue so failing messages leave after ${config.maxReceiveCount} receives.`
                : `${formatCount(counters.expired)} messages expired after ${config.retentionSeconds} s before they were read.`,
            relatedRule: deadLetter.length === 0 && consumers.length > 0 ? 'sqs-missing-dlq' : undefined,
          });
        }
        if (counters.rescued > 0) {
          out.push({ nodeId: node.id, text: `${formatCount(counters.rescued)} messages were moved to the dead-letter queue after ${config.maxReceiveCount} receives.` });
        }
        return out;
      },
    };
  },
};
