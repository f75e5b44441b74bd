import { buildGraph, redriveLoopEdges, type ConnectionMeaning, type PipelineGraph, type Pipeline, type PipelineEdge, type PipelineNode, type NodeOfKind } from '../../model';
import { LogicalIdAllocator, pascalCase } from './logical-ids';
import type { CfnOutput, CfnParameter, CfnResource, CfnValue } from './types';
import { PolicyBook } from './policy-book';

/** The suffix of each kind's main resource: "orders" (sqs-queue) becomes "OrdersQueue". */
export const PRIMARY_SUFFIX: Record<PipelineNode['kind'], string> = {
  's3-bucket': 'Bucket',
  'kinesis-stream': 'Stream',
  'dynamodb-table': 'Table',
  'sns-topic': 'Topic',
  'sqs-queue': 'Queue',
  'iot-rule': 'TopicRule',
  schedule: 'Schedule',
  'api-gateway': 'Api',
  'rds-database': 'Database',
  'lambda-function': 'Function',
  'glue-crawler': 'Crawler',
  'glue-database': 'CatalogDatabase',
  'glue-job': 'Job',
  'emr-cluster': 'Emr',
  firehose: 'DeliveryStream',
  'opensearch-domain': 'Domain',
  'redshift-cluster': 'Cluster',
  'athena-workgroup': 'WorkGroup',
  'data-pipeline': 'DataPipeline',
};

export interface RoleRequest {
  nodeId: string;
  logicalId: string;
  service: string;
  managedPolicyArns?: string[];
}

export interface ExportOptions {
  alarms: boolean;
  /**
   * The generated handler of a Python or Node.js function (lib/export/handlers). Passed in, not
   * imported, so the validator's resource count (stack-resource-limit) builds templates without
   * the code generator in the designer's first load: without it every function's code is a
   * package reference, which changes no resource.
   */
  handlerCode?: (graph: PipelineGraph, fn: NodeOfKind<'lambda-function'>) => { fileName: string; code: string } | undefined;
}

/** Everything an emitter needs; emitters add resources and never read each other's output. */
export class ExportContext {
  readonly graph: PipelineGraph;
  readonly resources: Record<string, CfnResource> = {};
  readonly parameters: Record<string, CfnParameter> = {};
  readonly outputs: Record<string, CfnOutput> = {};
  readonly resourcesByNode: Record<string, string[]> = {};
  readonly resourcesByEdge: Record<string, string[]> = {};
  readonly policies = new PolicyBook();
  /** Roles to create once every edge has added its statements. */
  readonly roles: RoleRequest[] = [];
  private readonly ids = new LogicalIdAllocator();
  private readonly primaries = new Map<string, string>();
  private readonly redriveLoops: Set<string>;

  constructor(
    readonly pipeline: Pipeline,
    readonly options: ExportOptions,
  ) {
    this.graph = buildGraph(pipeline);
    this.redriveLoops = redriveLoopEdges(this.graph);
    for (const p of ['NamePrefix']) this.ids.allocate(p, `parameter:${p}`);
    // Main resources first, in document order, so that their ids never depend on edges.
    for (const n of pipeline.nodes) this.primaries.set(n.id, this.ids.allocate(`${pascalCase(n.id)}${PRIMARY_SUFFIX[n.kind]}`, `node:${n.id}`));
    for (const n of pipeline.nodes) this.resourcesByNode[n.id] = [];
    for (const e of pipeline.edges) this.resourcesByEdge[e.id] = [];
  }

  primary(nodeId: string): string {
    const id = this.primaries.get(nodeId);
    if (!id) throw new Error(`no node "${nodeId}"`);
    return id;
  }

  node(nodeId: string): PipelineNode {
    const n = this.graph.node(nodeId);
    if (!n) throw new Error(`no node "${nodeId}"`);
    return n;
  }

  /** A logical id for a node's secondary resource, e.g. ("archive", "Role") -> "ArchiveRole". */
  idFor(nodeId: string, suffix: string): string {
    return this.ids.allocate(`${pascalCase(nodeId)}${suffix}`, `node:${nodeId}/${suffix}`);
  }

  idForEdge(edge: PipelineEdge, suffix: string): string {
    return this.ids.allocate(`${pascalCase(edge.id)}${suffix}`, `edge:${edge.id}/${suffix}`);
  }

  /** Add a resource owned by one or more nodes (and optionally an edge). */
  add(logicalId: string, resource: CfnResource, owners: { nodes: string[]; edge?: string }): string {
    if (this.resources[logicalId]) throw new Error(`logical id ${logicalId} added twice`);
    this.resources[logicalId] = resource;
    for (const n of new Set(owners.nodes)) this.resourcesByNode[n]?.push(logicalId);
    if (owners.edge) this.resourcesByEdge[owners.edge]?.push(logicalId);
    return logicalId;
  }

  parameter(name: string, parameter: CfnParameter): string {
    const id = this.ids.allocate(name, `parameter:${name}`);
    this.parameters[id] = parameter;
    return id;
  }

  /** A logical id for a resource of the whole pipeline (not of one node), e.g. the alarm topic. */
  idForPipeline(name: string): string {
    return this.ids.allocate(name, `pipeline:${name}`);
  }

  /** An output of the whole pipeline. */
  pipelineOutput(name: string, description: string, value: CfnValue): void {
    this.outputs[this.ids.allocate(name, `output:pipeline/${name}`)] = { Description: description, Value: value };
  }

  output(nodeId: string, suffix: string, description: string, value: CfnValue): void {
    this.outputs[this.ids.allocate(`${pascalCase(nodeId)}${suffix}`, `output:${nodeId}/${suffix}`)] = { Description: description, Value: value };
  }

  /**
   * Edges of a node (of a given meaning: the graph's answer), in document order. Dead-letter
   * edges that loop back (sqs-redrive-loop, an error) are left out: CloudFormation could not
   * create their queues (circular dependency), and the CDK app could not declare them in any order.
   */
  outgoing(nodeId: string, meaning?: ConnectionMeaning): PipelineEdge[] {
    return (meaning === undefined ? this.graph.outgoing(nodeId) : this.graph.outgoingOf(nodeId, meaning)).filter((e) => !this.redriveLoops.has(e.id));
  }

  incoming(nodeId: string, meaning?: ConnectionMeaning): PipelineEdge[] {
    return (meaning === undefined ? this.graph.incoming(nodeId) : this.graph.incomingOf(nodeId, meaning)).filter((e) => !this.redriveLoops.has(e.id));
  }
}
