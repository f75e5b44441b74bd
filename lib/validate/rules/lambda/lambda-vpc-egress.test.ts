import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

const indexUpload = (network: string) => patched((d) => Object.assign(nodeConfig(d, 'index-upload'), { network }));

// https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc-internet.html: a function in a VPC reaches
// AWS services only through a NAT gateway or VPC endpoints.
describe('lambda-vpc-egress', () => {
  it('reports a function in an isolated VPC writing to DynamoDB, and moves it to subnets with endpoints', () => {
    const p = indexUpload('vpc-isolated');
    expect(check(p, 'lambda-vpc-egress')).toEqual([
      {
        rule: 'lambda-vpc-egress',
        severity: 'error',
        nodeId: 'index-upload',
        field: 'network',
        message: 'index-upload runs in a VPC without a NAT gateway or VPC endpoints, so its calls to DynamoDB (file-index) cannot leave the VPC: each one hangs until the 30 s timeout and the invocation fails',
      },
    ]);
    const { applied, remaining } = afterFix(p, 'lambda-vpc-egress');
    expect(remaining).toEqual([]);
    expect(applied.nodes.find((n) => n.id === 'index-upload')?.config).toMatchObject({ network: 'vpc-endpoints' });
  });

  it('accepts NAT, endpoints, Lambda\'s own network, and an isolated function that only talks to OpenSearch in the VPC', () => {
    for (const network of ['vpc-nat', 'vpc-endpoints', 'lambda']) expect(check(indexUpload(network), 'lambda-vpc-egress')).toEqual([]);
    expect(check(patched((d) => Object.assign(nodeConfig(d, 'enrich'), { network: 'vpc-isolated' })), 'lambda-vpc-egress')).toEqual([]);
  });
});
