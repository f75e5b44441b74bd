import type { Pipeline, PipelineNode } from '../../model';
import { emitAlarms } from './alarms';
import { ExportContext, type ExportOptions } from './context';
import { emitDataPipeline, emitEmr, emitFirehose } from './kinds/etl';
import { emitOpenSearch, emitRds, emitRedshift, emitWorkGroup } from './kinds/analytics';
import { emitCrawler, emitGlueDatabase, emitJob } from './kinds/glue';
import { emitFunction } from './kinds/lambda-function';
import { emitQueue, emitTopic } from './kinds/messaging';
import { emitBucket } from './kinds/s3-bucket';
import { emitApi, emitSchedule, emitTopicRule } from './kinds/sources';
import { emitDynamoDbTable, emitKinesisStream } from './kinds/streams';
import { METADATA_KEY, nodeMetadata, pipelineMetadata } from './metadata';
import { applyKept } from './kept';
import { emitRoles } from './roles';
import { truncateBytes } from './text';
import type { CfnResource, CfnTemplate } from './types';

export interface BuiltTemplate {
  template: CfnTemplate;
  resourcesByNode: Record<string, string[]>;
  resourcesByEdge: Record<string, string[]>;
  /** The statements each role owner got, for generators that build roles their own way (CDK). */
  context: ExportContext;
}

function emitNode(ctx: ExportContext, node: PipelineNode): void {
  switch (node.kind) {
    case 's3-bucket': return emitBucket(ctx, node);
    case 'kinesis-stream': return emitKinesisStream(ctx, node);
    case 'dynamodb-table': return emitDynamoDbTable(ctx, node);
    case 'sns-topic': return emitTopic(ctx, node);
    case 'sqs-queue': return emitQueue(ctx, node);
    case 'iot-rule': return emitTopicRule(ctx, node);
    case 'schedule': return emitSchedule(ctx, node);
    case 'api-gateway': return emitApi(ctx, node);
    case 'rds-database': return emitRds(ctx, node);
    case 'lambda-function': return emitFunction(ctx, node);
    case 'glue-crawler': return emitCrawler(ctx, node);
    case 'glue-database': return emitGlueDatabase(ctx, node);
    case 'glue-job': return emitJob(ctx, node);
    case 'emr-cluster': return emitEmr(ctx, node);
    case 'firehose': return emitFirehose(ctx, node);
    case 'opensearch-domain': return emitOpenSearch(ctx, node);
    case 'redshift-cluster': return emitRedshift(ctx, node);
    case 'athena-workgroup': return emitWorkGroup(ctx, node);
    case 'data-pipeline': return emitDataPipeline(ctx, node);
  }
}

/** The default for the NamePrefix parameter: the pipeline name as bucket-name text. */
export function defaultNamePrefix(pipelineName: string): string {
  const cleaned = pipelineName.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^[^a-z]+/, '').slice(0, 12).replace(/-+$/, '');
  return cleaned && !cleaned.startsWith('xn--') && !cleaned.startsWith('sthree') ? cleaned : 'sluice';
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k]]));
}

/** The pipeline as one CloudFormation template object, plus which resources each node became. */
export function buildTemplate(pipeline: Pipeline, options: ExportOptions): BuiltTemplate {
  const ctx = new ExportContext(pipeline, options);
  if (pipeline.nodes.some((n) => n.kind === 's3-bucket')) ctx.parameter('NamePrefix', {
    Type: 'String',
    Description: 'Start of every bucket name (names also carry the account and Region); lower-case, up to 12 characters',
    Default: defaultNamePrefix(pipeline.name),
    AllowedPattern: '^[a-z][a-z0-9-]{0,11}$',
    ConstraintDescription: 'lower-case letters, digits and -, starting with a letter, at most 12 characters',
  });
  for (const node of pipeline.nodes) emitNode(ctx, node);
  emitRoles(ctx);
  if (options.alarms) emitAlarms(ctx);
  for (const node of pipeline.nodes) {
    const resource: CfnResource = ctx.resources[ctx.primary(node.id)];
    resource.Metadata = { [METADATA_KEY]: nodeMetadata(node, pipeline.edges.filter((e) => e.source === node.id)) };
  }
  // Everything else is marked as part of its node, so an import of this template knows a
  // staging bucket or a role is not a node of its own.
  for (const [nodeId, ids] of Object.entries(ctx.resourcesByNode)) {
    for (const id of ids) ctx.resources[id].Metadata ??= { [METADATA_KEY]: { partOf: nodeId } };
  }
  const template: CfnTemplate = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: truncateBytes(pipeline.description ? `${pipeline.name}: ${pipeline.description}` : pipeline.name, 1024),
    Metadata: { [METADATA_KEY]: pipelineMetadata(pipeline) },
    Parameters: sortKeys(ctx.parameters),
    Resources: sortKeys(ctx.resources),
  };
  if (Object.keys(ctx.outputs).length) template.Outputs = sortKeys(ctx.outputs);
  // An imported template's resources and sections Sluice does not draw, written back.
  applyKept(template, ctx, ctx.resourcesByNode, ctx.resourcesByEdge);
  const byNode = Object.fromEntries(Object.entries(ctx.resourcesByNode).map(([k, v]) => [k, [...new Set(v)].sort()]));
  return { template, resourcesByNode: byNode, resourcesByEdge: ctx.resourcesByEdge, context: ctx };
}
