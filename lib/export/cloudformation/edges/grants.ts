import { iamNeeds, type ConnectionMeaning, type IamNeed, type KindId, type PipelineNode, type ResourceRef } from '../../../model';
import type { ExportContext } from '../context';
import { getAtt, sub } from '../intrinsics';
import { arnOf, bucketArn } from '../references';
import { scriptsBucketParameter } from '../kinds/glue-scripts-bucket';
import type { CfnValue } from '../types';
import { topicKey } from '../kinds/topic-key';

export interface Grant {
  actions: string[];
  resources: CfnValue[];
}

/** The two ends of a flow; a node stands in for itself, a bare kind for a caller that has none at hand. */
type End = PipelineNode | { kind: KindId; id?: undefined };

function catalogResources(ctx: ExportContext, database: PipelineNode): CfnValue[] {
  const name = ctx.primary(database.id);
  return [
    { 'Fn::Sub': 'arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:catalog' },
    { 'Fn::Sub': `arn:\${AWS::Partition}:glue:\${AWS::Region}:\${AWS::AccountId}:database/\${${name}}` },
    { 'Fn::Sub': `arn:\${AWS::Partition}:glue:\${AWS::Region}:\${AWS::AccountId}:table/\${${name}}/*` },
  ];
}

/** The buckets behind a catalog database: what the crawlers that fill it crawl in S3. */
export function catalogBuckets(ctx: ExportContext, databaseId: string): string[] {
  const buckets = new Set<string>();
  for (const populates of ctx.incoming(databaseId, 'populates')) {
    for (const crawled of ctx.incoming(populates.source, 'crawl-target')) if (ctx.node(crawled.source).kind === 's3-bucket') buckets.add(crawled.source);
  }
  return [...buckets];
}

/** The managed secret of a database the exporter creates, for clients that log in. */
function secretOf(ctx: ExportContext, node: PipelineNode): CfnValue[] {
  if (node.kind === 'redshift-cluster') return [getAtt(ctx.primary(node.id), 'MasterPasswordSecretArn')];
  if (node.kind === 'rds-database') return [getAtt(ctx.primary(node.id), 'MasterUserSecret.SecretArn')];
  return [];
}

/** A key prefix goes inside Fn::Sub: anything but plain key characters widens the grant to the bucket instead. */
function safePrefix(prefix: string): string {
  return /^[A-Za-z0-9/_.=-]*$/.test(prefix) ? prefix : '';
}

const scriptsBucketArn = (ctx: ExportContext, path = '') => sub(`arn:\${AWS::Partition}:s3:::\${${scriptsBucketParameter(ctx)}}${path}`);

/** The Glue connection a job uses to reach a database it writes to (see kinds/glue-network.ts). */
export const glueConnectionId = (ctx: ExportContext, jobId: string, targetId: string) => ctx.idFor(jobId, `${ctx.primary(targetId)}Connection`);
/** The Glue workflow a schedule notifies to start the jobs and crawlers it drives. */
export const scheduleWorkflowId = (ctx: ExportContext, scheduleId: string) => ctx.idFor(scheduleId, 'Workflow');

interface Place {
  ctx: ExportContext;
  source: End;
  target: End;
  other: PipelineNode | undefined;
  /** The key prefix a write is scoped to; undefined for reads (the whole bucket). */
  prefix: string | undefined;
}

