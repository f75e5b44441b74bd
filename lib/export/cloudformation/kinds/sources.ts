import type { NodeOfKind, PipelineNode } from '../../../model';
import type { ExportContext } from '../context';
import { getAtt, ref, sub } from '../intrinsics';
import { arnOf, bucketName } from '../references';
import { assumeRolePolicy } from '../policy-book';
import type { CfnObject } from '../types';
import { allowAll, flowGrants, scheduleWorkflowId, writeGrant } from '../edges/grants';
import { glueWorkflowTarget } from './glue-starter';

function invokePermission(ctx: ExportContext, edgeId: string, fn: PipelineNode, principal: string, sourceArn: CfnObject | ReturnType<typeof ref>, owners: string[]): void {
  const edge = ctx.pipeline.edges.find((e) => e.id === edgeId)!;
  ctx.add(
    ctx.idForEdge(edge, 'Permission'),
    {
      Type: 'AWS::Lambda::Permission',
      Properties: { Action: 'lambda:InvokeFunction', FunctionName: getAtt(ctx.primary(fn.id), 'Arn'), Principal: principal, SourceArn: sourceArn, SourceAccount: ref('AWS::AccountId') },
    },
    { nodes: owners, edge: edgeId },
  );
}

/** One IoT action per edge; actions other than Lambda act through the rule's role. */
export function emitTopicRule(ctx: ExportContext, node: NodeOfKind<'iot-rule'>): void {
  const id = ctx.primary(node.id);
  const role = ctx.idFor(node.id, 'Role');
  const roleArn = getAtt(role, 'Arn');
  const actions: CfnObject[] = [];
  for (const edge of ctx.outgoing(node.id, 'push')) {
    const target = ctx.node(edge.target);
    const t = ctx.primary(target.id);
    switch (target.kind) {
      case 'lambda-function':
        actions.push({ Lambda: { FunctionArn: getAtt(t, 'Arn') } });
        invokePermission(ctx, edge.id, target, 'iot.amazonaws.com', getAtt(id, 'Arn'), [node.id, target.id]);
        continue;
      case 'kinesis-stream':
        actions.push({ Kinesis: { StreamName: ref(t), PartitionKey: '${newuuid()}', RoleArn: roleArn } });
        break;
      case 'firehose':
        actions.push({ Firehose: { DeliveryStreamName: ref(t), Separator: '\n', RoleArn: roleArn } });
        break;
      case 'dynamodb-table':
        actions.push({ DynamoDBv2: { PutItem: { TableName: ref(t) }, RoleArn: roleArn } });
        break;
      case 'sqs-queue':
        actions.push({ Sqs: { QueueUrl: ref(t), RoleArn: roleArn } });
        break;
      case 'sns-topic':
        actions.push({ Sns: { TargetArn: ref(t), MessageFormat: 'RAW', RoleArn: roleArn } });
        break;
      case 's3-bucket':
        actions.push({ S3: { BucketName: bucketName(target.id), Key: '${topic()}/${timestamp()}', RoleArn: roleArn } });
        break;
      default:
        continue;
    }
    allowAll(ctx, node.id, writeGrant(ctx, target, '', node));
  }
  ctx.add(
    id,
    { Type: 'AWS::IoT::TopicRule', Properties: { TopicRulePayload: { Sql: node.config.sql, AwsIotSqlVersion: '2016-03-23', RuleDisabled: false, Actions: actions } } },
    { nodes: [node.id] },
  );
  if (ctx.policies.has(node.id)) ctx.roles.push({ nodeId: node.id, logicalId: role, service: 'iot.amazonaws.com' });
}

/**
 * A schedule is an EventBridge rule with the expression as drawn. Functions are its targets;
 * the jobs and crawlers it starts are reached through a Glue workflow the rule notifies
 * (glue-starter.ts), so the rule always has a target and a rate() keeps its exact cadence.
 */
