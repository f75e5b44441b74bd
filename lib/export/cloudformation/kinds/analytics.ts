import type { NodeOfKind } from '../../../model';
import type { ExportContext } from '../context';
import { getAtt, ref, sub } from '../intrinsics';
import { bucketNameSub } from '../references';
import { truncate } from '../text';
import type { CfnObject } from '../types';
import { allowAll, flowGrants, readGrant } from '../edges/grants';
import { emitRedshiftNetwork } from './redshift-network';

export function emitWorkGroup(ctx: ExportContext, node: NodeOfKind<'athena-workgroup'>): void {
  const c = node.config;
  const [results] = ctx.outgoing(node.id, 'writes');
  const configuration: CfnObject = {
    EnforceWorkGroupConfiguration: c.enforceConfiguration,
    PublishCloudWatchMetricsEnabled: true,
    EngineVersion: { SelectedEngineVersion: c.engineVersion },
  };
  // Athena refuses a cutoff under 10 MB; 0 in the designer means "no limit".
  if (c.bytesScannedCutoffGb > 0) configuration.BytesScannedCutoffPerQuery = Math.max(10_000_000, Math.round(c.bytesScannedCutoffGb * 1_000_000_000));
  if (results) configuration.ResultConfiguration = { OutputLocation: sub(`s3://${bucketNameSub(results.target)}/`), EncryptionConfiguration: { EncryptionOption: 'SSE_S3' } };
  const id = ctx.add(
    ctx.primary(node.id),
    { Type: 'AWS::Athena::WorkGroup', Properties: { Name: sub(`\${AWS::StackName}-${node.id}`), Description: truncate(node.name, 1024), State: 'ENABLED', RecursiveDeleteOption: true, WorkGroupConfiguration: configuration } },
    results ? { nodes: [node.id, results.target], edge: results.id } : { nodes: [node.id] },
  );
  ctx.output(node.id, 'WorkGroupName', `Athena workgroup of node ${node.id}`, ref(id));
}

export function emitOpenSearch(ctx: ExportContext, node: NodeOfKind<'opensearch-domain'>): void {
  const c = node.config;
  const zoneAware = c.instanceCount >= 2 && c.instanceCount % 2 === 0;
  const id = ctx.add(
    ctx.primary(node.id),
    {
      Type: 'AWS::OpenSearchService::Domain',
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        EngineVersion: c.engineVersion,
        ClusterConfig: { InstanceType: c.instanceType, InstanceCount: c.instanceCount, ZoneAwarenessEnabled: zoneAware, ...(zoneAware ? { ZoneAwarenessConfig: { AvailabilityZoneCount: 2 } } : {}) },
        EBSOptions: { EBSEnabled: true, VolumeType: 'gp3', VolumeSize: c.volumeSizeGb },
        EncryptionAtRestOptions: { Enabled: true },
        NodeToNodeEncryptionOptions: { Enabled: true },
        DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' },
      },
    },
    { nodes: [node.id] },
  );
  ctx.output(node.id, 'DomainEndpoint', `Endpoint of node ${node.id}`, getAtt(id, 'DomainEndpoint'));
}

/** Redshift keeps its admin password in Secrets Manager (ManageMasterPassword): none in the template. */
export function emitRedshift(ctx: ExportContext, node: NodeOfKind<'redshift-cluster'>): void {
  const c = node.config;
  const role = ctx.idFor(node.id, 'Role');
  const properties: CfnObject = {
    ClusterType: c.numberOfNodes > 1 ? 'multi-node' : 'single-node',
    NodeType: c.nodeType,
    DBName: c.databaseName,
    MasterUsername: c.masterUsername,
    ManageMasterPassword: true,
    Encrypted: true,
    PubliclyAccessible: false,
  };
  if (c.numberOfNodes > 1) properties.NumberOfNodes = c.numberOfNodes;
  // COPY from S3 and Spectrum over the catalog act through the cluster's role, and so does the
  // COPY a Glue job's Redshift writer issues over what it staged in its temporary directory.
  for (const edge of [...ctx.incoming(node.id, 'reads'), ...ctx.incoming(node.id, 'reads-catalog')]) allowAll(ctx, node.id, readGrant(ctx, ctx.node(edge.source), node));
  for (const edge of ctx.incoming(node.id, 'writes')) allowAll(ctx, node.id, flowGrants(ctx, 'writes', ctx.node(edge.source), node, 'target'));
  Object.assign(properties, emitRedshiftNetwork(ctx, node));
  if (ctx.policies.has(node.id)) {
    properties.IamRoles = [getAtt(role, 'Arn')];
    ctx.roles.push({ nodeId: node.id, logicalId: role, service: 'redshift.amazonaws.com' });
  }
  const id = ctx.add(ctx.primary(node.id), { Type: 'AWS::Redshift::Cluster', DeletionPolicy: 'Snapshot', UpdateReplacePolicy: 'Snapshot', Properties: properties }, { nodes: [node.id] });
  ctx.output(node.id, 'Endpoint', `Endpoint of node ${node.id}`, getAtt(id, 'Endpoint.Address'));
}

/** RDS with the password managed by RDS in Secrets Manager (ManageMasterUserPassword). */
export function emitRds(ctx: ExportContext, node: NodeOfKind<'rds-database'>): void {
  const c = node.config;
  const id = ctx.primary(node.id);
  const common: CfnObject = { Engine: c.engine, MasterUsername: 'dbadmin', ManageMasterUserPassword: true, StorageEncrypted: true, DeletionProtection: true, BackupRetentionPeriod: 7 };
  if (c.engine.startsWith('aurora')) {
    ctx.add(id, { Type: 'AWS::RDS::DBCluster', DeletionPolicy: 'Snapshot', UpdateReplacePolicy: 'Snapshot', Properties: { ...common, DatabaseName: c.databaseName } }, { nodes: [node.id] });
    ctx.add(ctx.idFor(node.id, 'Instance'), { Type: 'AWS::RDS::DBInstance', Properties: { Engine: c.engine, DBClusterIdentifier: ref(id), DBInstanceClass: c.instanceClass, PubliclyAccessible: false } }, { nodes: [node.id] });
  } else {
    ctx.add(
      id,
      {
        Type: 'AWS::RDS::DBInstance',
        DeletionPolicy: 'Snapshot',
        UpdateReplacePolicy: 'Snapshot',
        Properties: { ...common, DBName: c.databaseName, DBInstanceClass: c.instanceClass, AllocatedStorage: String(c.allocatedStorageGb), PubliclyAccessible: false, MultiAZ: false },
      },
      { nodes: [node.id] },
    );
  }
  ctx.output(node.id, 'Endpoint', `Endpoint of node ${node.id}`, getAtt(id, 'Endpoint.Address'));
}