/** The ARNs a table row's resource reference stands for in this template. */
function resolve(on: ResourceRef, p: Place): CfnValue[] {
  const { ctx, other } = p;
  if (on === '*') return ['*'];
  if (on === 's3:bucket@temp') return [scriptsBucketArn(ctx)];
  if (on === 's3:object@temp') return p.source.id ? [scriptsBucketArn(ctx, `/temp/${p.source.id}/*`)] : [];
  if (!other) return [];
  switch (on) {
    case 's3:bucket':
      return [bucketArn(other.id)];
    case 's3:object':
      return [bucketArn(other.id, p.prefix !== undefined ? `/${safePrefix(p.prefix)}*` : '/*')];
    case 's3:bucket@catalog':
      return catalogBuckets(ctx, other.id).map((b) => bucketArn(b));
    case 's3:object@catalog':
      return catalogBuckets(ctx, other.id).map((b) => bucketArn(b, '/*'));
    case 'kms:key@job-key':
      return p.source.id && p.source.kind === 'glue-job' && (p.source as PipelineNode & { kind: 'glue-job' }).config.encryptionAtRest ? [getAtt(ctx.idFor(p.source.id, 'Key'), 'Arn')] : [];
    case 'kms:key@topic-key': {
      const key = topicKey(ctx, other);
      return key ? [getAtt(key, 'Arn')] : [];
    }
    case 'dynamodb:stream':
      return [getAtt(ctx.primary(other.id), 'StreamArn')];
    case 'es:domain':
      return [arnOf(ctx, other), { 'Fn::Sub': `\${${ctx.primary(other.id)}.Arn}/*` }];
    case 'secretsmanager:Secret':
      return secretOf(ctx, other);
    case 'glue:database':
      return catalogResources(ctx, other).slice(0, 2);
    case 'glue:catalog':
      return catalogResources(ctx, other);
    case 'glue:connection@connection':
      return p.source.id ? [sub(`arn:\${AWS::Partition}:glue:\${AWS::Region}:\${AWS::AccountId}:catalog`), sub(`arn:\${AWS::Partition}:glue:\${AWS::Region}:\${AWS::AccountId}:connection/\${${glueConnectionId(ctx, p.source.id, other.id)}}`)] : [];
    case 'glue:workflow@workflow':
      return p.source.id ? [sub(`arn:\${AWS::Partition}:glue:\${AWS::Region}:\${AWS::AccountId}:workflow/\${${scheduleWorkflowId(ctx, p.source.id)}}`)] : [];
    default:
      return [arnOf(ctx, other)];
  }
}

/**
 * The statements one side of a flow needs, built from lib/model/flow-needs.ts: each row's
 * actions on the resources its reference stands for here. A resource that does not exist in
 * this design (a topic without a key of its own, a catalog no crawler fills from S3) grants nothing.
 */
export function flowGrants(ctx: ExportContext, meaning: ConnectionMeaning, source: End, target: End, holder: IamNeed['holder'], prefix?: string): Grant[] {
  const other = holder === 'source' ? target : source;
  const place: Place = { ctx, source, target, other: other.id ? (other as PipelineNode) : undefined, prefix };
  return iamNeeds(meaning, source.kind, target.kind, holder)
    .map((need) => ({ actions: [...need.actions], resources: resolve(need.on, place) }))
    .filter((g) => g.resources.length > 0);
}

/** What writing to `target` takes, scoped to it (and to the edge's key prefix in S3). */
export function writeGrant(ctx: ExportContext, target: PipelineNode, writePrefix = '', writer: End = { kind: 'lambda-function' }): Grant[] {
  return flowGrants(ctx, 'writes', writer, target, 'source', writePrefix);
}

/** What reading `source` directly (ETL) takes; `meaning` for crawlers, catalogs and Firehose. */
export function readGrant(ctx: ExportContext, source: PipelineNode, reader: End = { kind: 'emr-cluster' }, meaning?: ConnectionMeaning): Grant[] {
  const m = meaning ?? (source.kind === 'glue-database' ? 'reads-catalog' : 'reads');
  return flowGrants(ctx, m, source, reader, 'target');
}

/** A crawler writing tables into a catalog database. */
export function catalogWriteGrant(ctx: ExportContext, crawler: End, database: PipelineNode): Grant[] {
  return flowGrants(ctx, 'populates', crawler, database, 'source');
}

export function allowAll(ctx: ExportContext, roleOwner: string, grants: Grant[]): void {
  for (const g of grants) ctx.policies.allow(roleOwner, g.actions, g.resources);
}
