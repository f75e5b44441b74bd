import type { CfnTemplate } from '../cloudformation/types';
import { lit } from './ts-value';

/**
 * cdk-nag AwsSolutions findings that the design accepts on purpose, each with its reason,
 * acknowledged only when a resource that raises it is in the stack.
 */
const FN = 'AWS::Lambda::Function';
const S3 = 'AWS::S3::Bucket';
const OS = 'AWS::OpenSearchService::Domain';
const API = ['AWS::ApiGateway::RestApi', 'AWS::ApiGatewayV2::Api'];
const RS = 'AWS::Redshift::Cluster';
const EMR = 'AWS::EMR::Cluster';
const RDS = ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'];
const GLUE = ['AWS::Glue::Crawler', 'AWS::Glue::Job'];
const REASONS: { id: string; when: string[]; reason: string }[] = [
  { id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', when: [S3], reason: 'CDK\'s bucket-notifications handler function runs with AWSLambdaBasicExecutionRole; pipeline roles have inline least-privilege policies.' },
  { id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonEMRServicePolicy_v2]', when: [EMR], reason: 'AmazonEMRServicePolicy_v2 is the policy AWS documents for the EMR service role.' },
  { id: 'AwsSolutions-OS9[LogExport::SEARCH_SLOW_LOGS]', when: [OS], reason: 'Slow-log publishing needs a log group resource policy; enable it when tuning queries.' },
  { id: 'AwsSolutions-OS9[LogExport::INDEX_SLOW_LOGS]', when: [OS], reason: 'Slow-log publishing needs a log group resource policy; enable it when tuning queries.' },
  { id: 'AwsSolutions-IAM4', when: [S3, EMR], reason: 'Only where AWS requires its managed policy: the CDK bucket-notifications handler (AWSLambdaBasicExecutionRole) and the EMR service role (AmazonEMRServicePolicy_v2). Pipeline roles have inline least-privilege policies.' },
  { id: 'AwsSolutions-IAM5', when: [], reason: 'Wildcards only in object keys under a bucket or prefix, OpenSearch index paths, Glue tables of one database, log streams of one group, and in the grants CDK event sources make; no statement allows a wildcard action on every resource.' },
  { id: 'AwsSolutions-L1', when: [FN], reason: 'The runtime is the one chosen in the design; Sluice\'s validator flags deprecated runtimes.' },
  { id: 'AwsSolutions-S1', when: [S3], reason: 'Server access logs need a separate logging bucket: enable them, or CloudTrail data events, in the account baseline.' },
  { id: 'AwsSolutions-S10', when: ['AWS::KinesisFirehose::DeliveryStream'], reason: 'Only the Firehose staging bucket lacks a TLS-only policy; Firehose writes to it over TLS and nothing else uses it.' },
  { id: 'AwsSolutions-SQS3', when: ['AWS::SQS::Queue'], reason: 'Dead-letter queues and failure destinations are drawn in the design; queues without a dead-letter edge are dead-letter queues themselves or keep failed messages by design.' },
  { id: 'AwsSolutions-OS1', when: [OS], reason: 'Public endpoint with IAM-signed access: the design has no VPC; place the domain in a VPC for production.' },
  { id: 'AwsSolutions-OS3', when: [OS], reason: 'Access is by IAM identity policies (signed requests), not IP allow lists.' },
  { id: 'AwsSolutions-OS4', when: [OS], reason: 'Dedicated master nodes are a sizing choice not drawn in the design.' },
  { id: 'AwsSolutions-OS5', when: [OS], reason: 'No resource policy: only principals whose IAM policies allow es:ESHttp* can reach the domain.' },
  { id: 'AwsSolutions-OS9', when: [OS], reason: 'Slow-log publishing needs a log group resource policy; enable it when tuning queries.' },
  { id: 'AwsSolutions-APIG1', when: API, reason: 'Access logging needs a log group and an account-level CloudWatch role; enable it in the stage.' },
  { id: 'AwsSolutions-APIG2', when: API, reason: 'Request validation depends on the request models, which the design does not describe.' },
  { id: 'AwsSolutions-APIG3', when: API, reason: 'WAF web ACLs are managed per account, outside the pipeline.' },
  { id: 'AwsSolutions-APIG4', when: API, reason: 'Routes use IAM authorization (AWS_IAM).' },
  { id: 'AwsSolutions-APIG6', when: API, reason: 'Execution logging needs an account-level CloudWatch role; enable it in the stage.' },
  { id: 'AwsSolutions-COG4', when: API, reason: 'Routes use IAM authorization (AWS_IAM), not a Cognito user pool.' },
  { id: 'AwsSolutions-RDS3', when: RDS, reason: 'Multi-AZ is a cost choice not drawn in the design.' },
  { id: 'AwsSolutions-RDS6', when: RDS, reason: 'Clients log in with the managed master secret (Secrets Manager); IAM database authentication can be added.' },
  { id: 'AwsSolutions-RDS10', when: RDS, reason: 'Deletion protection is on for instances; clusters keep a snapshot on deletion.' },
  { id: 'AwsSolutions-RDS11', when: RDS, reason: 'The engine\'s default port keeps client configuration simple; the database is not publicly accessible.' },
  { id: 'AwsSolutions-RS1', when: [RS], reason: 'SSL enforcement is set in a parameter group, not drawn in the design.' },
  { id: 'AwsSolutions-RS2', when: [RS], reason: 'A cluster that Glue or Firehose reaches is placed in the subnets given as parameters; any other stays private in the default VPC.' },
  { id: 'AwsSolutions-RS8', when: [RS], reason: 'Only a cluster Firehose delivers to is publicly accessible: Firehose reaches Redshift only over its public endpoint, and the security group admits only the Firehose CIDR block of the Region.' },
  { id: 'AwsSolutions-EC23', when: ['AWS::EC2::SecurityGroup'], reason: 'Ingress is limited to the Redshift port from the Firehose CIDR block of the Region (a parameter) and from the Glue jobs\' own security group.' },
  { id: 'AwsSolutions-RS3', when: [RS], reason: 'The default port keeps client configuration simple; the cluster is not publicly accessible.' },
  { id: 'AwsSolutions-RS4', when: [RS], reason: 'SSL enforcement is set in a parameter group, not drawn in the design.' },
  { id: 'AwsSolutions-RS5', when: [RS], reason: 'Audit logging needs a logging bucket; enable it in the account baseline.' },
  { id: 'AwsSolutions-RS11', when: [RS], reason: 'User activity logging is set in a parameter group, not drawn in the design.' },
  { id: 'AwsSolutions-GL1', when: GLUE, reason: 'Jobs encrypted at rest encrypt their logs with a KMS key of their own; crawlers, and jobs the design leaves unencrypted (the validator warns), do not.' },
  { id: 'AwsSolutions-GL3', when: GLUE, reason: 'Jobs encrypted at rest encrypt their bookmarks with a KMS key of their own; crawlers, and jobs the design leaves unencrypted (the validator warns), do not.' },
  { id: 'AwsSolutions-EMR2', when: [EMR], reason: 'S3 logging needs a log bucket: set LogUri in production.' },
  { id: 'AwsSolutions-EMR4', when: [EMR], reason: 'Local disk encryption needs an EMR security configuration with a KMS key, not drawn in the design.' },
  { id: 'AwsSolutions-EMR5', when: [EMR], reason: 'In-transit encryption needs certificates in an EMR security configuration, not drawn in the design.' },
  { id: 'AwsSolutions-EMR6', when: [EMR], reason: 'Kerberos or an EC2 key pair is an access choice made outside the pipeline.' },
  { id: 'AwsSolutions-KDF1', when: ['AWS::KinesisFirehose::DeliveryStream'], reason: 'A delivery stream fed by Kinesis reads an encrypted stream; direct-put streams use AWS-owned keys.' },
];

