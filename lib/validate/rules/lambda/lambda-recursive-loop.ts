import { LAMBDA_RECURSION_DETECTION, type PipelineEdge, SHORT_NAMES } from '../../../model';
import type { ValidationContext } from '../../context';
import { defineRule } from '../../define-rule';
import type { DraftFinding } from '../../types';
import { prefixesOverlap } from './lambda-s3-recursion';

/** Edges along which one event makes another without anyone deciding to: writes, pushes, polls, deliveries. */
const EVENT_MEANINGS = new Set(['writes', 'push', 'event-source-mapping', 'delivers']);

/** Whether an event arriving over `into` at an S3 bucket goes on along `out` (their key prefixes overlap). */
function passesBucket(ctx: ValidationContext, into: PipelineEdge, out: PipelineEdge): boolean {
  const source = ctx.node(into.source);
  const written = source?.kind === 'firehose' ? source.config.prefix : (into.config.writePrefix ?? '');
  return prefixesOverlap(written, out.config.filterPrefix ?? '');
}

/** The shortest chain of event edges from `start` back to `start`, or undefined. */
function shortestLoop(ctx: ValidationContext, start: string): PipelineEdge[] | undefined {
  const next = (edge: PipelineEdge | undefined, node: string) =>
    ctx.outgoing(node).filter((e) => {
      const meaning = ctx.connection(e)?.meaning;
      if (!meaning || !EVENT_MEANINGS.has(meaning)) return false;
      if (meaning === 'writes' && ctx.node(node)?.kind !== 'lambda-function') return false; // ETL writes are batch, not events
      return !(edge && ctx.node(node)?.kind === 's3-bucket' && !passesBucket(ctx, edge, e));
    });
  // Breadth first over (edge taken) so the S3 prefix of the edge into a bucket is known on the way out.
  const seen = new Set<string>();
  let frontier: PipelineEdge[][] = next(undefined, start).map((e) => [e]);
  while (frontier.length > 0) {
    const following: PipelineEdge[][] = [];
    for (const path of frontier) {
      const last = path[path.length - 1];
      if (last.target === start) return path;
      if (seen.has(last.id)) continue;
      seen.add(last.id);
      for (const e of next(last, last.target)) following.push([...path, e]);
    }
    frontier = following;
  }
  return undefined;
}

export const lambdaRecursiveLoop = defineRule({
  id: 'lambda-recursive-loop',
  area: 'lambda',
  severity: 'error',
  title: 'Function whose output triggers it again (through a queue, topic, stream or chain)',
  docsUrl: LAMBDA_RECURSION_DETECTION.url,
  description:
    'A function that writes to the queue, topic, stream or bucket that triggers it, directly or through other services, runs forever on every event. Lambda\'s recursive loop detection follows SQS, SNS and S3 only, and stops a chain after about 16 invocations per event: each event still costs 16 invocations first. A loop through Kinesis, DynamoDB streams or Firehose is never stopped.',
  check(ctx) {
    const out: DraftFinding[] = [];
    const reported = new Set<string>();
    for (const fn of ctx.nodesOfKind('lambda-function')) {
      const loop = shortestLoop(ctx, fn.id);
      if (!loop) continue;
      const key = loop.map((e) => e.id).sort().join(' ');
      if (reported.has(key)) continue;
      reported.add(key);
      const through = loop.slice(0, -1).map((e) => e.target);
      // A function writing straight back into its trigger bucket is lambda-s3-recursion's (with its prefix fix).
      if (through.length === 1 && ctx.node(through[0])?.kind === 's3-bucket') continue;
      const kinds = through.map((id) => ctx.node(id)!.kind);
      const others = kinds.filter((k) => k !== 'lambda-function' && !LAMBDA_RECURSION_DETECTION.coveredKinds.includes(k));
      const chain = [fn.id, ...through, fn.id].join(' → ');
      const n = LAMBDA_RECURSION_DETECTION.invocationsBeforeStop;
      const stops =
        others.length === 0
          ? `Lambda's recursive loop detection stops it after about ${n} invocations per event, so every event still costs ${n} invocations (and fails to the dead-letter queue or on-failure destination)`
          : `Lambda's recursive loop detection does not follow ${[...new Set(others.map((k) => SHORT_NAMES[k]))].join(', ')}, so nothing stops it: every event circles forever and the function scales until it takes the account's concurrency`;
      const [write] = loop;
      out.push(
        ctx.atEdge(write, undefined, {
          severity: others.length === 0 ? 'warning' : 'error',
          message: `a recursive loop: ${chain}. ${stops}`,
          fix: 'Write the output somewhere that does not lead back to the function (another queue, topic, stream or prefix); if the loop is intended, bound it in the data (a hop counter) and keep RecursiveLoop on Terminate.',
        }),
      );
    }
    return out;
  },
  examples: {
    failing: {
      nodes: [
        { id: 'jobs', kind: 'sqs-queue' },
        { id: 'worker', kind: 'lambda-function' },
        { id: 'events', kind: 'kinesis-stream' },
        { id: 'fanout', kind: 'lambda-function' },
      ],
      edges: [
        { id: 'jobs-to-worker', source: 'jobs', target: 'worker' },
        { id: 'worker-to-events', source: 'worker', target: 'events' },
        { id: 'events-to-fanout', source: 'events', target: 'fanout', config: { startingPosition: 'LATEST' } },
        { id: 'fanout-to-jobs', source: 'fanout', target: 'jobs' },
      ],
    },
    passing: {
      nodes: [
        { id: 'jobs', kind: 'sqs-queue' },
        { id: 'worker', kind: 'lambda-function' },
        { id: 'results', kind: 'sqs-queue' },
      ],
      edges: [
        { id: 'jobs-to-worker', source: 'jobs', target: 'worker' },
        { id: 'worker-to-results', source: 'worker', target: 'results' },
      ],
    },
  },
});
