import { EMR_CLUSTER_NAME_MAX_CHARS, EMR_MANAGED_POLICY_TAG, EMR_SERVERLESS_TYPES, emrPrimaryNodes, emrSupportsAutoTermination, type NodeOfKind } from '../../../model';
import type { ExportContext } from '../context';
import { getAtt, ref, sub } from '../intrinsics';
import { truncate } from '../text';
import type { CfnObject, CfnValue } from '../types';
import { allowAll, readGrant, writeGrant } from '../edges/grants';

const GLUE_METASTORE = 'com.amazonaws.glue.catalog.metastore.AWSGlueDataCatalogHiveClientFactory';

function grantEtl(ctx: ExportContext, nodeId: string): void {
  for (const edge of [...ctx.incoming(nodeId, 'reads'), ...ctx.incoming(nodeId, 'reads-catalog')]) allowAll(ctx, nodeId, readGrant(ctx, ctx.node(edge.source)));
  for (const edge of ctx.outgoing(nodeId, 'writes')) allowAll(ctx, nodeId, writeGrant(ctx, ctx.node(edge.target), edge.config.writePrefix));
}

const glueArn = (resource: string): CfnValue => sub(`arn:\${AWS::Partition}:glue:\${AWS::Region}:\${AWS::AccountId}:${resource}`);

/**
 * With the Glue Data Catalog as Hive metastore, Hive and Spark on the instances call Glue for
 * every database, table and partition they touch: they open the `default` database at start-up
 * and create tables and partitions as they write. The catalog databases drawn into the cluster
 * get read and write; `default` gets read (the metastore checks it exists).
 * https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-hive-metastore-glue.html
 */
function grantMetastore(ctx: ExportContext, nodeId: string): void {
  // Each group of actions gets only the resource types AWS lists for it (the Service
  // Authorization Reference): database calls on the catalog and database, table and partition
  // calls also on tables, function calls on user-defined functions.
  const databaseRead = ['glue:GetDatabase', 'glue:GetDatabases'];
  const tableRead = ['glue:GetTable', 'glue:GetTables', 'glue:GetPartition', 'glue:GetPartitions', 'glue:BatchGetPartition'];
  const functionRead = ['glue:GetUserDefinedFunctions'];
  const tableWrite = ['glue:CreateTable', 'glue:UpdateTable', 'glue:CreatePartition', 'glue:BatchCreatePartition', 'glue:UpdatePartition', 'glue:BatchUpdatePartition'];
  const grant = (database: CfnValue, table: CfnValue, udf: CfnValue, write: boolean) => {
    ctx.policies.allow(nodeId, databaseRead, [glueArn('catalog'), database]);
    ctx.policies.allow(nodeId, write ? [...tableRead, ...tableWrite] : tableRead, [glueArn('catalog'), database, table]);
    ctx.policies.allow(nodeId, functionRead, [glueArn('catalog'), database, udf]);
  };
  grant(glueArn('database/default'), glueArn('table/default/*'), glueArn('userDefinedFunction/default/*'), false);
  for (const edge of ctx.incoming(nodeId, 'reads-catalog')) {
    const db = ctx.primary(edge.source);
    grant(glueArn(`database/\${${db}}`), glueArn(`table/\${${db}}/*`), glueArn(`userDefinedFunction/\${${db}}/*`), true);
  }
}

/** The single EMR Serverless application type the node's applications map to, if there is one. */
export function serverlessType(applications: readonly string[]): 'SPARK' | 'HIVE' | undefined {
  const types = new Set<string | undefined>(applications.map((a) => EMR_SERVERLESS_TYPES.applications[a]));
  const [only] = types;
  return types.size === 1 && only !== undefined ? (only as 'SPARK' | 'HIVE') : undefined;
}

