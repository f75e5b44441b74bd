import type { NodeOfKind, PipelineNode } from '../../../model';
import type { ExportContext } from '../context';
import { getAtt, ref } from '../intrinsics';
import { arnOf, bucketArn } from '../references';
import type { CfnObject, CfnValue } from '../types';
import { allowAll, flowGrants } from '../edges/grants';
import { emitTopicKey, topicKey } from './topic-key';

/** A policy statement refusing `action` over plain HTTP. */
export function tlsOnly(action: string, resource: CfnValue): CfnObject {
  return {
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: '*',
    Action: action,
    Resource: resource,
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
}

/** Statements letting S3 and SNS deliver into a queue or topic, scoped to the source. */
function deliveryStatements(ctx: ExportContext, node: PipelineNode, action: string): CfnObject[] {
  const out: CfnObject[] = [];
  for (const edge of ctx.incoming(node.id, 'push')) {
    const source = ctx.node(edge.source);
    if (source.kind === 's3-bucket') {
      out.push({
        Sid: `AllowS3From${ctx.primary(source.id)}`,
        Effect: 'Allow',
        Principal: { Service: 's3.amazonaws.com' },
        Action: action,
        Resource: arnOf(ctx, node),
        Condition: { ArnEquals: { 'aws:SourceArn': bucketArn(source.id) }, StringEquals: { 'aws:SourceAccount': ref('AWS::AccountId') } },
      });
    } else if (source.kind === 'sns-topic' && node.kind === 'sqs-queue') {
      out.push({
        Sid: `AllowSnsFrom${ctx.primary(source.id)}`,
        Effect: 'Allow',
        Principal: { Service: 'sns.amazonaws.com' },
        Action: action,
        Resource: arnOf(ctx, node),
        Condition: { ArnEquals: { 'aws:SourceArn': ref(ctx.primary(source.id)) } },
      });
    }
  }
  return out;
}

export function emitQueue(ctx: ExportContext, node: NodeOfKind<'sqs-queue'>): void {
  const c = node.config;
  const id = ctx.primary(node.id);
  const properties: CfnObject = {
    VisibilityTimeout: c.visibilityTimeoutSeconds,
    MessageRetentionPeriod: c.retentionSeconds,
    SqsManagedSseEnabled: true,
  };
  if (c.delaySeconds > 0) properties.DelaySeconds = c.delaySeconds;
  if (c.fifo) properties.FifoQueue = true;
  // High throughput for FIFO: deduplication and the throughput quota per message group, not per queue.
  if (c.fifo && c.highThroughputFifo) Object.assign(properties, { DeduplicationScope: 'messageGroup', FifoThroughputLimit: 'perMessageGroupId' });
  const [dlq] = ctx.outgoing(node.id, 'dead-letter');
  if (dlq) properties.RedrivePolicy = { deadLetterTargetArn: getAtt(ctx.primary(dlq.target), 'Arn'), maxReceiveCount: c.maxReceiveCount };
  ctx.add(id, { Type: 'AWS::SQS::Queue', Properties: properties }, dlq ? { nodes: [node.id], edge: dlq.id } : { nodes: [node.id] });
  ctx.add(
    ctx.idFor(node.id, 'Policy'),
    {
      Type: 'AWS::SQS::QueuePolicy',
      Properties: {
        Queues: [ref(id)],
        PolicyDocument: { Version: '2012-10-17', Statement: [tlsOnly('sqs:*', getAtt(id, 'Arn')), ...deliveryStatements(ctx, node, 'sqs:SendMessage')] },
      },
    },
    { nodes: [node.id] },
  );
  ctx.output(node.id, 'QueueUrl', `Queue URL of node ${node.id}`, ref(id));
}

export function emitTopic(ctx: ExportContext, node: NodeOfKind<'sns-topic'>): void {
  const id = ctx.primary(node.id);
  const key = topicKey(ctx, node);
  if (key) emitTopicKey(ctx, node, key);
  const properties: CfnObject = { KmsMasterKeyId: key ? getAtt(key, 'Arn') : 'alias/aws/sns' };
  if (node.config.fifo) properties.FifoTopic = true;
  ctx.add(id, { Type: 'AWS::SNS::Topic', Properties: properties }, { nodes: [node.id] });
  ctx.add(
    ctx.idFor(node.id, 'Policy'),
    {
      Type: 'AWS::SNS::TopicPolicy',
      Properties: {
        Topics: [ref(id)],
        PolicyDocument: { Version: '2012-10-17', Statement: [tlsOnly('sns:Publish', ref(id)), ...deliveryStatements(ctx, node, 'sns:Publish')] },
      },
    },
    { nodes: [node.id] },
  );
  let subscriptionRole: string | undefined;
  for (const edge of ctx.outgoing(node.id, 'push')) {
    const target = ctx.node(edge.target);
    const endpoint = target.kind === 'lambda-function' ? getAtt(ctx.primary(target.id), 'Arn') : arnOf(ctx, target);
    const protocol = target.kind === 'lambda-function' ? 'lambda' : target.kind === 'firehose' ? 'firehose' : 'sqs';
    const subscription: CfnObject = { TopicArn: ref(id), Protocol: protocol, Endpoint: endpoint };
    if (protocol === 'sqs') subscription.RawMessageDelivery = true;
    if (protocol === 'firehose') {
      // SNS puts into a delivery stream by assuming a role that trusts it: one per topic, for all its delivery streams.
      // https://docs.aws.amazon.com/sns/latest/dg/prereqs-kinesis-data-firehose.html
      const owner = `${node.id}#subscriptions`;
      if (!subscriptionRole) {
        subscriptionRole = ctx.idFor(node.id, 'SubscriptionRole');
        ctx.roles.push({ nodeId: owner, logicalId: subscriptionRole, service: 'sns.amazonaws.com' });
      }
      allowAll(ctx, owner, flowGrants(ctx, 'push', node, target, 'source'));
      subscription.SubscriptionRoleArn = getAtt(subscriptionRole, 'Arn');
    }
    ctx.add(ctx.idForEdge(edge, 'Subscription'), { Type: 'AWS::SNS::Subscription', Properties: subscription }, { nodes: [node.id, target.id], edge: edge.id });
    if (target.kind === 'lambda-function') {
      ctx.add(
        ctx.idForEdge(edge, 'Permission'),
        {
          Type: 'AWS::Lambda::Permission',
          Properties: { Action: 'lambda:InvokeFunction', FunctionName: getAtt(ctx.primary(target.id), 'Arn'), Principal: 'sns.amazonaws.com', SourceArn: ref(id) },
        },
        { nodes: [node.id, target.id], edge: edge.id },
      );
    }
  }
  ctx.output(node.id, 'TopicArn', `Topic ARN of node ${node.id}`, ref(id));
}
