import type { NodeOfKind } from '../../../model';
import type { ExportContext } from '../context';
import { getAtt, ref } from '../intrinsics';
import type { CfnObject } from '../types';

export function emitKinesisStream(ctx: ExportContext, node: NodeOfKind<'kinesis-stream'>): void {
  const c = node.config;
  const properties: CfnObject = {
    RetentionPeriodHours: c.retentionHours,
    StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' },
    StreamModeDetails: { StreamMode: c.mode === 'on-demand' ? 'ON_DEMAND' : 'PROVISIONED' },
  };
  if (c.mode === 'provisioned') properties.ShardCount = c.shardCount;
  if (c.maxRecordSizeKib !== 1024) properties.MaxRecordSizeInKiB = c.maxRecordSizeKib;
  const id = ctx.add(ctx.primary(node.id), { Type: 'AWS::Kinesis::Stream', Properties: properties }, { nodes: [node.id] });
  ctx.output(node.id, 'StreamName', `Stream name of node ${node.id}`, ref(id));
}

export function emitDynamoDbTable(ctx: ExportContext, node: NodeOfKind<'dynamodb-table'>): void {
  const c = node.config;
  const attributes: CfnObject[] = [{ AttributeName: c.partitionKey, AttributeType: 'S' }];
  const keys: CfnObject[] = [{ AttributeName: c.partitionKey, KeyType: 'HASH' }];
  if (c.sortKey && c.sortKey !== c.partitionKey) {
    attributes.push({ AttributeName: c.sortKey, AttributeType: 'S' });
    keys.push({ AttributeName: c.sortKey, KeyType: 'RANGE' });
  }
  const properties: CfnObject = {
    AttributeDefinitions: attributes,
    KeySchema: keys,
    BillingMode: c.billingMode,
    PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    SSESpecification: { SSEEnabled: true },
  };
  if (c.billingMode === 'PROVISIONED') properties.ProvisionedThroughput = { ReadCapacityUnits: c.readCapacityUnits, WriteCapacityUnits: c.writeCapacityUnits };
  // A table a function polls needs its stream even if the box was left unticked.
  const polled = ctx.outgoing(node.id, 'event-source-mapping').length > 0;
  if (c.streamEnabled || polled) properties.StreamSpecification = { StreamViewType: c.streamViewType };
  const id = ctx.add(
    ctx.primary(node.id),
    { Type: 'AWS::DynamoDB::Table', DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain', Properties: properties },
    { nodes: [node.id] },
  );
  ctx.output(node.id, 'TableName', `Table name of node ${node.id}`, ref(id));
  if (properties.StreamSpecification) ctx.output(node.id, 'StreamArn', `Stream ARN of node ${node.id}`, getAtt(id, 'StreamArn'));
}
