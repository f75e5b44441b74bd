import type { z } from 'zod';
import { CATEGORIES, type Category, type KindDefinition, type KindId, KIND_IDS } from './kind';
import { s3Bucket } from './kinds/s3-bucket';
import { kinesisStream } from './kinds/kinesis-stream';
import { dynamodbTable } from './kinds/dynamodb-table';
import { snsTopic } from './kinds/sns-topic';
import { sqsQueue } from './kinds/sqs-queue';
import { iotRule } from './kinds/iot-rule';
import { schedule } from './kinds/schedule';
import { apiGateway } from './kinds/api-gateway';
import { rdsDatabase } from './kinds/rds-database';
import { lambdaFunction } from './kinds/lambda-function';
import { glueCrawler } from './kinds/glue-crawler';
import { glueDatabase } from './kinds/glue-database';
import { glueJob } from './kinds/glue-job';
import { emrCluster } from './kinds/emr-cluster';
import { firehose } from './kinds/firehose';
import { opensearchDomain } from './kinds/opensearch-domain';
import { redshiftCluster } from './kinds/redshift-cluster';
import { athenaWorkgroup } from './kinds/athena-workgroup';
import { dataPipeline } from './kinds/data-pipeline';

/** Every kind, in palette order. Typed per kind so config types flow to callers. */
export const CATALOG = {
  's3-bucket': s3Bucket,
  'kinesis-stream': kinesisStream,
  'dynamodb-table': dynamodbTable,
  'sns-topic': snsTopic,
  'sqs-queue': sqsQueue,
  'iot-rule': iotRule,
  schedule,
  'api-gateway': apiGateway,
  'rds-database': rdsDatabase,
  'lambda-function': lambdaFunction,
  'glue-crawler': glueCrawler,
  'glue-database': glueDatabase,
  'glue-job': glueJob,
  'emr-cluster': emrCluster,
  firehose,
  'opensearch-domain': opensearchDomain,
  'redshift-cluster': redshiftCluster,
  'athena-workgroup': athenaWorkgroup,
  'data-pipeline': dataPipeline,
} as const satisfies Record<KindId, KindDefinition>;

export type Catalog = typeof CATALOG;
/** The parsed (defaults filled) config of a kind. */
export type ConfigOf<K extends KindId> = z.output<Catalog[K]['configSchema']>;

export function isKindId(value: unknown): value is KindId {
  return typeof value === 'string' && (KIND_IDS as readonly string[]).includes(value);
}

export function getKind(id: KindId): KindDefinition {
  return CATALOG[id];
}

export function allKinds(): KindDefinition[] {
  return KIND_IDS.map((id) => CATALOG[id]);
}

/** Kinds grouped by category, for the palette. A kind with several categories appears under its first. */
export function kindsByCategory(): { category: Category; kinds: KindDefinition[] }[] {
  return CATEGORIES.map((category) => ({
    category,
    kinds: allKinds().filter((k) => k.categories[0] === category),
  })).filter((g) => g.kinds.length > 0);
}

/** A node config with every default filled in. */
export function defaultConfig<K extends KindId>(kind: K): ConfigOf<K> {
  return CATALOG[kind].configSchema.parse({}) as ConfigOf<K>;
}
