import type { ExportContext } from './context';
import { getAtt, PARTITION, ACCOUNT, ref, sub } from './intrinsics';
import { tlsOnly } from './kinds/messaging';
import { METADATA_KEY } from './metadata';
import type { CfnObject, CfnResource, CfnValue } from './types';

const STREAM_SOURCES = ['kinesis-stream', 'dynamodb-table'];

function alarm(description: string, namespace: string, metric: string, dimension: CfnObject, statistic: string, threshold: number, topic: string): CfnObject {
  return {
    AlarmDescription: description,
    AlarmActions: [ref(topic)],
    OKActions: [ref(topic)],
    Namespace: namespace,
    MetricName: metric,
    Dimensions: [dimension],
    Statistic: statistic,
    Period: 300,
    EvaluationPeriods: 1,
    Threshold: threshold,
    ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    TreatMissingData: 'notBreaching',
  };
}

/** Marks a resource of the whole pipeline, so an import of the template does not take it for a node. */
const pipelinePart = (): CfnResource['Metadata'] => ({ [METADATA_KEY]: { partOf: '(pipeline)' } });

/** A statement letting this account's CloudWatch alarms do `action` on `resource`. */
function cloudWatchAlarmsMay(action: string | string[], resource: CfnValue): CfnObject {
  return {
    Sid: 'CloudWatchAlarmsPublish',
    Effect: 'Allow',
    Principal: { Service: 'cloudwatch.amazonaws.com' },
    Action: action,
    Resource: resource,
    Condition: { StringEquals: { 'aws:SourceAccount': sub(ACCOUNT) } },
  };
}

/**
 * The topic every alarm notifies, when it fires and when it clears. CloudWatch cannot publish
 * to a topic encrypted with the AWS managed key (aws/sns), so the topic has a key of its own
 * that CloudWatch may use; the topic accepts only TLS and only this account's alarms.
 * Subscribe an address, a chat hook or a pager to it after deploying (see the output).
 */
function emitAlarmTopic(ctx: ExportContext): string {
  const key = ctx.idForPipeline('AlarmTopicKey');
  const topic = ctx.idForPipeline('AlarmTopic');
  ctx.add(
    key,
    {
      Type: 'AWS::KMS::Key',
      Properties: {
        Description: 'Encrypts the alarm topic; CloudWatch alarms may use it to publish',
        EnableKeyRotation: true,
        KeyPolicy: {
          Version: '2012-10-17',
          Statement: [
            { Sid: 'AccountAdministers', Effect: 'Allow', Principal: { AWS: sub(`arn:${PARTITION}:iam::${ACCOUNT}:root`) }, Action: 'kms:*', Resource: '*' },
            cloudWatchAlarmsMay(['kms:Decrypt', 'kms:GenerateDataKey*'], '*'),
          ],
        },
      },
      Metadata: pipelinePart(),
    },
    { nodes: [] },
  );
  ctx.add(topic, { Type: 'AWS::SNS::Topic', Properties: { KmsMasterKeyId: getAtt(key, 'Arn') }, Metadata: pipelinePart() }, { nodes: [] });
  ctx.add(
    ctx.idForPipeline('AlarmTopicPolicy'),
    {
      Type: 'AWS::SNS::TopicPolicy',
      Properties: {
        Topics: [ref(topic)],
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            tlsOnly('sns:Publish', ref(topic)),
            cloudWatchAlarmsMay('sns:Publish', ref(topic)),
          ],
        },
      },
      Metadata: pipelinePart(),
    },
    { nodes: [] },
  );
  ctx.pipelineOutput('AlarmTopicArn', 'Every alarm of this pipeline notifies this topic: subscribe an email address, a chat hook or a pager to it', ref(topic));
  return topic;
}

/**
 * What to watch: every function's errors and throttles, the iterator age of functions that
 * read streams (a stalled shard shows here first), and the depth of every queue that holds
 * failures (dead-letter queues and on-failure destinations). Every alarm notifies one topic
 * (see emitAlarmTopic) when it fires and when it clears.
 */
export function emitAlarms(ctx: ExportContext): void {
  const functions = ctx.graph.nodesOfKind('lambda-function');
  const failureQueues = new Set<string>();
  for (const e of ctx.pipeline.edges) {
    const meaning = ctx.graph.connection(e)?.meaning;
    if ((meaning === 'dead-letter' || meaning === 'on-failure') && ctx.node(e.target).kind === 'sqs-queue') failureQueues.add(e.target);
  }
  if (functions.length === 0 && failureQueues.size === 0) return;
  const topic = emitAlarmTopic(ctx);
  for (const fn of functions) {
    const name = { Name: 'FunctionName', Value: ref(ctx.primary(fn.id)) };
    const add = (suffix: string, props: CfnObject) => ctx.add(ctx.idFor(fn.id, suffix), { Type: 'AWS::CloudWatch::Alarm', Properties: props }, { nodes: [fn.id] });
    add('ErrorsAlarm', alarm(`Function ${fn.id} reported errors`, 'AWS/Lambda', 'Errors', name, 'Sum', 1, topic));
    add('ThrottlesAlarm', alarm(`Function ${fn.id} was throttled`, 'AWS/Lambda', 'Throttles', name, 'Sum', 1, topic));
    const readsStream = ctx.incoming(fn.id, 'event-source-mapping').some((e) => STREAM_SOURCES.includes(ctx.node(e.source).kind));
    if (readsStream) add('IteratorAgeAlarm', alarm(`Function ${fn.id} is more than a minute behind its stream`, 'AWS/Lambda', 'IteratorAge', name, 'Maximum', 60_000, topic));
  }
  for (const q of [...failureQueues].sort()) {
    ctx.add(
      ctx.idFor(q, 'DepthAlarm'),
      {
        Type: 'AWS::CloudWatch::Alarm',
        Properties: alarm(`Failed messages are waiting in queue ${q}`, 'AWS/SQS', 'ApproximateNumberOfMessagesVisible', { Name: 'QueueName', Value: { 'Fn::GetAtt': [ctx.primary(q), 'QueueName'] } }, 'Maximum', 1, topic),
      },
      { nodes: [q] },
    );
  }
}
