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

/**
 * `name` when no node has it yet, else `name 2`, `name 3`... (a trailing number is counted on
 * from, so "Worker 2" becomes "Worker 3"), within `maxLength` characters.
 */
export function uniqueName(name: string, taken: ReadonlySet<string>, maxLength: number): string {
  if (!taken.has(name)) return name;
  const match = /^(.*?)(?:\s(\d+))?$/.exec(name)!;
  const base = match[1] || name;
  for (let n = match[2] ? Number(match[2]) + 1 : 2; ; n++) {
    const suffix = ` ${n}`;
    const candidate = `${base.slice(0, maxLength - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * `base` itself when free, else `base-2`, `base-3`...: for ids someone chose (a fix's
 * `orders-dlq`), which should read as written unless the name is already taken.
 */
export function availableId(base: string, taken: ReadonlySet<string>): string {
  const stem = base.slice(0, 58).replace(/[^A-Za-z0-9_-]/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'node';
  if (!taken.has(stem)) return stem;
  for (let i = 2; ; i++) if (!taken.has(`${stem}-${i}`)) return `${stem}-${i}`;
}
