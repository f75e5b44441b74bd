import { isObj, type Obj } from './values';

type Resources = Record<string, { Type: string; Properties?: Obj; [k: string]: unknown }>;

/**
 * A SAM function's Events as the resources the transform generates for them, under SAM's
 * own logical ids (`<Function><Event>`), so the rest of the import reads them like any
 * template: https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-eventsource.html
 * Kinesis, DynamoDB, SQS, MSK, MQ: AWS::Lambda::EventSourceMapping. SNS: AWS::SNS::Subscription.
 * S3: the bucket's NotificationConfiguration. Schedule, EventBridgeRule, CloudWatchEvent:
 * AWS::Events::Rule. ScheduleV2: AWS::Scheduler::Schedule (and its role). IoTRule:
 * AWS::IoT::TopicRule. Api / HttpApi: an edge from the API (SAM's implicit
 * ServerlessRestApi / ServerlessHttpApi when the event names none).
 */
export function samEventResources(fn: string, p: Obj, template: Resources, warnings: string[]): { resources: Resources; edges: { source: string; target: string; config?: Obj; event?: string }[] } {
  const resources: Resources = {};
  const edges: { source: string; target: string; config?: Obj; event?: string }[] = [];
  const events = isObj(p.Events) ? p.Events : {};
  const arn = { 'Fn::GetAtt': [fn, 'Arn'] };
  const permission = (event: string, principal: string, sourceArn?: unknown) => {
    resources[`${fn}${event}Permission`] = { Type: 'AWS::Lambda::Permission', Properties: clean({ Action: 'lambda:InvokeFunction', FunctionName: { Ref: fn }, Principal: principal, SourceArn: sourceArn }) };
  };
  for (const [event, e] of Object.entries(events)) {
    if (!isObj(e)) continue;
    const q = isObj(e.Properties) ? e.Properties : {};
    const id = `${fn}${event}`;
    const at = `Resources.${fn}.Properties.Events.${event}`;
    switch (e.Type) {
      case 'Kinesis':
      case 'DynamoDB':
      case 'SQS':
      case 'MSK':
      case 'MQ':
        resources[id] = {
          Type: 'AWS::Lambda::EventSourceMapping',
          Properties: clean({
            FunctionName: { Ref: fn },
            EventSourceArn: q.Stream ?? q.Queue ?? q.Broker,
            StartingPosition: q.StartingPosition,
            StartingPositionTimestamp: q.StartingPositionTimestamp,
            BatchSize: q.BatchSize,
            MaximumBatchingWindowInSeconds: q.MaximumBatchingWindowInSeconds,
            ParallelizationFactor: q.ParallelizationFactor,
            MaximumRetryAttempts: q.MaximumRetryAttempts,
            MaximumRecordAgeInSeconds: q.MaximumRecordAgeInSeconds,
            BisectBatchOnFunctionError: q.BisectBatchOnFunctionError,
            FunctionResponseTypes: q.FunctionResponseTypes,
            DestinationConfig: mappingDestination(q.DestinationConfig),
            FilterCriteria: q.FilterCriteria,
            Enabled: q.Enabled,
            TumblingWindowInSeconds: q.TumblingWindowInSeconds,
            ScalingConfig: q.ScalingConfig,
            StartingPositionTimestampMs: undefined,
            Topics: q.Topics,
            Queues: q.Queues,
            SourceAccessConfigurations: q.SourceAccessConfigurations,
            MetricsConfig: q.MetricsConfig,
          }),
        };
        break;
      case 'SNS':
        resources[id] = { Type: 'AWS::SNS::Subscription', Properties: clean({ Protocol: 'lambda', Endpoint: arn, TopicArn: q.Topic, FilterPolicy: q.FilterPolicy, FilterPolicyScope: q.FilterPolicyScope, Region: q.Region, RedrivePolicy: q.RedrivePolicy }) };
        permission(event, 'sns.amazonaws.com', q.Topic);
        if (q.SqsSubscription !== undefined) warnings.push(`${at}.Properties.SqsSubscription: SAM puts a queue between topic and function; drawn as a direct subscription`);
        break;
      case 'S3': {
        const bucket = isObj(q.Bucket) && typeof q.Bucket.Ref === 'string' ? q.Bucket.Ref : undefined;
        const b = bucket ? template[bucket] : undefined;
        if (!b || b.Type !== 'AWS::S3::Bucket') {
          warnings.push(`${at}.Properties.Bucket: SAM needs the bucket in the same template; not drawn`);
          break;
        }
        // SAM writes the notification into the bucket itself (and lets it wait for the permission).
        const props: Obj = { ...(b.Properties ?? {}) };
        const n: Obj = isObj(props.NotificationConfiguration) ? { ...props.NotificationConfiguration } : {};
        const list = Array.isArray(n.LambdaConfigurations) ? [...n.LambdaConfigurations] : [];
        for (const name of Array.isArray(q.Events) ? q.Events : [q.Events]) list.push(clean({ Event: name, Function: arn, Filter: q.Filter }));
        n.LambdaConfigurations = list;
        props.NotificationConfiguration = n;
        const dependsOn = b.DependsOn === undefined ? [] : Array.isArray(b.DependsOn) ? b.DependsOn : [b.DependsOn];
        template[bucket as string] = { ...b, Properties: props, DependsOn: [...dependsOn, `${id}Permission`] };
        resources[`${id}Permission`] = { Type: 'AWS::Lambda::Permission', Properties: { Action: 'lambda:InvokeFunction', FunctionName: { Ref: fn }, Principal: 's3.amazonaws.com', SourceAccount: { Ref: 'AWS::AccountId' } } };
        break;
      }
      case 'Schedule':
      case 'EventBridgeRule':
      case 'CloudWatchEvent': {
        const state = q.State ?? (q.Enabled === false ? 'DISABLED' : q.Enabled === true ? 'ENABLED' : undefined);
        resources[id] = {
          Type: 'AWS::Events::Rule',
          Properties: clean({
            Name: q.Name,
            Description: q.Description,
            ScheduleExpression: e.Type === 'Schedule' ? q.Schedule : undefined,
            EventPattern: e.Type === 'Schedule' ? undefined : q.Pattern,
            EventBusName: q.EventBusName,
            State: state,
            Targets: [clean({ Arn: arn, Id: `${id}LambdaTarget`, Input: q.Input, InputPath: q.InputPath, DeadLetterConfig: isObj(q.DeadLetterConfig) && q.DeadLetterConfig.Arn !== undefined ? { Arn: q.DeadLetterConfig.Arn } : undefined, RetryPolicy: q.RetryPolicy })],
          }),
        };
        permission(event, 'events.amazonaws.com', { 'Fn::GetAtt': [id, 'Arn'] });
        break;
      }
      case 'ScheduleV2': {
        const role = q.RoleArn ?? { 'Fn::GetAtt': [`${id}Role`, 'Arn'] };
        if (q.RoleArn === undefined) {
          resources[`${id}Role`] = {
            Type: 'AWS::IAM::Role',
            Properties: {
              AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'scheduler.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
              Policies: [{ PolicyName: `${id}LambdaPolicy`, PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: arn }] } }],
            },
          };
        }
        resources[id] = {
          Type: 'AWS::Scheduler::Schedule',
          Properties: clean({
            Name: q.Name,
            Description: q.Description,
            ScheduleExpression: q.ScheduleExpression,
            ScheduleExpressionTimezone: q.ScheduleExpressionTimezone,
            State: q.State,
            GroupName: q.GroupName,
            FlexibleTimeWindow: q.FlexibleTimeWindow ?? { Mode: 'OFF' },
            StartDate: q.StartDate,
            EndDate: q.EndDate,
            Target: clean({ Arn: arn, RoleArn: role, Input: q.Input, RetryPolicy: q.RetryPolicy, DeadLetterConfig: isObj(q.DeadLetterConfig) && q.DeadLetterConfig.Arn !== undefined ? { Arn: q.DeadLetterConfig.Arn } : undefined }),
          }),
        };
        break;
      }
      case 'IoTRule':
        resources[id] = { Type: 'AWS::IoT::TopicRule', Properties: { TopicRulePayload: clean({ Sql: q.Sql, AwsIotSqlVersion: q.AwsIotSqlVersion, RuleDisabled: false, Actions: [{ Lambda: { FunctionArn: arn } }] }) } };
        permission(event, 'iot.amazonaws.com', { 'Fn::GetAtt': [id, 'Arn'] });
        break;
      case 'Api':
      case 'HttpApi': {
        const named = isObj(q.RestApiId) ? q.RestApiId.Ref : isObj(q.ApiId) ? q.ApiId.Ref : undefined;
        const api = typeof named === 'string' ? named : e.Type === 'Api' ? 'ServerlessRestApi' : 'ServerlessHttpApi';
        if (!template[api] && !resources[api]) {
          // The API SAM makes when an event names none.
          resources[api] = e.Type === 'Api'
            ? { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: { Ref: 'AWS::StackName' } } }
            : { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: { Ref: 'AWS::StackName' }, ProtocolType: 'HTTP' } };
        }
        edges.push({ source: api, target: fn, event });
        break;
      }
      default:
        warnings.push(`${at}: a ${String(e.Type)} event is not drawn`);
    }
  }
  return { resources, edges };
}

/** SAM's OnFailure carries a Type (SQS, SNS, S3) that CloudFormation's mapping does not take. */
function mappingDestination(c: unknown): unknown {
  if (!isObj(c) || !isObj(c.OnFailure)) return c;
  const { Type: _type, ...onFailure } = c.OnFailure;
  return { ...c, OnFailure: onFailure };
}

function clean(o: Obj): Obj {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
