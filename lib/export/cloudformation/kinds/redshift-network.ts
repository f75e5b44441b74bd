import type { NodeOfKind, PipelineNode } from '../../../model';
import type { ExportContext } from '../context';
import { getAtt, ref, sub } from '../intrinsics';
import type { CfnObject } from '../types';
import { glueConnectionId } from '../edges/grants';

import { REDSHIFT_DEFAULT_PORT as REDSHIFT_PORT } from '../../../model/kinds/redshift-cluster';

/** Which of a cluster's clients reach it over the network (and so need it placed and opened to them). */
export function networkClients(ctx: ExportContext, clusterId: string): { glueJobs: PipelineNode[]; firehoses: PipelineNode[] } {
  return {
    glueJobs: ctx.incoming(clusterId, 'writes').map((e) => ctx.node(e.source)).filter((n) => n.kind === 'glue-job'),
    firehoses: ctx.incoming(clusterId, 'delivers').map((e) => ctx.node(e.source)),
  };
}

/**
 * A cluster that Glue jobs or Firehose reach is placed in subnets you choose, with a security
 * group that lets exactly those clients in:
 * - Glue jobs run in the VPC through a JDBC connection, with a security group that references
 *   itself on every TCP port (Glue's own requirement); the cluster takes port 5439 from it.
 *   https://docs.aws.amazon.com/glue/latest/dg/setup-vpc-for-glue-access.html
 * - Firehose reaches a cluster only over its public endpoint, from its published CIDR block of
 *   the Region: the cluster is publicly accessible and lets that block in on 5439.
 *   https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html#using-iam-rs-vpc
 * Returns the properties the cluster takes, or none for a cluster nothing reaches this way.
 */
export function emitRedshiftNetwork(ctx: ExportContext, cluster: NodeOfKind<'redshift-cluster'>): CfnObject {
  const { glueJobs, firehoses } = networkClients(ctx, cluster.id);
  if (!glueJobs.length && !firehoses.length) return {};
  const base = ctx.primary(cluster.id);
  const vpc = ctx.parameter(`${base}VpcId`, { Type: 'AWS::EC2::VPC::Id', Description: `VPC of Redshift cluster ${cluster.id}` });
  const subnets = ctx.parameter(`${base}SubnetIds`, {
    Type: 'List<AWS::EC2::Subnet::Id>',
    Description: firehoses.length
      ? `Public subnets of that VPC for cluster ${cluster.id} (Firehose reaches it over its public endpoint)`
      : `Private subnets of that VPC for cluster ${cluster.id}; Glue jobs run in the first, which must reach S3 (a gateway endpoint or a NAT)`,
  });
  const owners = { nodes: [cluster.id, ...glueJobs.map((j) => j.id), ...firehoses.map((f) => f.id)] };
  const subnetGroup = ctx.add(ctx.idFor(cluster.id, 'SubnetGroup'), { Type: 'AWS::Redshift::ClusterSubnetGroup', Properties: { Description: `Subnets of cluster ${cluster.id}`, SubnetIds: ref(subnets) } }, { nodes: [cluster.id] });
  const ingress: CfnObject[] = [];
  if (firehoses.length) {
    const cidr = ctx.parameter('FirehoseCidr', {
      Type: 'String',
      Description: 'The Firehose CIDR block of this Region (Firehose documentation, "VPC access to an Amazon Redshift cluster")',
      AllowedPattern: '^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$',
      ConstraintDescription: 'a CIDR block such as 52.70.63.192/27',
    });
    ingress.push({ IpProtocol: 'tcp', FromPort: REDSHIFT_PORT, ToPort: REDSHIFT_PORT, CidrIp: ref(cidr), Description: 'Firehose delivers over the public endpoint' });
  }
  let glueGroup: string | undefined;
  let zone: string | undefined;
  if (glueJobs.length) {
    // Glue's API still asks for the zone, though the subnet implies it:
    // https://docs.aws.amazon.com/glue/latest/webapi/API_PhysicalConnectionRequirements.html
    zone = ctx.parameter(`${base}GlueAvailabilityZone`, { Type: 'AWS::EC2::AvailabilityZone::Name', Description: `Availability Zone of the first subnet of cluster ${cluster.id}, where its Glue jobs run` });
    glueGroup = ctx.add(ctx.idFor(cluster.id, 'GlueSecurityGroup'), { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: `Glue jobs that write to cluster ${cluster.id}`, VpcId: ref(vpc) } }, owners);
    ctx.add(
      ctx.idFor(cluster.id, 'GlueSelfIngress'),
      { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: getAtt(glueGroup, 'GroupId'), IpProtocol: 'tcp', FromPort: 0, ToPort: 65535, SourceSecurityGroupId: getAtt(glueGroup, 'GroupId'), Description: 'Glue workers talk to each other' } },
      owners,
    );
    ingress.push({ IpProtocol: 'tcp', FromPort: REDSHIFT_PORT, ToPort: REDSHIFT_PORT, SourceSecurityGroupId: getAtt(glueGroup, 'GroupId'), Description: 'Glue jobs write over JDBC' });
  }
  const group = ctx.add(ctx.idFor(cluster.id, 'SecurityGroup'), { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: `Redshift cluster ${cluster.id}`, VpcId: ref(vpc), SecurityGroupIngress: ingress } }, { nodes: [cluster.id] });
  for (const job of glueJobs) {
    ctx.add(
      glueConnectionId(ctx, job.id, cluster.id),
      {
        Type: 'AWS::Glue::Connection',
        Properties: {
          CatalogId: ref('AWS::AccountId'),
          ConnectionInput: {
            Description: `Glue job ${job.id} writes to Redshift cluster ${cluster.id}`,
            ConnectionType: 'JDBC',
            ConnectionProperties: {
              JDBC_CONNECTION_URL: sub(`jdbc:redshift://\${${base}.Endpoint.Address}:\${${base}.Endpoint.Port}/${cluster.config.databaseName}`),
              SECRET_ID: getAtt(base, 'MasterPasswordSecretArn'),
              ...(job.kind === 'glue-job' && job.config.encryptionInTransit ? { JDBC_ENFORCE_SSL: 'true' } : {}),
            },
            PhysicalConnectionRequirements: { SubnetId: { 'Fn::Select': [0, ref(subnets)] }, AvailabilityZone: ref(zone!), SecurityGroupIdList: [getAtt(glueGroup!, 'GroupId')] },
          },
        },
      },
      { nodes: [job.id, cluster.id] },
    );
  }
  return { ClusterSubnetGroupName: ref(subnetGroup), VpcSecurityGroupIds: [getAtt(group, 'GroupId')], PubliclyAccessible: firehoses.length > 0 };
}
