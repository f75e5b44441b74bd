import { ASYNC_MAX_EVENT_AGE_SECONDS, ASYNC_MAX_RETRIES, KINESIS_CONSUMER_NAME_MAX_CHARS, LAMBDA_DESCRIPTION_MAX_CHARS, eventSourceMappingSettings, type NodeOfKind, type PipelineEdge } from '../../../model';
import type { ExportContext } from '../context';
import { getAtt, ref } from '../intrinsics';
import { addressOf, arnOf, bucketArn } from '../references';
import { truncate } from '../text';
import type { CfnObject, CfnValue } from '../types';
import { lambdaVpcConfig } from './lambda-vpc';
import { allowAll, flowGrants, writeGrant } from '../edges/grants';
import { INLINE_CODE_BUDGET_BYTES } from '../../../model/facts/lambda-events';

const STREAM_SOURCES = ['kinesis-stream', 'dynamodb-table'];

/**
 * An environment variable name from a node id: "archive-bucket" -> "ARCHIVE_BUCKET".
 * Lambda takes names matching [a-zA-Z][a-zA-Z0-9_]+, so at least two characters: a
 * one-letter id ("t") becomes "T_NODE", one that starts with a digit "N_<id>".
 * https://docs.aws.amazon.com/lambda/latest/api/API_Environment.html
 */
export function envName(nodeId: string): string {
  const name = nodeId.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  const lettered = /^[A-Z]/.test(name) ? name : `N_${name}`;
  return lettered.length >= 2 ? lettered : `${lettered}_NODE`;
}

/**
 * Where a function is fed by several mappings of one kind and only some report batch item
 * failures, this variable lists their source ARNs (comma-separated): the generated handler
 * returns item failures only for those, and fails the whole batch for the others, as each
 * mapping expects (and as the simulator models each edge).
 */
export const ITEM_FAILURE_SOURCES_ENV = 'SLUICE_ITEM_FAILURE_SOURCES';

/** The ARN an event of this mapping names as its eventSourceARN (a DynamoDB table's stream). */
function mappingSourceArn(ctx: ExportContext, edge: PipelineEdge): CfnValue {
  const source = ctx.node(edge.source);
  return source.kind === 'dynamodb-table' ? getAtt(ctx.primary(source.id), 'StreamArn') : arnOf(ctx, source);
}

/** The sources of the reporting mappings of a kind that the function also reads without reporting. */
function mixedReportingSources(ctx: ExportContext, mappings: PipelineEdge[]): CfnValue[] {
  const out: CfnValue[] = [];
  for (const kind of ['sqs-queue', 'kinesis-stream', 'dynamodb-table']) {
    const ofKind = mappings.filter((e) => ctx.node(e.source).kind === kind);
    const reporting = ofKind.filter((e) => eventSourceMappingSettings(kind as 'sqs-queue', e.config).reportBatchItemFailures);
    if (reporting.length > 0 && reporting.length < ofKind.length) out.push(...reporting.map((e) => mappingSourceArn(ctx, e)));
  }
  return out;
}

/** The on-failure destination drawn from a function (the first, if several). */
function onFailureEdge(ctx: ExportContext, nodeId: string): PipelineEdge | undefined {
  return ctx.outgoing(nodeId, 'on-failure')[0];
}

