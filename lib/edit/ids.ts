import type { KindId } from '../model';

/** Short id stems per kind, so new ids read well in files and templates: `lambda-3`, `stream-2`. */
const STEMS: Record<KindId, string> = {
  's3-bucket': 'bucket',
  'kinesis-stream': 'stream',
  'dynamodb-table': 'table',
  'sns-topic': 'topic',
  'sqs-queue': 'queue',
  'iot-rule': 'iot-rule',
  schedule: 'schedule',
  'api-gateway': 'api',
  'rds-database': 'database',
  'lambda-function': 'function',
  'glue-crawler': 'crawler',
  'glue-database': 'catalog',
  'glue-job': 'glue-job',
  'emr-cluster': 'emr',
  firehose: 'firehose',
  'opensearch-domain': 'search',
  'redshift-cluster': 'warehouse',
  'athena-workgroup': 'athena',
  'data-pipeline': 'data-pipeline',
};

export function idStem(kind: KindId): string {
  return STEMS[kind];
}

/** The first `stem-N` (N from 1) not in `taken`. Deterministic: no counters kept between calls. */
export function uniqueId(stem: string, taken: ReadonlySet<string>): string {
  const clean = stem.replace(/[^A-Za-z0-9_-]/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 56) || 'node';
  for (let n = 1; ; n++) {
    const id = `${clean}-${n}`;
    if (!taken.has(id)) return id;
  }
}
