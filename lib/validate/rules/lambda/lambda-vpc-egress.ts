import { LAMBDA_VPC, SHORT_NAMES } from '../../../model';
import { defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import type { DraftFinding } from '../../types';

/** Kinds a function reaches through their public AWS API (RDS and OpenSearch sit in the VPC itself). */
const API_KINDS = new Set(['s3-bucket', 'dynamodb-table', 'sqs-queue', 'sns-topic', 'kinesis-stream', 'firehose', 'redshift-cluster', 'data-pipeline']);

export const lambdaVpcEgress = defineRule({
  id: 'lambda-vpc-egress',
  area: 'lambda',
  severity: 'error',
  title: 'Function in a VPC calling AWS services without NAT or endpoints',
  docsUrl: LAMBDA_VPC.internetUrl,
  description:
    'A function attached to a VPC has no public IP address: it reaches AWS service APIs only through a NAT gateway or VPC endpoints. Without either, every call to S3, SQS, DynamoDB... hangs until the function times out. (Attaching a VPC no longer slows cold starts: Lambda creates the network interfaces when the function is created or its VPC settings change.)',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const fn of ctx.nodesOfKind('lambda-function')) {
      if (fn.config.network !== 'vpc-isolated') continue;
      const calls = ctx.outgoingOf(fn.id, 'writes').filter((e) => API_KINDS.has(ctx.node(e.target)?.kind ?? ''));
      if (calls.length === 0) continue;
      const named = calls.map((e) => `${SHORT_NAMES[ctx.node(e.target)!.kind]} (${e.target})`).join(', ');
      out.push(
        ctx.atNode(fn, 'network', {
          message: `${fn.id} runs in a VPC without a NAT gateway or VPC endpoints, so its calls to ${named} cannot leave the VPC: each one hangs until the ${fn.config.timeoutSeconds} s timeout and the invocation fails`,
          fix: 'Add VPC endpoints for these services (gateway endpoints for S3 and DynamoDB are free), or route the subnets through a NAT gateway, or keep the function out of the VPC if it needs nothing inside it.',
          action: setAction('Use subnets with VPC endpoints', 'node', fn.id, 'network', 'vpc-endpoints'),
        }),
      );
    }
    return out;
  },
  examples: {
    failing: {
      nodes: [
        { id: 'enrich', kind: 'lambda-function', config: { network: 'vpc-isolated' } },
        { id: 'results', kind: 'sqs-queue' },
      ],
      edges: [{ id: 'enrich-to-results', source: 'enrich', target: 'results' }],
    },
    passing: {
      nodes: [
        { id: 'enrich', kind: 'lambda-function', config: { network: 'vpc-endpoints' } },
        { id: 'results', kind: 'sqs-queue' },
      ],
      edges: [{ id: 'enrich-to-results', source: 'enrich', target: 'results' }],
    },
  },
});