export function emitSchedule(ctx: ExportContext, node: NodeOfKind<'schedule'>): void {
  const id = ctx.primary(node.id);
  const targets: CfnObject[] = [];
  const glueActions: CfnObject[] = [];
  const glueEdges: PipelineNode[] = [];
  for (const edge of ctx.outgoing(node.id, 'trigger')) {
    const target = ctx.node(edge.target);
    if (target.kind === 'lambda-function') {
      targets.push({ Arn: getAtt(ctx.primary(target.id), 'Arn'), Id: ctx.primary(target.id) });
      invokePermission(ctx, edge.id, target, 'events.amazonaws.com', getAtt(id, 'Arn'), [node.id, target.id]);
    } else if (target.kind === 'glue-job' || target.kind === 'glue-crawler') {
      glueActions.push(target.kind === 'glue-job' ? { JobName: ref(ctx.primary(target.id)) } : { CrawlerName: ref(ctx.primary(target.id)) });
      glueEdges.push(target);
    }
  }
  if (glueActions.length) {
    const grant = (roleOwner: string) => {
      for (const target of glueEdges) allowAll(ctx, roleOwner, flowGrants(ctx, 'trigger', node, target, 'source'));
    };
    targets.push(glueWorkflowTarget(ctx, node.id, scheduleWorkflowId(ctx, node.id), glueActions, grant, [node.id, ...glueEdges.map((t) => t.id)]));
  }
  const properties: CfnObject = { Description: `Schedule ${node.id}`, ScheduleExpression: node.config.expression, State: node.config.enabled ? 'ENABLED' : 'DISABLED' };
  if (targets.length) properties.Targets = targets;
  ctx.add(id, { Type: 'AWS::Events::Rule', Properties: properties }, { nodes: [node.id] });
}

