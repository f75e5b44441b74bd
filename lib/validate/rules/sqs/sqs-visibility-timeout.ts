import { SQS_VISIBILITY_MAX_SECONDS, SQS_VISIBILITY_TIMEOUT_FACTOR } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import { num } from '../../format';
import { eventSourceMappings, type Mapping } from '../../facts/event-source-mappings';
import type { DraftFinding } from '../../types';

const MAX_VISIBILITY = SQS_VISIBILITY_MAX_SECONDS;

export const sqsVisibilityTimeout = defineRule({
  id: 'sqs-visibility-timeout',
  area: 'sqs',
  severity: 'error',
  title: 'Queue visibility timeout too short for its consumer',
  docsUrl: AWS_DOCS.sqsLambda,
  description:
    `While a function works on a batch, its messages are hidden for the visibility timeout. If that is shorter than the function timeout, Lambda refuses the mapping; below ${SQS_VISIBILITY_TIMEOUT_FACTOR} × the function timeout (AWS's advice), messages reappear during retries and throttling and are processed twice.`,
  check(ctx) {
    const out: DraftFinding[] = [];
    const consumersOf = new Map<string, Mapping[]>();
    for (const m of eventSourceMappings(ctx)) (consumersOf.get(m.source.id) ?? consumersOf.set(m.source.id, []).get(m.source.id)!).push(m);
    for (const queue of ctx.nodesOfKind('sqs-queue')) {
      const consumers = consumersOf.get(queue.id) ?? [];
      if (consumers.length === 0) continue;
      const slowest = consumers.reduce((a, b) => (b.fn.config.timeoutSeconds > a.fn.config.timeoutSeconds ? b : a)).fn;
      const timeout = slowest.config.timeoutSeconds;
      const visibility = queue.config.visibilityTimeoutSeconds;
      const advised = Math.min(MAX_VISIBILITY, Math.ceil(SQS_VISIBILITY_TIMEOUT_FACTOR * timeout));
      if (visibility >= SQS_VISIBILITY_TIMEOUT_FACTOR * timeout) continue;
      const below = visibility < timeout;
      out.push(
        ctx.atNode(queue, 'visibilityTimeoutSeconds', {
          severity: below ? 'error' : 'warning',
          message: below
            ? `the visibility timeout is ${num(visibility)} s, shorter than the ${num(timeout)} s timeout of ${slowest.id}: Lambda refuses the mapping (and messages would reappear while still being processed)`
            : `the visibility timeout is ${num(visibility)} s, less than ${SQS_VISIBILITY_TIMEOUT_FACTOR} × the ${num(timeout)} s timeout of ${slowest.id} (${num(SQS_VISIBILITY_TIMEOUT_FACTOR * timeout)} s, AWS's advice): messages can reappear and be processed twice while retries and throttling hold them`,
          fix: `Set the visibility timeout to at least ${num(advised)} s.`,
          action: setAction(`Set visibility timeout to ${num(advised)} s`, 'node', queue.id, 'visibilityTimeoutSeconds', advised),
        }),
      );
    }
    return out;
  },
  examples: {
    failing: {
      nodes: [
        { id: 'jobs', kind: 'sqs-queue', config: { visibilityTimeoutSeconds: 30 } },
        { id: 'work', kind: 'lambda-function', config: { timeoutSeconds: 120 } },
      ],
      edges: [{ id: 'jobs-to-work', source: 'jobs', target: 'work' }],
    },
    passing: {
      nodes: [
        { id: 'jobs', kind: 'sqs-queue', config: { visibilityTimeoutSeconds: 720 } },
        { id: 'work', kind: 'lambda-function', config: { timeoutSeconds: 120 } },
      ],
      edges: [{ id: 'jobs-to-work', source: 'jobs', target: 'work' }],
    },
  },
});
