import { deploymentBlockers, type Pipeline, type PipelineNode } from '../../model';
import { emitAlarms } from './alarms';
import { ExportContext, type ExportOptions } from './context';
import { emitDataPipeline, emitFirehose } from './kinds/etl';
import { emitEmr } from './kinds/emr-cluster';
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
import { neutraliseDynamicReferences, truncateBytes } from './text';
import type { CfnResource, CfnTemplate } from './types';

/** A design the services would refuse when the stack deploys: never exported, not even with --force. */
export class DeploymentRefusedError extends Error {
  constructor(readonly blockers: string[]) {
    super(`Not exported: AWS would refuse this design when the stack deploys.\n- ${blockers.join('\n- ')}`);
    this.name = 'DeploymentRefusedError';
  }
}

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

import { defaultNamePrefix } from './references';
export { defaultNamePrefix };

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k]]));
}

/**
 * Resources by node, in the pipeline's order (each node's own resource first, then its helpers
 * by id), then the rest (alarms) by id. A resource listed under two nodes (an event source
 * mapping: the queue's and the function's) goes with the later one, the reader of the pair,
 * whose resource it is in AWS (AWS::Lambda::EventSourceMapping).
 */
function nodesFirst(pipeline: Pipeline, ctx: ExportContext): Record<string, CfnResource> {
  const owner = new Map<string, string>();
  for (const node of pipeline.nodes) for (const id of ctx.resourcesByNode[node.id] ?? []) owner.set(id, node.id);
  const out: Record<string, CfnResource> = {};
  for (const node of pipeline.nodes) {
    const own = [...(ctx.resourcesByNode[node.id] ?? [])].filter((id) => owner.get(id) === node.id).sort();
    for (const id of [ctx.primary(node.id), ...own]) if (ctx.resources[id] && !(id in out)) out[id] = ctx.resources[id];
  }
  for (const id of Object.keys(ctx.resources).sort()) if (!(id in out)) out[id] = ctx.resources[id];
  return out;
}

/** The pipeline as one CloudFormation template object, plus which resources each node became. */
export function buildTemplate(pipeline: Pipeline, options: ExportOptions): BuiltTemplate {
  const ctx = new ExportContext(pipeline, options);
  // Designs the services refuse at deploy time are refused here, even with --force: such a
  // template would lint clean and then fail in the account.
  const blockers = deploymentBlockers(ctx.graph);
  if (blockers.length) throw new DeploymentRefusedError(blockers);
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
  // Free text never becomes a dynamic reference. Metadata keeps the text exactly (CloudFormation
  // resolves no reference there), so an import still gives back the pipeline as drawn.
  for (const resource of Object.values(ctx.resources)) {
    if (resource.Properties) resource.Properties = neutraliseDynamicReferences(resource.Properties);
  }
  // A reader looks for their own services first: the template opens with the resources of each
  // node in the pipeline's order, shared ones (alarms) after them, and Sluice's metadata last.
  const template: CfnTemplate = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: neutraliseDynamicReferences(truncateBytes(pipeline.description ? `${pipeline.name}: ${pipeline.description}` : pipeline.name, 1024)),
    Parameters: neutraliseDynamicReferences(sortKeys(ctx.parameters)),
    Resources: nodesFirst(pipeline, ctx),
  };
  if (Object.keys(ctx.outputs).length) template.Outputs = neutraliseDynamicReferences(sortKeys(ctx.outputs));
  template.Metadata = { [METADATA_KEY]: pipelineMetadata(pipeline) };
  // An imported template's resources and sections Sluice does not draw, written back as they were.
  applyKept(template, ctx, ctx.resourcesByNode, ctx.resourcesByEdge);
  const byNode = Object.fromEntries(Object.entries(ctx.resourcesByNode).map(([k, v]) => [k, [...new Set(v)].sort()]));
  return { template, resourcesByNode: byNode, resourcesByEdge: ctx.resourcesByEdge, context: ctx };
}