/** HTTP APIs proxy to Lambda and integrate directly with SQS and Kinesis; REST APIs the same. */
export function emitApi(ctx: ExportContext, node: NodeOfKind<'api-gateway'>): void {
  const id = ctx.primary(node.id);
  const http = node.config.apiType === 'http';
  const role = ctx.idFor(node.id, 'Role');
  ctx.add(id, { Type: http ? 'AWS::ApiGatewayV2::Api' : 'AWS::ApiGateway::RestApi', Properties: http ? { Name: node.name, ProtocolType: 'HTTP' } : { Name: node.name, EndpointConfiguration: { Types: ['REGIONAL'] } } }, { nodes: [node.id] });
  const routes: string[] = [];
  for (const edge of ctx.outgoing(node.id, 'push')) {
    const target = ctx.node(edge.target);
    const t = ctx.primary(target.id);
    const integration = ctx.idForEdge(edge, 'Integration');
    const path = target.id;
    if (target.kind === 'lambda-function') invokePermission(ctx, edge.id, target, 'apigateway.amazonaws.com', arnOf(ctx, node), [node.id, target.id]);
    else allowAll(ctx, node.id, writeGrant(ctx, target, '', node));
    if (http) {
      const props: CfnObject =
        target.kind === 'lambda-function'
          ? { ApiId: ref(id), IntegrationType: 'AWS_PROXY', IntegrationUri: getAtt(t, 'Arn'), PayloadFormatVersion: '2.0' }
          : target.kind === 'sqs-queue'
            ? { ApiId: ref(id), IntegrationType: 'AWS_PROXY', IntegrationSubtype: 'SQS-SendMessage', CredentialsArn: getAtt(role, 'Arn'), PayloadFormatVersion: '1.0', RequestParameters: { QueueUrl: ref(t), MessageBody: '$request.body' } }
            : { ApiId: ref(id), IntegrationType: 'AWS_PROXY', IntegrationSubtype: 'Kinesis-PutRecord', CredentialsArn: getAtt(role, 'Arn'), PayloadFormatVersion: '1.0', RequestParameters: { StreamName: ref(t), Data: '$request.body', PartitionKey: '$context.requestId' } };
      ctx.add(integration, { Type: 'AWS::ApiGatewayV2::Integration', Properties: props }, { nodes: [node.id, target.id], edge: edge.id });
      const route = ctx.add(ctx.idForEdge(edge, 'Route'), { Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: ref(id), RouteKey: `POST /${path}`, AuthorizationType: 'AWS_IAM', Target: sub(`integrations/\${${integration}}`) } }, { nodes: [node.id], edge: edge.id });
      routes.push(route);
    } else {
      const resource = ctx.add(ctx.idForEdge(edge, 'Resource'), { Type: 'AWS::ApiGateway::Resource', Properties: { RestApiId: ref(id), ParentId: getAtt(id, 'RootResourceId'), PathPart: path } }, { nodes: [node.id], edge: edge.id });
      const restIntegration: CfnObject =
        target.kind === 'lambda-function'
          ? { Type: 'AWS_PROXY', IntegrationHttpMethod: 'POST', Uri: sub(`arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${${t}.Arn}/invocations`) }
          : target.kind === 'sqs-queue'
            ? {
                Type: 'AWS',
                IntegrationHttpMethod: 'POST',
                Credentials: getAtt(role, 'Arn'),
                Uri: sub(`arn:\${AWS::Partition}:apigateway:\${AWS::Region}:sqs:path/\${AWS::AccountId}/\${${t}.QueueName}`),
                RequestParameters: { 'integration.request.header.Content-Type': "'application/x-www-form-urlencoded'" },
                RequestTemplates: { 'application/json': 'Action=SendMessage&MessageBody=$util.urlEncode($input.body)' },
                IntegrationResponses: [{ StatusCode: '200' }],
              }
            : {
                Type: 'AWS',
                IntegrationHttpMethod: 'POST',
                Credentials: getAtt(role, 'Arn'),
                Uri: sub('arn:${AWS::Partition}:apigateway:${AWS::Region}:kinesis:action/PutRecord'),
                RequestTemplates: { 'application/json': sub(`{"StreamName":"\${${t}}","Data":"$util.base64Encode($input.body)","PartitionKey":"$context.requestId"}`) },
                IntegrationResponses: [{ StatusCode: '200' }],
              };
      const method = ctx.add(
        ctx.idForEdge(edge, 'Method'),
        {
          Type: 'AWS::ApiGateway::Method',
          Properties: { RestApiId: ref(id), ResourceId: ref(resource), HttpMethod: 'POST', AuthorizationType: 'AWS_IAM', Integration: restIntegration, ...(target.kind === 'lambda-function' ? {} : { MethodResponses: [{ StatusCode: '200' }] }) },
        },
        { nodes: [node.id, target.id], edge: edge.id },
      );
      routes.push(method);
    }
  }
  if (http) {
    ctx.add(ctx.idFor(node.id, 'Stage'), { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: ref(id), StageName: '$default', AutoDeploy: true } }, { nodes: [node.id] });
    ctx.output(node.id, 'ApiEndpoint', `Endpoint of node ${node.id}`, getAtt(id, 'ApiEndpoint'));
  } else if (routes.length) {
    const deployment = ctx.add(ctx.idFor(node.id, 'Deployment'), { Type: 'AWS::ApiGateway::Deployment', DependsOn: routes, Properties: { RestApiId: ref(id) } }, { nodes: [node.id] });
    ctx.add(ctx.idFor(node.id, 'Stage'), { Type: 'AWS::ApiGateway::Stage', Properties: { RestApiId: ref(id), DeploymentId: ref(deployment), StageName: 'prod' } }, { nodes: [node.id] });
    ctx.output(node.id, 'ApiEndpoint', `Endpoint of node ${node.id}`, sub(`https://\${${id}}.execute-api.\${AWS::Region}.\${AWS::URLSuffix}/prod`));
  }
  if (ctx.policies.has(node.id)) ctx.roles.push({ nodeId: node.id, logicalId: role, service: 'apigateway.amazonaws.com' });
  void assumeRolePolicy;
}
