import { commentSafe } from '../cloudformation/text';
import type { FamilyPlan, HandlerPlan, WritePlan } from './plan';

/** Words for the handler's header comment (sanitised by the caller: only ids and fixed text). */
const FAMILY_WORDS: Record<FamilyPlan['family'], string> = {
  sqs: 'SQS messages',
  kinesis: 'Kinesis records (data base64)',
  dynamodb: 'DynamoDB stream records (attribute values)',
  s3: 'S3 notifications (keys URL-encoded)',
  sns: 'SNS messages',
  iot: 'IoT rule messages',
  'api-http': 'HTTP API requests (payload 2.0)',
  'api-rest': 'REST API requests (proxy)',
  schedule: 'scheduled ticks (EventBridge)',
  firehose: 'Firehose records to transform (data base64; every recordId returned Ok, Dropped or ProcessingFailed)',
};

export function describeFamily(f: FamilyPlan): string {
  const from = f.triggers.map((t) => t.source.id + (t.viewType ? ` (${t.viewType})` : '') + (t.fifo ? ' (FIFO)' : '') + (t.payload === 's3-event' ? ' (relaying S3 notifications)' : '')).join(', ');
  const batch = ['sqs', 'kinesis', 'dynamodb'].includes(f.family)
    ? f.reportsItemFailures
      ? '; reports batch item failures'
      : f.mixed
        ? '; reports batch item failures for the mappings that do, fails the whole batch for the others'
        : '; a failure fails the whole batch (the mapping does not report item failures)'
    : '';
  return `${FAMILY_WORDS[f.family]} from ${from}${batch}`;
}

export function describeWrite(w: WritePlan): string {
  return `${w.kind} ${w.nodeId}, environment variable ${w.env}`;
}

const ASYNC_WORDS: Record<string, string> = { s3: 'S3 notifications', sns: 'SNS messages', iot: 'IoT rules', schedule: 'schedules' };

/** Where a retry can hand the same record to the function again, and what to do about it. */
export function idempotencyNote(f: FamilyPlan): string[] {
  switch (f.family) {
    case 'sqs':
      return ['Idempotency: SQS delivers at least once and retries failed messages: key writes by the message id.'];
    case 'kinesis':
    case 'dynamodb':
      return ['Idempotency: a failed batch is retried (from the failed record when item failures are reported): records can be processed twice.'];
    case 's3':
    case 'sns':
    case 'iot':
    case 'schedule':
      return [`Idempotency: ${ASYNC_WORDS[f.family]} invoke the function asynchronously; Lambda retries a failed event (the function's async retries, up to 2): make writes safe to repeat.`];
    case 'firehose':
      return ["Idempotency: Firehose retries a failed invocation with the whole batch (the edge's processor retries): side writes can repeat."];
    default:
      return [];
  }
}

/** The header comment of a handler: what invokes it, where it writes, what a retry means. */
export function header(plan: HandlerPlan, processName: string): string[] {
  const lines = [
    ...(plan.families.length ? ['It receives:', ...plan.families.map((f) => `  - ${describeFamily(f)}`)] : ['Nothing invokes it in the design.']),
    ...(plan.writes.length ? ['It writes to:', ...plan.writes.map((w) => `  - ${describeWrite(w)}`)] : []),
    ...plan.writes.filter((w) => w.loops).map((w) => `WARNING: ${w.nodeId} also invokes this function: each write triggers it again. Write elsewhere, or filter what you write.`),
    ...plan.families.flatMap((f) => idempotencyNote(f)),
    `Put your logic in ${processName}; the parsing, the per-record loop and the failure reporting`,
    'around it follow the design.',
    ...(plan.families.length ? [`Sample events: npx sluice event FILE --edge ID, ID one of ${plan.families.flatMap((f) => f.triggers.map((t) => t.edge.id)).join(', ')}`] : []),
  ];
  return lines.map((l) => commentSafe(l, 200));
}

