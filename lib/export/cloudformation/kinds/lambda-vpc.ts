import { LAMBDA_VPC, type NodeOfKind } from '../../../model';
import type { ExportContext } from '../context';
import { ref } from '../intrinsics';
import type { CfnObject } from '../types';

const EGRESS: Record<string, string> = {
  'vpc-nat': 'with a route to a NAT gateway',
  'vpc-endpoints': 'in a VPC with endpoints for the services the function calls',
  'vpc-isolated': 'without NAT or endpoints (the function reaches nothing outside the VPC)',
};

/**
 * A function in a VPC: its subnets and security groups come in as parameters (the VPC is not
 * part of the design), and its role gets the network-interface actions Lambda needs to attach it.
 * Returns the VpcConfig property, or undefined for a function on Lambda's own network.
 */
export function lambdaVpcConfig(ctx: ExportContext, node: NodeOfKind<'lambda-function'>): CfnObject | undefined {
  const network = node.config.network;
  if (network === 'lambda') return undefined;
  const id = ctx.primary(node.id);
  const subnets = ctx.parameter(`${id}SubnetIds`, { Type: 'List<AWS::EC2::Subnet::Id>', Description: `Subnets for function ${node.id}, ${EGRESS[network]}` });
  const groups = ctx.parameter(`${id}SecurityGroupIds`, { Type: 'List<AWS::EC2::SecurityGroup::Id>', Description: `Security groups for function ${node.id}` });
  // These EC2 actions take no resource narrower than "*" for Lambda's use (AWSLambdaVPCAccessExecutionRole grants them so).
  ctx.policies.allow(node.id, [...LAMBDA_VPC.networkInterfaceActions], ['*']);
  return { SubnetIds: ref(subnets), SecurityGroupIds: ref(groups) };
}
