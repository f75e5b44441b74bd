import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { buildCdkApp } from '../cdk/build-app';
import { exportCloudFormation } from '../index';
import { importCloudFormation } from '../../import';

const pipeline = (network: string) => new PipelineBuilder('vpc').node('worker', 'lambda-function', { network }).node('out', 'sqs-queue').edge('worker', 'out').build();

// https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html: VpcConfig, and the role needs the
// network-interface actions of AWSLambdaVPCAccessExecutionRole.
describe('a Lambda function in a VPC', () => {
  it('gets VpcConfig from subnet and security group parameters, and the network-interface actions', () => {
    const { template } = exportCloudFormation(pipeline('vpc-endpoints'), { format: 'json' });
    const fn = Object.values(template.Resources).find((r) => r.Type === 'AWS::Lambda::Function')!;
    expect(fn.Properties!.VpcConfig).toEqual({ SubnetIds: { Ref: 'WorkerFunctionSubnetIds' }, SecurityGroupIds: { Ref: 'WorkerFunctionSecurityGroupIds' } });
    expect(template.Parameters?.WorkerFunctionSubnetIds).toMatchObject({ Type: 'List<AWS::EC2::Subnet::Id>' });
    expect(JSON.stringify(template.Resources)).toContain('ec2:CreateNetworkInterface');
  });

  it('gets none on Lambda\'s own network', () => {
    const { template } = exportCloudFormation(pipeline('lambda'), { format: 'json' });
    expect(JSON.stringify(template)).not.toContain('VpcConfig');
    expect(JSON.stringify(template)).not.toContain('ec2:CreateNetworkInterface');
  });

  it('says the same in the CDK app, and a hand-written VpcConfig imports as a VPC with NAT', () => {
    const all = Object.values(buildCdkApp(pipeline('vpc-nat')).files).join('\n');
    expect(all).toContain(`addPropertyOverride('VpcConfig', {"SubnetIds":{"Ref":"WorkerFunctionSubnetIds"}`);
    const result = importCloudFormation(`
Resources:
  Worker:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/worker
      Code: { ZipFile: "exports.handler = async () => {}" }
      VpcConfig: { SubnetIds: [subnet-1], SecurityGroupIds: [sg-1] }
`);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.pipeline.nodes[0].config).toMatchObject({ network: 'vpc-nat' });
  });
});