export function emitFunction(ctx: ExportContext, node: NodeOfKind<'lambda-function'>): void {
  const c = node.config;
  const id = ctx.primary(node.id);
  const logGroup = ctx.add(ctx.idFor(node.id, 'LogGroup'), { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 30 } }, { nodes: [node.id] });
  ctx.policies.allow(node.id, ['logs:CreateLogStream', 'logs:PutLogEvents'], [getAtt(logGroup, 'Arn')]);
  const role = ctx.idFor(node.id, 'Role');
  ctx.roles.push({ nodeId: node.id, logicalId: role, service: 'lambda.amazonaws.com' });

  const environment: Record<string, CfnValue> = {};
  for (const edge of ctx.outgoing(node.id, 'writes')) {
    const target = ctx.node(edge.target);
    environment[envName(target.id)] = addressOf(ctx, target);
    allowAll(ctx, node.id, writeGrant(ctx, target, edge.config.writePrefix, node));
  }

  const mixed = mixedReportingSources(ctx, ctx.incoming(node.id, 'event-source-mapping'));
  if (mixed.length) environment[ITEM_FAILURE_SOURCES_ENV] = { 'Fn::Join': [',', mixed] };

  const properties: CfnObject = {
    Description: truncate(node.name, LAMBDA_DESCRIPTION_MAX_CHARS),
    Runtime: c.runtime,
    Handler: c.handler,
    Role: getAtt(role, 'Arn'),
    Code: functionCode(ctx, node),
    MemorySize: c.memoryMb,
    // Lambda takes whole seconds, at least 1: a fractional design value rounds up.
    Timeout: Math.max(1, Math.ceil(c.timeoutSeconds)),
    EphemeralStorage: { Size: c.ephemeralStorageMb },
    LoggingConfig: { LogGroup: ref(logGroup) },
  };
  // x86_64 is Lambda's default: only arm64 is written, so existing templates stay as they were.
  if (c.architecture !== 'x86_64') properties.Architectures = [c.architecture];
  if (c.reservedConcurrency !== undefined) properties.ReservedConcurrentExecutions = c.reservedConcurrency;
  if (Object.keys(environment).length) properties.Environment = { Variables: environment };
  const vpc = lambdaVpcConfig(ctx, node);
  if (vpc) properties.VpcConfig = vpc;
  ctx.add(id, { Type: 'AWS::Lambda::Function', Properties: properties }, { nodes: [node.id] });

  const failure = onFailureEdge(ctx, node.id);
  const failureTarget = failure ? ctx.node(failure.target) : undefined;
  if (failure && failureTarget) allowAll(ctx, node.id, flowGrants(ctx, 'on-failure', node, failureTarget, 'source', ''));
  const mappings = ctx.incoming(node.id, 'event-source-mapping');
  for (const edge of mappings) emitEventSourceMapping(ctx, node.id, edge, failure);

  // Pushes and schedules invoke asynchronously: their retries and destination live here.
  const asyncSources = ctx.graph.incoming(node.id).filter((e) => ['push', 'trigger'].includes(ctx.graph.connection(e)?.meaning ?? ''));
  const streamFed = mappings.some((e) => STREAM_SOURCES.includes(ctx.node(e.source).kind));
  // AWS's defaults (2 retries, 6 hours) need no EventInvokeConfig.
  const defaults = c.asyncMaxRetries === ASYNC_MAX_RETRIES && c.maxEventAgeSeconds === ASYNC_MAX_EVENT_AGE_SECONDS;
  if (asyncSources.length > 0 || (failure && !streamFed) || !defaults) {
    const invoke: CfnObject = { FunctionName: ref(id), Qualifier: '$LATEST', MaximumRetryAttempts: c.asyncMaxRetries, MaximumEventAgeInSeconds: c.maxEventAgeSeconds };
    if (failure && failureTarget && (!streamFed || asyncSources.length > 0)) invoke.DestinationConfig = { OnFailure: { Destination: arnOf(ctx, failureTarget) } };
    ctx.add(ctx.idFor(node.id, 'EventInvokeConfig'), { Type: 'AWS::Lambda::EventInvokeConfig', Properties: invoke }, failure ? { nodes: [node.id], edge: failure.id } : { nodes: [node.id] });
  }
  ctx.output(node.id, 'FunctionName', `Function name of node ${node.id}`, ref(id));
}

/**
 * How a function's code is given, and why. A Python or Node.js function gets the generated
 * handler (lib/export/handlers): inline (`ZipFile`, which CloudFormation writes to index.py /
 * index.js) when its handler file is `index` and the code fits the inline budget
 * (INLINE_CODE_BUDGET_BYTES); otherwise, and for other runtimes, a package in S3 named by two
 * parameters (`sluice export --out` writes the handler to lambda/<id>/ to zip and upload).
 */
export function functionCodeSource(ctx: ExportContext, node: NodeOfKind<'lambda-function'>): { inline: string } | { packaged: 'handler' | 'runtime'; fileName?: string; bytes?: number } {
  const source = ctx.options.handlerCode?.(ctx.graph, node);
  if (!source) return { packaged: 'runtime' };
  const bytes = new TextEncoder().encode(source.code).length;
  if (source.fileName.startsWith('index.') && bytes <= INLINE_CODE_BUDGET_BYTES) return { inline: source.code };
  return { packaged: 'handler', fileName: source.fileName, bytes };
}

