import type { PipelineNode } from '../../../model';
import type { ExportContext } from '../context';
import { getAtt } from '../intrinsics';
import { arnOf, bucketArn } from '../references';
import type { CfnValue } from '../types';

export interface Grant {
  actions: string[];
  resources: CfnValue[];
}

function catalogResources(ctx: ExportContext, database: PipelineNode): CfnValue[] {
  const name = ctx.primary(database.id);
  return [
    { 'Fn::Sub': 'arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:catalog' },
    { 'Fn::Sub': `arn:\${AWS::Partition}:glue:\${AWS::Region}:\${AWS::AccountId}:database/\${${name}}` },
    { 'Fn::Sub': `arn:\${AWS::Partition}:glue:\${AWS::Region}:\${AWS::AccountId}:table/\${${name}}/*` },
  ];
}

/** The managed secret of a database the exporter creates, for clients that log in. */
function secretOf(ctx: ExportContext, node: PipelineNode): CfnValue | undefined {
  if (node.kind === 'redshift-cluster') return getAtt(ctx.primary(node.id), 'MasterPasswordSecretArn');
  if (node.kind === 'rds-database') return getAtt(ctx.primary(node.id), 'MasterUserSecret.SecretArn');
  return undefined;
}

/** A key prefix goes inside Fn::Sub: anything but plain key characters widens the grant to the bucket instead. */
function safePrefix(prefix: string): string {
  return /^[A-Za-z0-9/_.=-]*$/.test(prefix) ? prefix : '';
}

/** What writing to `target` takes, scoped to it (and to the edge's key prefix in S3). */
export function writeGrant(ctx: ExportContext, target: PipelineNode, writePrefix = ''): Grant[] {
  const arn = arnOf(ctx, target);
  switch (target.kind) {
    case 's3-bucket':
      return [{ actions: ['s3:PutObject', 's3:AbortMultipartUpload'], resources: [bucketArn(target.id, `/${safePrefix(writePrefix)}*`)] }];
    case 'dynamodb-table':
      return [{ actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem', 'dynamodb:DescribeTable'], resources: [arn] }];
    case 'sqs-queue':
      return [{ actions: ['sqs:SendMessage'], resources: [arn] }];
    case 'sns-topic':
      return [{ actions: ['sns:Publish'], resources: [arn] }];
    case 'kinesis-stream':
      return [{ actions: ['kinesis:PutRecord', 'kinesis:PutRecords', 'kinesis:DescribeStreamSummary'], resources: [arn] }];
    case 'firehose':
      return [{ actions: ['firehose:PutRecord', 'firehose:PutRecordBatch'], resources: [arn] }];
    case 'opensearch-domain':
      return [{ actions: ['es:ESHttpPost', 'es:ESHttpPut', 'es:ESHttpGet'], resources: [arn, { 'Fn::Sub': `\${${ctx.primary(target.id)}.Arn}/*` }] }];
    case 'redshift-cluster':
    case 'rds-database':
      return [
        { actions: ['secretsmanager:GetSecretValue'], resources: [secretOf(ctx, target)!] },
        ...(target.kind === 'redshift-cluster' ? [{ actions: ['redshift-data:ExecuteStatement', 'redshift-data:BatchExecuteStatement'], resources: [arn] }] : []),
      ];
    case 'data-pipeline':
      return [{ actions: ['datapipeline:ActivatePipeline'], resources: [arn] }];
    default:
      return [];
  }
}

/** What reading `source` directly (ETL and crawlers) takes. */
export function readGrant(ctx: ExportContext, source: PipelineNode): Grant[] {
  const arn = arnOf(ctx, source);
  switch (source.kind) {
    case 's3-bucket':
      return [
        { actions: ['s3:ListBucket', 's3:GetBucketLocation'], resources: [bucketArn(source.id)] },
        { actions: ['s3:GetObject'], resources: [bucketArn(source.id, '/*')] },
      ];
    case 'dynamodb-table':
      return [{ actions: ['dynamodb:DescribeTable', 'dynamodb:Scan', 'dynamodb:Query'], resources: [arn] }];
    case 'kinesis-stream':
      return [{ actions: ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards'], resources: [arn] }];
    case 'sqs-queue':
      return [{ actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], resources: [arn] }];
    case 'rds-database':
    case 'redshift-cluster':
      return [{ actions: ['secretsmanager:GetSecretValue'], resources: [secretOf(ctx, source)!] }];
    case 'glue-database':
      return [{ actions: ['glue:GetDatabase', 'glue:GetTable', 'glue:GetTables', 'glue:GetPartition', 'glue:GetPartitions', 'glue:BatchGetPartition'], resources: catalogResources(ctx, source) }];
    default:
      return [];
  }
}

/** A crawler writing tables into a catalog database. */
export function catalogWriteGrant(ctx: ExportContext, database: PipelineNode): Grant[] {
  return [
    {
      actions: ['glue:GetDatabase', 'glue:GetTable', 'glue:GetTables', 'glue:CreateTable', 'glue:UpdateTable', 'glue:GetPartition', 'glue:GetPartitions', 'glue:BatchGetPartition', 'glue:BatchCreatePartition', 'glue:BatchUpdatePartition', 'glue:CreatePartition', 'glue:UpdatePartition'],
      resources: catalogResources(ctx, database),
    },
  ];
}

export function allowAll(ctx: ExportContext, roleOwner: string, grants: Grant[]): void {
  for (const g of grants) ctx.policies.allow(roleOwner, g.actions, g.resources);
}