export function nagAcknowledgements(template: CfnTemplate): string[] {
  const types = new Set(Object.values(template.Resources).map((r) => r.Type));
  const out: string[] = [];
  for (const a of REASONS) {
    if (a.when.length && !a.when.some((t) => types.has(t))) continue;
    out.push(`    Validations.of(this).acknowledge({ id: ${lit(a.id)}, reason: ${lit(a.reason)} });`);
  }
  // A function in a VPC needs the EC2 network-interface actions, which Lambda's use takes on "*".
  if (Object.values(template.Resources).some((r) => r.Type === FN && r.Properties?.VpcConfig)) {
    out.push(`    Validations.of(this).acknowledge({ id: 'AwsSolutions-IAM5[Resource::*]', reason: ${lit('Only the EC2 network-interface actions a function in a VPC needs (as in AWSLambdaVPCAccessExecutionRole), which take no narrower resource.')} });`);
  }
  out.push('    acknowledgeScopedWildcards(this);');
  return out;
}

/**
 * lib/nag.ts of the generated app. cdk-nag reports each IAM wildcard as its own finding
 * (IAM5[Resource::...]), known only once tokens resolve, so this acknowledges exactly the
 * scoped ones: a wildcard inside a resource (objects under a bucket or prefix, an index path,
 * the tables of one database, the streams of one log group) and the prefix-wildcard actions of
 * CDK's own grants (s3:GetObject*). A bare "*" action is never acknowledged; a bare "*"
 * resource only in CDK's bucket-notifications handler, for dynamodb:ListStreams and
 * firehose:ListDeliveryStreams, which AWS gives no resource to scope to, and for the EC2
 * actions Glue needs to run a job in a VPC.
 */
