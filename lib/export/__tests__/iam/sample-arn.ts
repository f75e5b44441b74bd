import type { CfnTemplate, CfnValue } from '../../cloudformation/types';

/**
 * A policy Resource as the ARN it stands for once deployed, with sample names: how the IAM
 * checks compare our templates with the Service Authorization Reference. Wildcards in the
 * policy stay "*". Anything it cannot place throws, so a new resource shape is never skipped.
 */
const PSEUDO: Record<string, string> = { 'AWS::Partition': 'aws', 'AWS::Region': 'us-east-1', 'AWS::AccountId': '123456789012', 'AWS::URLSuffix': 'amazonaws.com', 'AWS::StackName': 'stack' };
const REGION = 'us-east-1';
const ACCOUNT = '123456789012';

function arnOfType(type: string, name: string, attribute: string): string {
  const at = (service: string, rest: string) => `arn:aws:${service}:${REGION}:${ACCOUNT}:${rest}`;
  const key = `${type}.${attribute}`;
  switch (key) {
    case 'AWS::SQS::Queue.Arn': return at('sqs', name);
    case 'AWS::Kinesis::Stream.Arn': return at('kinesis', `stream/${name}`);
    case 'AWS::DynamoDB::Table.Arn': return at('dynamodb', `table/${name}`);
    case 'AWS::DynamoDB::Table.StreamArn': return at('dynamodb', `table/${name}/stream/2026-12-06T00:00:00.000`);
    case 'AWS::KMS::Key.Arn': return at('kms', 'key/1234abcd-12ab-34cd-56ef-1234567890ab');
    case 'AWS::Logs::LogGroup.Arn': return at('logs', `log-group:${name}:*`);
    case 'AWS::KinesisFirehose::DeliveryStream.Arn': return at('firehose', `deliverystream/${name}`);
    case 'AWS::OpenSearchService::Domain.Arn': return at('es', `domain/${name}`);
    case 'AWS::Lambda::Function.Arn': return at('lambda', `function:${name}`);
    case 'AWS::S3::Bucket.Arn': return `arn:aws:s3:::${name}`;
    case 'AWS::SNS::Topic.TopicArn': return at('sns', name);
    case 'AWS::IAM::Role.Arn': return `arn:aws:iam::${ACCOUNT}:role/${name}`;
    case 'AWS::Redshift::Cluster.MasterPasswordSecretArn':
    case 'AWS::RDS::DBInstance.MasterUserSecret.SecretArn':
    case 'AWS::RDS::DBCluster.MasterUserSecret.SecretArn': return at('secretsmanager', `secret:${name}-AbCdEf`);
    case 'AWS::RDS::DBInstance.DBInstanceArn': return at('rds', `db:${name}`);
    case 'AWS::RDS::DBCluster.DBClusterArn': return at('rds', `cluster:${name}`);
    case 'AWS::EMRServerless::Application.Arn': return at('emr-serverless', `/applications/${name}`);
    default: throw new Error(`no sample ARN for ${key}`);
  }
}

function refOf(template: CfnTemplate, id: string): string {
  if (PSEUDO[id]) return PSEUDO[id];
  if (template.Parameters?.[id]) return `param-${id.toLowerCase()}`;
  const resource = template.Resources[id];
  if (!resource) throw new Error(`Ref to unknown ${id}`);
  if (resource.Type === 'AWS::SNS::Topic') return arnOfType(resource.Type, id.toLowerCase(), 'TopicArn');
  return id.toLowerCase();
}

function getAttOf(template: CfnTemplate, id: string, attribute: string): string {
  const resource = template.Resources[id];
  if (!resource) throw new Error(`GetAtt of unknown ${id}`);
  return arnOfType(resource.Type, id.toLowerCase(), attribute);
}

export function sampleArn(template: CfnTemplate, value: CfnValue): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error(`not a resource: ${JSON.stringify(value)}`);
  if ('Ref' in value) return refOf(template, String(value.Ref));
  if ('Fn::GetAtt' in value) {
    const [id, attribute] = value['Fn::GetAtt'] as string[];
    return getAttOf(template, id, attribute);
  }
  if ('Fn::Sub' in value) {
    return String(value['Fn::Sub']).replace(/\$\{([^}]+)\}/g, (_, name: string) => {
      if (PSEUDO[name] || !name.includes('.')) return refOf(template, name);
      const [id, ...attribute] = name.split('.');
      return getAttOf(template, id, attribute.join('.'));
    });
  }
  throw new Error(`no sample ARN for ${JSON.stringify(value)}`);
}