function functionCode(ctx: ExportContext, node: NodeOfKind<'lambda-function'>): CfnObject {
  const how = functionCodeSource(ctx, node);
  if ('inline' in how) return { ZipFile: how.inline };
  const what = how.packaged === 'handler' ? ` (zip lambda/${node.id}/${how.fileName} from sluice export --out)` : '';
  const bucket = ctx.parameter(`${ctx.primary(node.id)}CodeBucket`, {
    Type: 'String',
    Description: `S3 bucket holding the deployment package of function ${node.id}${what}`,
    AllowedPattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$',
    ConstraintDescription: 'an S3 bucket name',
  });
  const key = ctx.parameter(`${ctx.primary(node.id)}CodeKey`, {
    Type: 'String',
    Description: `S3 key of the deployment package of function ${node.id}`,
    Default: `lambda/${node.id}.zip`,
  });
  return { S3Bucket: ref(bucket), S3Key: ref(key) };
}

/** An AWS::Kinesis::StreamConsumer for one mapping's enhanced fan-out; returns its ARN. */
function emitStreamConsumer(ctx: ExportContext, functionId: string, edge: PipelineEdge, streamArn: CfnValue): CfnValue {
  const id = ctx.idForEdge(edge, 'StreamConsumer');
  ctx.add(id, { Type: 'AWS::Kinesis::StreamConsumer', Properties: { ConsumerName: `${functionId}-${edge.id}`.slice(0, KINESIS_CONSUMER_NAME_MAX_CHARS), StreamARN: streamArn } }, { nodes: [functionId, edge.source], edge: edge.id });
  return getAtt(id, 'ConsumerARN');
}

function emitEventSourceMapping(ctx: ExportContext, functionId: string, edge: PipelineEdge, failure: PipelineEdge | undefined): void {
  const source = ctx.node(edge.source);
  const s = eventSourceMappingSettings(source.kind, edge.config);
  const sourceArn = mappingSourceArn(ctx, edge);
  // Enhanced fan-out: the mapping reads through a registered consumer of its own.
  const consumerArn = s.enhancedFanOut ? emitStreamConsumer(ctx, functionId, edge, sourceArn) : undefined;
  const properties: CfnObject = { EventSourceArn: consumerArn ?? sourceArn, FunctionName: ref(ctx.primary(functionId)), BatchSize: s.batchSize };
  const fifo = source.kind === 'sqs-queue' && source.config.fifo;
  if (!fifo) properties.MaximumBatchingWindowInSeconds = s.batchingWindowSeconds;
  if (s.reportBatchItemFailures) properties.FunctionResponseTypes = ['ReportBatchItemFailures'];
  if (source.kind === 'sqs-queue') {
    if (s.maxConcurrency !== undefined) properties.ScalingConfig = { MaximumConcurrency: s.maxConcurrency };
    allowAll(ctx, functionId, flowGrants(ctx, 'event-source-mapping', source, ctx.node(functionId), 'target'));
  } else {
    properties.StartingPosition = s.startingPosition ?? 'LATEST';
    // AT_TIMESTAMP needs the time to start from; without it Lambda refuses the mapping (the export refuses such a design first).
    if (s.startingPosition === 'AT_TIMESTAMP' && edge.config.startingPositionTimestamp !== undefined) properties.StartingPositionTimestamp = edge.config.startingPositionTimestamp;
    properties.ParallelizationFactor = s.parallelizationFactor;
    properties.MaximumRetryAttempts = s.maxRetryAttempts;
    properties.MaximumRecordAgeInSeconds = s.maxRecordAgeSeconds;
    properties.BisectBatchOnFunctionError = s.bisectOnError;
    if (failure) properties.DestinationConfig = { OnFailure: { Destination: arnOf(ctx, ctx.node(failure.target)) } };
    // From the flow table: dynamodb:ListStreams takes no resource, so it is granted on "*".
    allowAll(ctx, functionId, flowGrants(ctx, 'event-source-mapping', source, ctx.node(functionId), 'target'));
    // https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-create.html (checked 2026-12-06)
    if (consumerArn) allowAll(ctx, functionId, [{ actions: ['kinesis:SubscribeToShard', 'kinesis:DescribeStreamConsumer'], resources: [consumerArn] }]);
    if (failure && ctx.node(failure.target).kind === 's3-bucket') allowAll(ctx, functionId, [{ actions: ['s3:ListBucket'], resources: [bucketArn(failure.target)] }]);
  }
  ctx.add(
    ctx.idForEdge(edge, 'EventSourceMapping'),
    { Type: 'AWS::Lambda::EventSourceMapping', DependsOn: [ctx.idFor(functionId, 'Role')], Properties: properties },
    { nodes: [functionId, source.id], edge: edge.id },
  );
}
