import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/__tests__/fake-io';
import { PipelineBuilder, type Pipeline } from '../../model';
import { exportCloudFormation } from '../index';
import { glueCron } from '../cloudformation/kinds/glue-schedule';

/**
 * Designs that exported templates which lint clean and then fail (or do nothing) once
 * deployed. Each test names the AWS page that says what the service needs.
 */
type Obj = Record<string, unknown>;
type Resource = { Type: string; Properties: Obj };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Principal?: unknown };

const resources = (p: Pipeline) => (exportCloudFormation(p, { format: 'json', alarms: false }).template.Resources as unknown as Record<string, Resource>);
const list = <T,>(x: T | T[]) => (Array.isArray(x) ? x : [x]);
function roleStatements(r: Record<string, Resource>, role: string): Statement[] {
  const policies = (r[role].Properties.Policies ?? []) as { PolicyDocument: { Statement: Statement[] } }[];
  return policies.flatMap((p) => p.PolicyDocument.Statement);
}
const grantsOf = (statements: Statement[], action: string) => statements.filter((s) => list(s.Action).includes(action)).flatMap((s) => list(s.Resource));

describe('S3 notifies an SNS topic', () => {
  // S3 publishes as s3.amazonaws.com, which cannot use the AWS managed key aws/sns: the topic needs a
  // customer managed key whose policy lets S3 use it, or S3 rejects the notification configuration.
  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/grant-destinations-permissions-to-s3.html
  const r = resources(
    new PipelineBuilder('s3-sns').node('uploads', 's3-bucket').node('alerts', 'sns-topic').node('notify', 'lambda-function').edge('uploads', 'alerts').edge('notify', 'alerts').build(),
  );

  it('encrypts the topic with a key of its own that S3 may use', () => {
    expect(r.AlertsTopic.Properties.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': ['AlertsKey', 'Arn'] });
    const policy = r.AlertsKey.Properties.KeyPolicy as { Statement: Statement[] };
    const s3 = policy.Statement.find((s) => JSON.stringify(s.Principal) === JSON.stringify({ Service: 's3.amazonaws.com' }));
    expect(s3?.Action).toEqual(['kms:GenerateDataKey*', 'kms:Decrypt']);
  });

  it('lets a function that also publishes to it use the key through its role', () => {
    expect(grantsOf(roleStatements(r, 'NotifyRole'), 'kms:GenerateDataKey')).toEqual([{ 'Fn::GetAtt': ['AlertsKey', 'Arn'] }]);
  });

  it('keeps aws/sns for a topic only roles publish to', () => {
    const only = resources(new PipelineBuilder('fn-sns').node('notify', 'lambda-function').node('alerts', 'sns-topic').edge('notify', 'alerts').build());
    expect(only.AlertsTopic.Properties.KmsMasterKeyId).toBe('alias/aws/sns');
    expect(Object.values(only).some((x) => x.Type === 'AWS::KMS::Key')).toBe(false);
  });
});

describe('a DynamoDB stream polled by a function', () => {
  // dynamodb:ListStreams supports no resource type (Service Authorization Reference), so only "*" grants it.
  // https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazondynamodb.html
  it('grants ListStreams on "*" and the stream actions on the stream ARN', () => {
    const r = resources(new PipelineBuilder('ddb').node('changes', 'dynamodb-table', { streamEnabled: true }).node('audit', 'lambda-function').edge('changes', 'audit', { startingPosition: 'TRIM_HORIZON' }).build());
    const s = roleStatements(r, 'AuditRole');
    expect(grantsOf(s, 'dynamodb:ListStreams')).toEqual(['*']);
    expect(grantsOf(s, 'dynamodb:GetRecords')).toEqual([{ 'Fn::GetAtt': ['ChangesTable', 'StreamArn'] }]);
  });
});

describe('designs a service refuses at deploy time', () => {
  it('refuses two notifications of one bucket with overlapping filters (no prefix overlaps "images/"; no suffix overlaps ".jpg")', () => {
    // https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-filtering.html
    const p = new PipelineBuilder('overlap')
      .node('uploads', 's3-bucket')
      .node('thumb', 'lambda-function')
      .node('index', 'lambda-function')
      .edge('uploads', 'thumb', { filterSuffix: '.jpg' })
      .edge('uploads', 'index', { filterPrefix: 'images/' })
      .build();
    expect(() => exportCloudFormation(p, { format: 'json' })).toThrow(/overlapping key filters.*s3-notification-overlap/);
  });

  it('are not exported by sluice export, not even with --force (exit 1, the rule named)', async () => {
    const p = new PipelineBuilder('fifo').node('orders', 'sqs-queue', { fifo: true }).node('orders-dlq', 'sqs-queue').edge('orders', 'orders-dlq').build();
    const file = join(mkdtempSync(join(tmpdir(), 'sluice-refused-')), 'fifo.sluice.json');
    writeFileSync(file, JSON.stringify(p));
    const forced = await runCli(['export', file, '--format', 'cloudformation', '--force']);
    expect(forced.code).toBe(1);
    expect(forced.stdout).toBe('');
    expect(forced.stderr).toContain('queue orders: its dead-letter queue orders-dlq is standard but the queue is FIFO, which SQS refuses (rule sqs-fifo-dlq)');
  });

  it('refuses a FIFO queue with a standard dead-letter queue', () => {
    // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html
    const p = new PipelineBuilder('fifo').node('orders', 'sqs-queue', { fifo: true }).node('orders-dlq', 'sqs-queue').edge('orders', 'orders-dlq').build();
    expect(() => exportCloudFormation(p, { format: 'json' })).toThrow(/sqs-fifo-dlq/);
  });

  it('refuses AT_TIMESTAMP on a DynamoDB stream, and exports StartingPositionTimestamp for Kinesis', () => {
    // https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html
    const ddb = new PipelineBuilder('ddb').node('changes', 'dynamodb-table').node('audit', 'lambda-function').edge('changes', 'audit', { startingPosition: 'AT_TIMESTAMP' }).build();
    expect(() => exportCloudFormation(ddb, { format: 'json' })).toThrow(/esm-at-timestamp/);
    const kinesis = new PipelineBuilder('k')
      .node('clicks', 'kinesis-stream')
      .node('count', 'lambda-function')
      .edge('clicks', 'count', { startingPosition: 'AT_TIMESTAMP', startingPositionTimestamp: 1796515200 })
      .build();
    expect(resources(kinesis).ClicksCountEventSourceMapping.Properties).toMatchObject({ StartingPosition: 'AT_TIMESTAMP', StartingPositionTimestamp: 1796515200 });
  });
});

describe('Lambda environment variable names', () => {
  // Names must match [a-zA-Z][a-zA-Z0-9_]+: https://docs.aws.amazon.com/lambda/latest/api/API_Environment.html
  it('are at least two characters for a one-letter node id', () => {
    const r = resources(new PipelineBuilder('env').node('fn', 'lambda-function').node('t', 'sqs-queue').node('9', 'sqs-queue').edge('fn', 't').edge('fn', '9').build());
    const names = Object.keys((r.FnFunction.Properties.Environment as { Variables: Obj }).Variables);
    expect(names.sort()).toEqual(['N_9', 'T_NODE']);
    for (const n of names) expect(n).toMatch(/^[a-zA-Z][a-zA-Z0-9_]+$/);
  });
});

describe('Glue jobs', () => {
  const lake = () => new PipelineBuilder('glue').node('orders', 's3-bucket').node('crawl', 'glue-crawler').node('sales', 'glue-database').edge('orders', 'crawl').edge('crawl', 'sales');

  it('reading through the Data Catalog may read the S3 objects behind its tables', () => {
    // Glue reads the table's data from its S3 location with the job's role:
    // https://docs.aws.amazon.com/glue/latest/dg/create-service-policy.html
    const r = resources(lake().node('load', 'glue-job').edge('sales', 'load').build());
    const s = roleStatements(r, 'LoadRole');
    expect(JSON.stringify(grantsOf(s, 's3:GetObject'))).toContain('-orders-${AWS::AccountId}-${AWS::Region}/*');
    expect(JSON.stringify(grantsOf(s, 's3:ListBucket'))).toContain('-orders-${AWS::AccountId}-${AWS::Region}');
  });

  it('writing to Redshift get a JDBC connection in the cluster\'s VPC, and COPY runs as the cluster\'s role', () => {
    // https://docs.aws.amazon.com/glue/latest/dg/aws-glue-programming-etl-connect-redshift-home.html
    // https://docs.aws.amazon.com/glue/latest/dg/setup-vpc-for-glue-access.html
    const r = resources(lake().node('load', 'glue-job', { encryptionInTransit: true }).node('warehouse', 'redshift-cluster').edge('sales', 'load').edge('load', 'warehouse').build());
    const connection = r.LoadWarehouseClusterConnection.Properties.ConnectionInput as { ConnectionType: string; ConnectionProperties: Obj; PhysicalConnectionRequirements: Obj };
    expect(connection.ConnectionType).toBe('JDBC');
    expect(connection.ConnectionProperties.JDBC_ENFORCE_SSL).toBe('true');
    expect(connection.PhysicalConnectionRequirements.SecurityGroupIdList).toEqual([{ 'Fn::GetAtt': ['WarehouseGlueSecurityGroup', 'GroupId'] }]);
    expect(r.LoadJob.Properties.Connections).toEqual({ Connections: [{ Ref: 'LoadWarehouseClusterConnection' }] });
    expect((r.LoadJob.Properties.DefaultArguments as Obj)['--redshift_warehouse_iam_role']).toEqual({ 'Fn::GetAtt': ['WarehouseRole', 'Arn'] });
    const job = roleStatements(r, 'LoadRole');
    expect(job.flatMap((s) => list(s.Action)).filter((a) => a.startsWith('redshift-data:'))).toEqual([]);
    expect(grantsOf(roleStatements(r, 'WarehouseRole'), 's3:GetObject')).toEqual([{ 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${GlueScriptsBucket}/temp/load/*' }]);
    expect(grantsOf(roleStatements(r, 'WarehouseRole'), 'kms:Decrypt')).toEqual([]);
    // A job encrypted at rest stages with SSE-KMS under its own key, which COPY must decrypt.
    const encrypted = resources(lake().node('load', 'glue-job', { encryptionAtRest: true }).node('warehouse', 'redshift-cluster').edge('sales', 'load').edge('load', 'warehouse').build());
    expect(grantsOf(roleStatements(encrypted, 'WarehouseRole'), 'kms:Decrypt')).toEqual([{ 'Fn::GetAtt': ['LoadKey', 'Arn'] }]);
    expect(r.WarehouseCluster.Properties).toMatchObject({ ClusterSubnetGroupName: { Ref: 'WarehouseSubnetGroup' }, PubliclyAccessible: false, IamRoles: [{ 'Fn::GetAtt': ['WarehouseRole', 'Arn'] }] });
    const ingress = r.WarehouseSecurityGroup.Properties.SecurityGroupIngress as Obj[];
    expect(ingress).toEqual([expect.objectContaining({ FromPort: 5439, ToPort: 5439, SourceSecurityGroupId: { 'Fn::GetAtt': ['WarehouseGlueSecurityGroup', 'GroupId'] } })]);
  });

  it('encrypted at rest get SSE-KMS for S3 and CloudWatch and CSE-KMS for bookmarks, with a key CloudWatch Logs may use', () => {
    // https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html
    const r = resources(new PipelineBuilder('enc').node('load', 'glue-job', { encryptionAtRest: true }).build());
    const key = { 'Fn::GetAtt': ['LoadKey', 'Arn'] };
    expect(r.LoadSecurityConfiguration.Properties.EncryptionConfiguration).toEqual({
      S3Encryptions: [{ S3EncryptionMode: 'SSE-KMS', KmsKeyArn: key }],
      CloudWatchEncryption: { CloudWatchEncryptionMode: 'SSE-KMS', KmsKeyArn: key },
      JobBookmarksEncryption: { JobBookmarksEncryptionMode: 'CSE-KMS', KmsKeyArn: key },
    });
    expect(JSON.stringify(r.LoadKey.Properties.KeyPolicy)).toContain('logs.${AWS::Region}.amazonaws.com');
    expect(grantsOf(roleStatements(r, 'LoadRole'), 'kms:GenerateDataKey')).toEqual([key]);
  });

  it('streaming keep no timeout (the 2,880-minute batch default would stop them every 48 h); batch jobs keep 2,880', () => {
    // https://docs.aws.amazon.com/glue/latest/webapi/API_CreateJob.html
    const r = resources(new PipelineBuilder('t').node('stream', 'glue-job', { jobType: 'gluestreaming' }).node('batch', 'glue-job').build());
    expect(r.StreamJob.Properties.Timeout).toBeUndefined();
    expect(r.BatchJob.Properties.Timeout).toBe(2880);
  });
});

describe('Firehose delivering to Redshift', () => {
  // Firehose reaches a cluster over its public endpoint from the Region's Firehose CIDR block:
  // https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html#using-iam-rs-vpc
  it('makes the cluster reachable from the Firehose CIDR block on 5439', () => {
    const r = resources(new PipelineBuilder('fh').node('delivery', 'firehose').node('warehouse', 'redshift-cluster').edge('delivery', 'warehouse').build());
    expect(r.WarehouseCluster.Properties.PubliclyAccessible).toBe(true);
    expect(r.WarehouseSecurityGroup.Properties.SecurityGroupIngress).toEqual([expect.objectContaining({ FromPort: 5439, ToPort: 5439, CidrIp: { Ref: 'FirehoseCidr' } })]);
    expect(roleStatements(r, 'DeliveryRole').flatMap((s) => list(s.Action)).filter((a) => a.startsWith('redshift-data:'))).toEqual([]);
  });
});

describe('schedules that start Glue', () => {
  // EventBridge keeps rate() exact and can start a Glue workflow:
  // https://docs.aws.amazon.com/glue/latest/dg/starting-workflow-eventbridge.html
  it('export a rule whose target is the workflow that starts the job, never a rule without targets', () => {
    const r = resources(new PipelineBuilder('s').node('every7', 'schedule', { expression: 'rate(7 minutes)' }).node('load', 'glue-job').edge('every7', 'load').build());
    expect(r.Every7Schedule.Properties.ScheduleExpression).toBe('rate(7 minutes)');
    const targets = r.Every7Schedule.Properties.Targets as { Arn: unknown; RoleArn: unknown }[];
    expect(targets).toHaveLength(1);
    expect(JSON.stringify(targets[0].Arn)).toContain(':workflow/${Every7Workflow}');
    expect(r.Every7GlueTrigger.Properties).toMatchObject({ Type: 'EVENT', Actions: [{ JobName: { Ref: 'LoadJob' } }] });
    expect(Object.values(r).filter((x) => x.Type === 'AWS::Glue::Trigger' && x.Properties.Type === 'SCHEDULED')).toEqual([]);
  });

  it('turn rate() into cron only where the cadence is exact: rate(7 minutes) would fire at :56 and again at :00', () => {
    expect(glueCron('rate(15 minutes)')).toBe('cron(0/15 * * * ? *)');
    expect(glueCron('rate(6 hours)')).toBe('cron(0 0/6 * * ? *)');
    expect(glueCron('rate(7 minutes)')).toBeUndefined();
    expect(glueCron('rate(2 days)')).toBeUndefined();
    const r = resources(new PipelineBuilder('c').node('b', 's3-bucket').node('crawl', 'glue-crawler', { schedule: 'rate(7 minutes)' }).edge('b', 'crawl').build());
    expect(r.CrawlCrawler.Properties.Schedule).toBeUndefined();
    expect(r.CrawlScheduleRule.Properties.ScheduleExpression).toBe('rate(7 minutes)');
  });
});
