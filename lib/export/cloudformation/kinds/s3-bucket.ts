import type { NodeOfKind } from '../../../model';
import type { ExportContext } from '../context';
import { getAtt, ref } from '../intrinsics';
import { arnOf, bucketArn, bucketName } from '../references';
import type { CfnObject, CfnValue } from '../types';
import { s3KeyFilter } from '../edges/filters';
import { feedsEventTriggeredJob } from './glue-event';

/** A bucket, its TLS-only policy, and the notifications its push edges draw. */
export function emitBucket(ctx: ExportContext, node: NodeOfKind<'s3-bucket'>): void {
  const id = ctx.primary(node.id);
  const c = node.config;
  const dependsOn: string[] = [];
  const lambda: CfnValue[] = [];
  const queue: CfnValue[] = [];
  const topic: CfnValue[] = [];
  for (const edge of ctx.outgoing(node.id, 'push')) {
    const target = ctx.node(edge.target);
    const filter = s3KeyFilter(edge.config);
    const base: CfnObject = { Event: 's3:ObjectCreated:*', ...(filter ? { Filter: filter } : {}) };
    if (target.kind === 'lambda-function') {
      lambda.push({ ...base, Function: getAtt(ctx.primary(target.id), 'Arn') });
      const permission = ctx.idForEdge(edge, 'Permission');
      dependsOn.push(permission);
      ctx.add(
        permission,
        {
          Type: 'AWS::Lambda::Permission',
          Properties: {
            Action: 'lambda:InvokeFunction',
            FunctionName: getAtt(ctx.primary(target.id), 'Arn'),
            Principal: 's3.amazonaws.com',
            SourceAccount: ref('AWS::AccountId'),
            SourceArn: bucketArn(node.id),
          },
        },
        { nodes: [node.id, target.id], edge: edge.id },
      );
      ctx.policies.allow(target.id, ['s3:GetObject'], [bucketArn(node.id, '/*')]);
    } else if (target.kind === 'sqs-queue') {
      queue.push({ ...base, Queue: arnOf(ctx, target) });
      dependsOn.push(ctx.idFor(target.id, 'Policy'));
    } else if (target.kind === 'sns-topic') {
      topic.push({ ...base, Topic: ref(ctx.primary(target.id)) });
      dependsOn.push(ctx.idFor(target.id, 'Policy'));
    }
  }
  const notification: CfnObject = {};
  if (lambda.length) notification.LambdaConfigurations = lambda;
  if (queue.length) notification.QueueConfigurations = queue;
  if (topic.length) notification.TopicConfigurations = topic;
  const properties: CfnObject = {
    BucketName: bucketName(node.id),
    BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
  };
  if (c.versioned) properties.VersioningConfiguration = { Status: 'Enabled' };
  if (c.expireAfterDays > 0) properties.LifecycleConfiguration = { Rules: [{ Id: 'expire-objects', Status: 'Enabled', ExpirationInDays: c.expireAfterDays }] };
  // A Glue job that starts on this bucket's events hears them through EventBridge.
  if (feedsEventTriggeredJob(ctx, node.id)) notification.EventBridgeConfiguration = { EventBridgeEnabled: true };
  if (Object.keys(notification).length) properties.NotificationConfiguration = notification;
  ctx.add(
    id,
    { Type: 'AWS::S3::Bucket', DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain', ...(dependsOn.length ? { DependsOn: [...new Set(dependsOn)] } : {}), Properties: properties },
    { nodes: [node.id] },
  );
  ctx.add(
    ctx.idFor(node.id, 'Policy'),
    {
      Type: 'AWS::S3::BucketPolicy',
      Properties: {
        Bucket: ref(id),
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'DenyInsecureTransport',
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: [bucketArn(node.id), bucketArn(node.id, '/*')],
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
          ],
        },
      },
    },
    { nodes: [node.id] },
  );
  ctx.output(node.id, 'BucketName', `Bucket name of node ${node.id}`, ref(id));
}
