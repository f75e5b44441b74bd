import type { ExportContext } from './context';
import { ref } from './intrinsics';
import type { CfnObject } from './types';

const STREAM_SOURCES = ['kinesis-stream', 'dynamodb-table'];

function alarm(description: string, namespace: string, metric: string, dimension: CfnObject, statistic: string, threshold: number): CfnObject {
  return {
    AlarmDescription: description,
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

/**
 * What to watch: every function's errors and throttles, the iterator age of functions that
 * read streams (a stalled shard shows here first), and the depth of every queue that holds
 * failures (dead-letter queues and on-failure destinations). Alarms have no actions: wire
 * them to your paging topic.
 */
export function emitAlarms(ctx: ExportContext): void {
  for (const fn of ctx.graph.nodesOfKind('lambda-function')) {
    const name = { Name: 'FunctionName', Value: ref(ctx.primary(fn.id)) };
    const add = (suffix: string, props: CfnObject) => ctx.add(ctx.idFor(fn.id, suffix), { Type: 'AWS::CloudWatch::Alarm', Properties: props }, { nodes: [fn.id] });
    add('ErrorsAlarm', alarm(`Function ${fn.id} reported errors`, 'AWS/Lambda', 'Errors', name, 'Sum', 1));
    add('ThrottlesAlarm', alarm(`Function ${fn.id} was throttled`, 'AWS/Lambda', 'Throttles', name, 'Sum', 1));
    const readsStream = ctx.incoming(fn.id, 'event-source-mapping').some((e) => STREAM_SOURCES.includes(ctx.node(e.source).kind));
    if (readsStream) add('IteratorAgeAlarm', alarm(`Function ${fn.id} is more than a minute behind its stream`, 'AWS/Lambda', 'IteratorAge', name, 'Maximum', 60_000));
  }
  const failureQueues = new Set<string>();
  for (const e of ctx.pipeline.edges) {
    const meaning = ctx.graph.connection(e)?.meaning;
    if ((meaning === 'dead-letter' || meaning === 'on-failure') && ctx.node(e.target).kind === 'sqs-queue') failureQueues.add(e.target);
  }
  for (const q of [...failureQueues].sort()) {
    ctx.add(
      ctx.idFor(q, 'DepthAlarm'),
      {
        Type: 'AWS::CloudWatch::Alarm',
        Properties: alarm(`Failed messages are waiting in queue ${q}`, 'AWS/SQS', 'ApproximateNumberOfMessagesVisible', { Name: 'QueueName', Value: { 'Fn::GetAtt': [ctx.primary(q), 'QueueName'] } }, 'Maximum', 1),
      },
      { nodes: [q] },
    );
  }
}
