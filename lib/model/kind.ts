import { z } from 'zod';

/** The ids of every kind of node. They are part of the file format: never rename one. */
export const KIND_IDS = [
  's3-bucket',
  'kinesis-stream',
  'dynamodb-table',
  'sns-topic',
  'sqs-queue',
  'iot-rule',
  'schedule',
  'api-gateway',
  'rds-database',
  'lambda-function',
  'glue-crawler',
  'glue-database',
  'glue-job',
  'emr-cluster',
  'firehose',
  'opensearch-domain',
  'redshift-cluster',
  'athena-workgroup',
  'data-pipeline',
] as const;

export type KindId = (typeof KIND_IDS)[number];

export const CATEGORIES = ['source', 'compute', 'etl', 'catalog', 'sink'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  source: 'Sources',
  compute: 'Compute',
  etl: 'ETL',
  catalog: 'Catalog',
  sink: 'Sinks',
};

export interface KindIcon {
  /** Two or three letters drawn on a coloured tile, in the spirit of the AWS architecture icons. */
  glyph: string;
  /** The AWS icon family colour for the service's category. */
  color: string;
}

export interface KindDefinition<S extends z.ZodObject = z.ZodObject> {
  id: KindId;
  label: string;
  /** One line: what the service is for in a pipeline. */
  description: string;
  categories: readonly Category[];
  icon: KindIcon;
  /** Strict: unknown fields are errors. Every field optional with a documented default. */
  configSchema: S;
  /** The AWS page that documents the service's limits. */
  docsUrl: string;
}

export function defineKind<S extends z.ZodObject>(def: KindDefinition<S>): KindDefinition<S> {
  return def;
}
