import { AWS_DOCS, defineRule } from '../../define-rule';
import { num } from '../../format';
import { concurrencyForEdge, concurrencyNeeded, type LambdaNode } from '../../facts/lambda-load';
import type { DraftFinding } from '../../types';

import { ACCOUNT_CONCURRENCY, MIN_UNRESERVED_CONCURRENCY as MIN_UNRESERVED } from '../../../model';

function names(fns: { fn: LambdaNode; n: number }[]): string {
  const shown = fns.slice(0, 5).map((x) => `${x.fn.id} ${num(x.n)}`).join(', ');
  return fns.length > 5 ? `${shown}, and ${fns.length - 5} more` : shown;
}

export const lambdaConcurrencyLimit = defineRule({
  id: 'lambda-concurrency-limit',
  area: 'lambda',
  severity: 'warning',
  title: 'Lambda concurrency over the account limit',
  docsUrl: AWS_DOCS.lambdaConcurrency,
  description:
    `All functions in an account and Region share ${num(ACCOUNT_CONCURRENCY)} concurrent executions by default. Past that, invocations are throttled: streams fall behind, queues back up, APIs return 429. Reserved concurrency must also leave ${num(MIN_UNRESERVED)} unreserved, and a function needing more than its own reservation is throttled the same way. Demand is worked out as the simulator does (Little's law): invocations per second × duration; for a stream mapping, batches per second (what each lane gathers between polls, up to the batch size) × batch duration, capped by shards × parallelization factor, since an idle lane polls without invoking.`,
  check(ctx) {
    const fns = ctx.nodesOfKind('lambda-function');
    const out: DraftFinding[] = [];
    const reserved = fns.filter((fn) => fn.config.reservedConcurrency !== undefined).map((fn) => ({ fn, n: fn.config.reservedConcurrency ?? 0 }));
    const reservedSum = reserved.reduce((s, x) => s + x.n, 0);
    const largest = <T extends { n: number }>(xs: T[]) => xs.reduce((a, b) => (b.n > a.n ? b : a));
    if (reserved.length > 0 && reservedSum > ACCOUNT_CONCURRENCY - MIN_UNRESERVED) {
      const over = reservedSum > ACCOUNT_CONCURRENCY;
      out.push(
        ctx.atNode(largest(reserved).fn, 'reservedConcurrency', {
          message: over
            ? `reserved concurrency adds up to ${num(reservedSum)} (${names(reserved)}), over the default account limit of ${num(ACCOUNT_CONCURRENCY)} concurrent executions per Region; this is a soft limit that can be raised`
            : `reserved concurrency adds up to ${num(reservedSum)} (${names(reserved)}), leaving ${num(ACCOUNT_CONCURRENCY - reservedSum)} unreserved; Lambda keeps at least ${MIN_UNRESERVED} unreserved for the other functions and refuses the reservation`,
          fix: 'Lower the reservations, or ask AWS (Service Quotas) to raise the account concurrency limit before deploying.',
        }),
      );
    }
    for (const fn of fns) {
      const own = fn.config.reservedConcurrency;
      if (own === undefined) continue;
      // SQS mappings are left out: a queue waits for the reservation, and esm-consumer-throughput
      // says when it can no longer keep up.
      const need = Math.ceil(
        ctx
          .incoming(fn.id)
          .filter((e) => !(ctx.connection(e)?.meaning === 'event-source-mapping' && ctx.node(e.source)?.kind === 'sqs-queue'))
          .reduce((sum, e) => sum + concurrencyForEdge(ctx, fn, e), 0),
      );
      if (need <= own) continue;
      out.push(
        ctx.atNode(fn, 'reservedConcurrency', {
          message: `the configured traffic needs about ${num(need)} concurrent executions of ${fn.id}, over its reserved concurrency of ${num(own)}: invocations beyond it are throttled (stream batches and events wait, synchronous calls fail)`,
          fix: `Raise reservedConcurrency to at least ${num(need)}, or make invocations shorter or batches larger so fewer run at once.`,
        }),
      );
    }
    const needs = fns.map((fn) => ({ fn, n: concurrencyNeeded(ctx, fn) })).filter((x) => x.n > 0);
    const needSum = needs.reduce((s, x) => s + x.n, 0);
    if (needSum > ACCOUNT_CONCURRENCY) {
      out.push(
        ctx.atNode(largest(needs).fn, undefined, {
          message: `the configured traffic needs about ${num(needSum)} concurrent executions (${names(needs)}), over the default account limit of ${num(ACCOUNT_CONCURRENCY)} per Region: invocations beyond it are throttled; this is a soft limit that can be raised`,
          fix: 'Ask AWS (Service Quotas) to raise the account concurrency limit, or make invocations shorter or batches larger so fewer run at once.',
        }),
      );
    }
    return out;
  },
  examples: {
    failing: {
      nodes: [
        { id: 'ingest', kind: 'lambda-function', config: { reservedConcurrency: 600 } },
        { id: 'report', kind: 'lambda-function', config: { reservedConcurrency: 500 } },
      ],
    },
    passing: {
      nodes: [
        { id: 'ingest', kind: 'lambda-function', config: { reservedConcurrency: 400 } },
        { id: 'report', kind: 'lambda-function', config: { reservedConcurrency: 100 } },
      ],
    },
  },
});
