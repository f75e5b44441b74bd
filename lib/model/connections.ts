import type { KindId } from './kind';

/**
 * What an edge means, decided by the pair of kinds (and, for a function's failure
 * destination, by the edge's `role`). The exporter, validator and simulator all read this.
 */
export type ConnectionMeaning =
  | 'event-source-mapping' // Lambda polls a stream or queue
  | 'push' // the source invokes or delivers to the target (S3/SNS/IoT/API Gateway notifications)
  | 'trigger' // a schedule or a finished job/crawler starts the target
  | 'writes' // compute or ETL writes its output to a store
  | 'reads' // ETL reads a store or stream directly
  | 'crawl-target' // a Glue crawler scans the source
  | 'populates' // a crawler writes tables into a catalog database
  | 'reads-catalog' // a consumer reads tables through the Data Catalog
  | 'delivers' // Kinesis -> Firehose -> destination
  | 'transform' // Firehose invokes a Lambda processor on each buffered batch and delivers what it returns
  | 'dead-letter' // an SQS queue's redrive target
  | 'on-failure'; // a Lambda function's failed events / discarded batches

export interface Connection {
  meaning: ConnectionMeaning;
  /** Short phrase for the edge label and the inspector, e.g. "polls". */
  verb: string;
}

export type EdgeRole = 'data' | 'on-failure';

interface Row {
  sources: readonly KindId[];
  targets: readonly KindId[];
  meaning: ConnectionMeaning;
  verb: string;
}

const STREAMS_AND_QUEUES = ['kinesis-stream', 'dynamodb-table', 'sqs-queue'] as const;
const PUSH_SOURCES = ['s3-bucket', 'sns-topic', 'iot-rule', 'api-gateway'] as const;
const LAMBDA_WRITES = [
  'opensearch-domain',
  'redshift-cluster',
  's3-bucket',
  'dynamodb-table',
  'sqs-queue',
  'sns-topic',
  'kinesis-stream',
  'firehose',
  'data-pipeline',
  'rds-database',
] as const;
const ETL_WRITES = ['s3-bucket', 'redshift-cluster', 'dynamodb-table', 'rds-database', 'opensearch-domain'] as const;
const CRAWLABLE = ['s3-bucket', 'dynamodb-table', 'rds-database', 'redshift-cluster'] as const;

/** The connection table. Order matters only for readability; pairs do not overlap. */
export const CONNECTION_TABLE: readonly Row[] = [
  { sources: STREAMS_AND_QUEUES, targets: ['lambda-function'], meaning: 'event-source-mapping', verb: 'polled by' },
  { sources: PUSH_SOURCES, targets: ['lambda-function'], meaning: 'push', verb: 'invokes' },
  { sources: ['sns-topic'], targets: ['sqs-queue', 'firehose'], meaning: 'push', verb: 'subscribes' },
  { sources: ['s3-bucket'], targets: ['sqs-queue', 'sns-topic'], meaning: 'push', verb: 'notifies' },
  { sources: ['api-gateway'], targets: ['sqs-queue', 'kinesis-stream'], meaning: 'push', verb: 'integrates' },
  {
    sources: ['iot-rule'],
    targets: ['kinesis-stream', 'firehose', 'dynamodb-table', 'sqs-queue', 'sns-topic', 's3-bucket'],
    meaning: 'push',
    verb: 'action',
  },
  { sources: ['schedule'], targets: ['lambda-function', 'glue-job', 'glue-crawler'], meaning: 'trigger', verb: 'starts' },
  { sources: ['glue-crawler', 'glue-job'], targets: ['glue-job'], meaning: 'trigger', verb: 'then starts' },
  { sources: ['glue-job'], targets: ['glue-crawler'], meaning: 'trigger', verb: 'then starts' },
  { sources: ['lambda-function'], targets: LAMBDA_WRITES, meaning: 'writes', verb: 'writes to' },
  { sources: ['glue-job', 'emr-cluster', 'data-pipeline'], targets: ETL_WRITES, meaning: 'writes', verb: 'writes to' },
  { sources: ['athena-workgroup'], targets: ['s3-bucket'], meaning: 'writes', verb: 'writes results to' },
  { sources: CRAWLABLE, targets: ['glue-crawler'], meaning: 'crawl-target', verb: 'crawled by' },
  { sources: ['glue-crawler'], targets: ['glue-database'], meaning: 'populates', verb: 'populates' },
  {
    sources: ['glue-database'],
    targets: ['glue-job', 'athena-workgroup', 'emr-cluster', 'redshift-cluster'],
    meaning: 'reads-catalog',
    verb: 'read by',
  },
  { sources: ['s3-bucket', 'dynamodb-table', 'rds-database'], targets: ['glue-job', 'emr-cluster', 'data-pipeline'], meaning: 'reads', verb: 'read by' },
  { sources: ['kinesis-stream', 'sqs-queue', 'iot-rule'], targets: ['glue-job'], meaning: 'reads', verb: 'streamed into' },
  { sources: ['s3-bucket'], targets: ['redshift-cluster'], meaning: 'reads', verb: 'loaded by COPY into' },
  { sources: ['kinesis-stream'], targets: ['firehose'], meaning: 'delivers', verb: 'delivers to' },
  { sources: ['firehose'], targets: ['s3-bucket', 'redshift-cluster', 'opensearch-domain'], meaning: 'delivers', verb: 'delivers to' },
  { sources: ['firehose'], targets: ['lambda-function'], meaning: 'transform', verb: 'transformed by' },
  { sources: ['sqs-queue'], targets: ['sqs-queue'], meaning: 'dead-letter', verb: 'dead-letters to' },
];