export const NAG_HELPER = `import { Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference';

type Statement = { Effect?: string; Action?: string | string[]; Resource?: unknown };
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export function acknowledgeScopedWildcards(stack: Stack): void {
  for (const c of stack.node.findAll()) {
    const docs: unknown[] = [];
    if (c instanceof iam.CfnPolicy) docs.push(stack.resolve(c.policyDocument));
    if (c instanceof iam.CfnRole) for (const p of list(stack.resolve(c.policies) as { policyDocument: unknown }[])) docs.push(stack.resolve(p.policyDocument));
    const handler = c.node.path.includes('BucketNotificationsHandler');
    for (const doc of docs) {
      for (const s of list((doc as { Statement?: Statement[] }).Statement)) {
        if (s.Effect !== 'Allow') continue;
        for (const action of list(s.Action).filter((a) => a.includes('*'))) {
          if (/^[a-z0-9-]+:[A-Za-z]+\\*$/.test(action)) {
            Validations.of(c).acknowledge({ id: \`AwsSolutions-IAM5[Action::\${action}]\`, reason: 'A CDK grant: the actions of one kind (e.g. all s3:GetObject variants) on the resources of this design only.' });
          }
        }
        for (const resource of list(s.Resource).map((r) => flattenCfnReference(r as never)).filter((r) => r.includes('*'))) {
          const listStreams = list(s.Action).length === 1 && list(s.Action)[0] === 'dynamodb:ListStreams';
          const listDeliveryStreams = list(s.Action).length === 1 && list(s.Action)[0] === 'firehose:ListDeliveryStreams';
          const glueVpc = list(s.Action).every((a) => a.startsWith('ec2:'));
          if (resource !== '*' || handler || listStreams || listDeliveryStreams || glueVpc) {
            Validations.of(c).acknowledge({
              id: \`AwsSolutions-IAM5[Resource::\${resource}]\`,
              reason: listStreams
                ? 'CDK DynamoEventSource: dynamodb:ListStreams supports no resource-level scoping.'
                : listDeliveryStreams
                  ? 'An SNS subscription into Firehose: firehose:ListDeliveryStreams, which AWS recommends for the subscription role, supports no resource-level scoping.'
                : glueVpc
                  ? 'Glue runs a job with a connection in the VPC: it describes the VPC (actions that support only "*") and creates network interfaces whose ids are not known in advance.'
                : resource === '*'
                  ? 'CDK bucket-notifications handler: s3:PutBucketNotification has no resource to scope to at that point.'
                  : 'Scoped wildcard: objects, index paths, tables or log streams under one resource of this design.',
            });
          }
        }
      }
    }
  }
}
`;
