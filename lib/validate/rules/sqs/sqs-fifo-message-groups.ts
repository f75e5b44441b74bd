import { LAMBDA_FIFO_SCALING } from '../../../model';
import { defineRule } from '../../define-rule';
import { eventSourceMappings } from '../../facts/event-source-mappings';
import { invocationSeconds, trafficOf } from '../../facts/lambda-load';
import { setAction } from '../../fix-actions';
import { num, plural } from '../../format';
import type { DraftFinding } from '../../types';

export const sqsFifoMessageGroups = defineRule({
  id: 'sqs-fifo-message-groups',
  area: 'sqs',
  severity: 'warning',
  title: 'Too few message groups for the function to keep up with a FIFO queue',
  docsUrl: LAMBDA_FIFO_SCALING.url,
  description:
    'Lambda keeps the messages of one message group in order by having at most one batch of that group in flight. A FIFO queue therefore gives its function at most as many concurrent batches as there are active message groups: a design with few groups cannot scale, whatever the concurrency limits say.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const m of eventSourceMappings(ctx)) {
      if (m.source.kind !== 'sqs-queue' || !m.source.config.fifo) continue;
      const rate = trafficOf(m.source)?.recordsPerSecond ?? 0;
      if (rate === 0) continue;
      const groups = m.source.config.messageGroupCount;
      const perBatch = Math.min(m.esm.batchSize, Math.max(1, rate));
      const seconds = invocationSeconds(m.fn, perBatch);
      // Little's law: batches arriving per second × seconds each = batches in flight needed.
      const needed = Math.ceil(((rate / perBatch) * seconds) / LAMBDA_FIFO_SCALING.batchesInFlightPerGroup - 1e-9);
      if (needed <= groups) continue;
      const capacity = (groups * perBatch) / seconds;
      out.push(
        ctx.atNode(m.source, 'messageGroupCount', {
          message: `${plural(groups, 'message group')} let ${m.fn.id} run at most ${num(groups)} batch${groups === 1 ? '' : 'es'} at a time, about ${num(capacity)} messages/s (${num(perBatch)} per ${num(seconds)} s batch); ${num(rate)} messages/s needs ${num(needed)} in flight: the backlog grows without end`,
          fix: `Use at least ${num(needed)} message group IDs (e.g. one per customer or account), or make each batch faster.`,
          action: setAction(`Use ${num(needed)} message groups`, 'node', m.source.id, 'messageGroupCount', needed),
        }),
      );
    }
    return out;
  },
  examples: {
    failing: {
      nodes: [
        { id: 'payments', kind: 'sqs-queue', config: { fifo: true, messageGroupCount: 1, traffic: { recordsPerSecond: 100 } } },
        { id: 'settle', kind: 'lambda-function', config: { durationMsPerInvocation: 50, durationMsPerRecord: 20 } },
      ],
      edges: [{ id: 'payments-to-settle', source: 'payments', target: 'settle', config: { batchSize: 10 } }],
    },
    passing: {
      nodes: [
        { id: 'payments', kind: 'sqs-queue', config: { fifo: true, messageGroupCount: 50, traffic: { recordsPerSecond: 100 } } },
        { id: 'settle', kind: 'lambda-function', config: { durationMsPerInvocation: 50, durationMsPerRecord: 20 } },
      ],
      edges: [{ id: 'payments-to-settle', source: 'payments', target: 'settle', config: { batchSize: 10 } }],
    },
  },
});