/** Where a function may send failed events or discarded batches (async destinations and ESM OnFailure). */
export const ON_FAILURE_TARGETS: readonly KindId[] = ['sqs-queue', 'sns-topic', 's3-bucket'];

export type ConnectionCheck = { ok: true; connection: Connection } | { ok: false; reason: string };

const REFUSALS: Partial<Record<KindId, string>> = {
  'glue-crawler': 'crawlers read S3, JDBC databases and DynamoDB',
  'lambda-function':
    'Lambda is invoked by streams and queues (it polls them), by S3, SNS, IoT and API Gateway (they push), by schedules, and by Firehose as its record processor',
  'glue-database': 'a catalog database is filled by a Glue crawler',
  firehose: 'Firehose receives from a Kinesis stream, an SNS subscription, an IoT rule or a function that writes to it',
  schedule: 'a schedule is a source: nothing connects into it',
  'iot-rule': 'an IoT rule is a source: devices publish to it over MQTT',
  'api-gateway': 'API Gateway is a source: clients call it over HTTP',
  'athena-workgroup': 'Athena reads tables through the Glue Data Catalog: connect a catalog database to it',
};

/** Labels for messages, e.g. "SNS" for sns-topic. Kept short on purpose. */
export const SHORT_NAMES: Record<KindId, string> = {
  's3-bucket': 'S3',
  'kinesis-stream': 'Kinesis',
  'dynamodb-table': 'DynamoDB',
  'sns-topic': 'SNS',
  'sqs-queue': 'SQS',
  'iot-rule': 'An IoT rule',
  schedule: 'A schedule',
  'api-gateway': 'API Gateway',
  'rds-database': 'RDS',
  'lambda-function': 'A Lambda function',
  'glue-crawler': 'A Glue crawler',
  'glue-database': 'A Glue database',
  'glue-job': 'A Glue job',
  'emr-cluster': 'EMR',
  firehose: 'Firehose',
  'opensearch-domain': 'OpenSearch',
  'redshift-cluster': 'Redshift',
  'athena-workgroup': 'Athena',
  'data-pipeline': 'Data Pipeline',
};

const TARGET_NOUNS: Partial<Record<KindId, string>> = {
  'glue-crawler': 'a Glue crawler target',
  'lambda-function': 'a Lambda trigger',
  'glue-database': 'written into a Glue database directly',
};

/** What connecting `source` to `target` means, or why it is refused. */
export function checkConnection(source: KindId, target: KindId, role: EdgeRole = 'data'): ConnectionCheck {
  if (role === 'on-failure') {
    if (source !== 'lambda-function') {
      return { ok: false, reason: 'only a Lambda function has an on-failure destination (an SQS queue uses a dead-letter queue edge)' };
    }
    if (!ON_FAILURE_TARGETS.includes(target)) {
      return { ok: false, reason: 'a function\'s on-failure destination must be an SQS queue, an SNS topic or an S3 bucket' };
    }
    return { ok: true, connection: { meaning: 'on-failure', verb: 'sends failures to' } };
  }
  for (const row of CONNECTION_TABLE) {
    if (row.sources.includes(source) && row.targets.includes(target)) {
      return { ok: true, connection: { meaning: row.meaning, verb: row.verb } };
    }
  }
  const noun = TARGET_NOUNS[target] ?? `connected to ${SHORT_NAMES[target].replace(/^An? /, '').replace(/^A /, '')}`;
  const why = REFUSALS[target] ?? `${SHORT_NAMES[target]} takes input from ${describeAllowedSources(target)}`;
  const subject = SHORT_NAMES[source];
  return { ok: false, reason: `${subject} cannot be ${noun}: ${why}` };
}

/** The kinds that may connect into `target` (with role "data"). */
export function allowedSources(target: KindId): KindId[] {
  const out = new Set<KindId>();
  for (const row of CONNECTION_TABLE) if (row.targets.includes(target)) row.sources.forEach((s) => out.add(s));
  return [...out];
}

/** The kinds `source` may connect to (with role "data"). */
export function allowedTargets(source: KindId): KindId[] {
  const out = new Set<KindId>();
  for (const row of CONNECTION_TABLE) if (row.sources.includes(source)) row.targets.forEach((t) => out.add(t));
  return [...out];
}

function describeAllowedSources(target: KindId): string {
  const names = allowedSources(target).map((k) => SHORT_NAMES[k].replace(/^An? /, ''));
  if (names.length === 0) return 'nothing';
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