export function emitEmr(ctx: ExportContext, node: NodeOfKind<'emr-cluster'>): void {
  const c = node.config;
  const id = ctx.primary(node.id);
  grantEtl(ctx, node.id);
  const type = c.deployment === 'serverless' ? serverlessType(c.applications) : undefined;
  if (type) {
    ctx.add(id, { Type: 'AWS::EMRServerless::Application', Properties: { Name: `${node.id}`, ReleaseLabel: c.releaseLabel, Type: type } }, { nodes: [node.id] });
    const role = ctx.idFor(node.id, 'JobRole');
    ctx.roles.push({ nodeId: node.id, logicalId: role, service: 'emr-serverless.amazonaws.com' });
    if (c.useGlueCatalog) grantMetastore(ctx, node.id);
    ctx.output(node.id, 'JobRoleArn', `Job runtime role of node ${node.id}`, getAtt(role, 'Arn'));
    ctx.output(node.id, 'ApplicationId', `EMR Serverless application of node ${node.id}`, ref(id));
    return;
  }
  // Serverless asked for Pig, Presto, HBase, ... (or Spark and Hive in one application): EMR
  // Serverless has no such application, so the node is exported as a cluster on EC2, where those
  // applications run, never as a Spark application that would not run the user's engine. The
  // validator rule emr-serverless-application reports it as an error first.
  const instanceRole = ctx.idFor(node.id, 'InstanceRole');
  const serviceRole = ctx.idFor(node.id, 'ServiceRole');
  ctx.roles.push({ nodeId: node.id, logicalId: instanceRole, service: 'ec2.amazonaws.com' });
  ctx.roles.push({
    nodeId: `${node.id}#service`,
    logicalId: serviceRole,
    service: 'elasticmapreduce.amazonaws.com',
    // EMR manages EC2 on your behalf; AWS documents this managed policy as the minimal service role.
    managedPolicyArns: ['arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonEMRServicePolicy_v2'],
  });
  // AmazonEMRServicePolicy_v2 passes only a role named EMR_EC2_DefaultRole to EC2: ours needs its own grant.
  ctx.policies.allow(`${node.id}#service`, ['iam:PassRole'], [getAtt(instanceRole, 'Arn')]);
  if (c.useGlueCatalog) grantMetastore(ctx, node.id);
  const profile = ctx.add(ctx.idFor(node.id, 'InstanceProfile'), { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [ref(instanceRole)] } }, { nodes: [node.id] });
  // The v2 managed policy launches instances only into a subnet tagged for EMR, so the subnet is
  // asked for (no default VPC guess), and the cluster carries the tag EMR propagates to what it creates.
  const subnet = ctx.parameter(`${id}SubnetId`, {
    Type: 'AWS::EC2::Subnet::Id',
    Description: `Subnet for EMR cluster ${node.id}; it must carry the tag ${EMR_MANAGED_POLICY_TAG.key}=${EMR_MANAGED_POLICY_TAG.value} (AmazonEMRServicePolicy_v2)`,
  });
  const group = (count: number) => ({ InstanceCount: count, InstanceType: c.instanceType, Market: 'ON_DEMAND' });
  const primary = emrPrimaryNodes(c);
  const core = Math.max(0, c.instanceCount - primary);
  const properties: CfnObject = {
    Name: truncate(node.name, EMR_CLUSTER_NAME_MAX_CHARS),
    ReleaseLabel: c.releaseLabel,
    Applications: c.applications.map((a) => ({ Name: a })),
    Instances: {
      MasterInstanceGroup: group(primary),
      ...(core > 0 ? { CoreInstanceGroup: group(core) } : {}),
      ...(c.taskInstanceCount > 0 ? { TaskInstanceGroups: [{ Name: 'Task', ...group(c.taskInstanceCount) }] } : {}),
      Ec2SubnetId: ref(subnet),
      KeepJobFlowAliveWhenNoSteps: true,
    },
    JobFlowRole: ref(profile),
    ServiceRole: ref(serviceRole),
    Tags: [{ Key: EMR_MANAGED_POLICY_TAG.key, Value: EMR_MANAGED_POLICY_TAG.value }],
  };
  // Without a policy a cluster kept alive for steps runs, and bills, until someone terminates it.
  // EMR overrides it on a cluster with three primary nodes (always termination-protected): not exported there.
  if (c.autoTerminationIdleSeconds > 0 && !c.highAvailability && emrSupportsAutoTermination(c.releaseLabel)) properties.AutoTerminationPolicy = { IdleTimeout: c.autoTerminationIdleSeconds };
  if (c.useGlueCatalog) {
    properties.Configurations = [
      { Classification: 'hive-site', ConfigurationProperties: { 'hive.metastore.client.factory.class': GLUE_METASTORE } },
      { Classification: 'spark-hive-site', ConfigurationProperties: { 'hive.metastore.client.factory.class': GLUE_METASTORE } },
    ];
  }
  ctx.add(id, { Type: 'AWS::EMR::Cluster', Properties: properties }, { nodes: [node.id] });
  ctx.output(node.id, 'ClusterId', `EMR cluster of node ${node.id}`, ref(id));
}
