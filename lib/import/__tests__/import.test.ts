import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deployablePipeline } from '../../export/__tests__/deployable-pipeline';
import { exportCloudFormation } from '../../export';
import { examples } from '../../export/__tests__/examples';
import { everyKindPipeline } from '../../export/__tests__/every-kind';
import { importCloudFormation, nameFromFileName } from '../index';

const FOREIGN = `
AWSTemplateFormatVersion: "2010-09-09"
Description: Hand-written order intake
Parameters:
  Timeout:
    Type: Number
    Default: 45
Resources:
  OrdersQueue:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: 300
      RedrivePolicy:
        deadLetterTargetArn: !GetAtt OrdersDlq.Arn
        maxReceiveCount: 3
  OrdersDlq:
    Type: AWS::SQS::Queue
  Uploads:
    Type: AWS::S3::Bucket
    Properties:
      NotificationConfiguration:
        LambdaConfigurations:
          - Event: s3:ObjectCreated:*
            Function: !GetAtt Processor.Arn
            Filter:
              S3Key:
                Rules:
                  - Name: suffix
                    Value: .csv
  Processor:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: order-processor
      Runtime: python3.13
      Handler: app.handler
      MemorySize: 1024
      Timeout: !Ref Timeout
      Role: !GetAtt ProcessorRole.Arn
      Code:
        S3Bucket: my-code
        S3Key: processor.zip
  ProcessorRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: write
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: [dynamodb:PutItem]
                Resource: !Sub "\${Orders.Arn}"
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      KeySchema:
        - { AttributeName: id, KeyType: HASH }
      AttributeDefinitions:
        - { AttributeName: id, AttributeType: S }
      BillingMode: PAY_PER_REQUEST
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      EventSourceArn: !GetAtt OrdersQueue.Arn
      FunctionName: !Ref Processor
      BatchSize: 5
      FunctionResponseTypes: [ReportBatchItemFailures]
  Dashboard:
    Type: AWS::CloudWatch::Dashboard
    Properties:
      DashboardBody: "{}"
`;

describe('importing Sluice exports', () => {
  for (const [name, pipeline] of [...examples(), ['every-kind', everyKindPipeline()] as const]) {
    it(`${name}: export -> import gives the same pipeline, from JSON and from YAML`, () => {
      for (const format of ['json', 'yaml'] as const) {
        const result = importCloudFormation(exportCloudFormation(pipeline, { format }).text);
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        expect(result.pipeline).toEqual(pipeline);
        expect(result.unknownResources).toEqual([]);
      }
    });
  }

  it('random pipelines round-trip: export -> import -> export gives the same template', () => {
    fc.assert(
      fc.property(deployablePipeline({ maxNodes: 8 }), (pipeline) => {
        const first = exportCloudFormation(pipeline, { format: 'yaml' });
        const imported = importCloudFormation(first.text);
        if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
        expect(imported.pipeline).toEqual(pipeline);
        expect(exportCloudFormation(imported.pipeline, { format: 'yaml' }).text).toBe(first.text);
      }),
      { numRuns: 40 },
    );
  });
});

describe('importing a foreign template', () => {
  const result = importCloudFormation(FOREIGN);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const { pipeline } = result;
  const node = (id: string) => pipeline.nodes.find((n) => n.id === id)!;
  const edge = (source: string, target: string) => pipeline.edges.find((e) => e.source === source && e.target === target);

  it('reads short-form tags and maps the resources it knows to nodes', () => {
    expect(pipeline.nodes.map((n) => [n.id, n.kind]).sort()).toEqual([
      ['orders', 'dynamodb-table'],
      ['orders-dlq', 'sqs-queue'],
      ['orders-queue', 'sqs-queue'],
      ['processor', 'lambda-function'],
      ['uploads', 's3-bucket'],
    ]);
    expect(node('processor').name).toBe('order-processor');
    expect(node('processor').config).toMatchObject({ runtime: 'python3.13', memoryMb: 1024, timeoutSeconds: 45 });
    expect(node('orders-queue').config).toMatchObject({ visibilityTimeoutSeconds: 300, maxReceiveCount: 3 });
  });

  it('turns mappings, notifications, redrive policies and role policies into edges with their settings', () => {
    expect(edge('orders-queue', 'processor')?.config).toMatchObject({ batchSize: 5, reportBatchItemFailures: true });
    expect(edge('uploads', 'processor')?.config).toMatchObject({ filterSuffix: '.csv' });
    expect(edge('orders-queue', 'orders-dlq')).toBeDefined();
    expect(edge('processor', 'orders')).toBeDefined();
  });

  it('lists what it does not know instead of dropping it', () => {
    expect(result.unknownResources).toEqual([{ logicalId: 'Dashboard', type: 'AWS::CloudWatch::Dashboard' }]);
    // Listed once: not repeated among the warnings.
    expect(result.warnings.join('\n')).not.toContain('Dashboard');
  });

  it('import -> export -> import gives the same pipeline', () => {
    const again = importCloudFormation(exportCloudFormation(pipeline, { format: 'yaml' }).text);
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    expect(again.pipeline).toEqual(pipeline);
  });
});

describe('naming an imported pipeline', () => {
  const queue = (description?: string) =>
    `${description === undefined ? '' : `Description: ${JSON.stringify(description)}\n`}Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n`;

  it('reads a Description in the "name: description" form our exports and CDK apps write', () => {
    const r = importCloudFormation(queue('order-archiver: Orders arrive on an SQS queue.'), { name: 'OrderArchiverStack' });
    expect(r.ok && { name: r.pipeline.name, description: r.pipeline.description }).toEqual({ name: 'order-archiver', description: 'Orders arrive on an SQS queue.' });
  });

  it('otherwise takes the file name, keeping the Description as the description', () => {
    const r = importCloudFormation(queue('Hand-written order intake'), { name: nameFromFileName('/tmp/OrderIntake.template.yaml') });
    expect(r.ok && { name: r.pipeline.name, description: r.pipeline.description }).toEqual({ name: 'OrderIntake', description: 'Hand-written order intake' });
    const bare = importCloudFormation(queue());
    expect(bare.ok && bare.pipeline.name).toBe('imported-template');
  });
});

describe('bad input', () => {
  it('says a YAML syntax error once, where it is', () => {
    const r = importCloudFormation('Resources:\n  a: b\n c: d\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message).toBe('not valid YAML/JSON at line 3, column 1: All mapping items must start at the same column');
  });

  it('says where a template cannot be read', () => {
    const cases: [string, string][] = [
      ['', ''],
      ['Resources: [1, 2', ''],
      ['- just a list', ''],
      ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources'],
      ['Resources:\n  Fn:\n    Properties: {}', 'Resources.Fn.Type'],
    ];
    for (const [text, path] of cases) {
      const r = importCloudFormation(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.problems[0].path).toBe(path);
    }
  });

  it('reports an impossible value at the property it came from', () => {
    const r = importCloudFormation('Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      MemorySize: lots\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toEqual(['Resources.Fn.Properties.MemorySize']);
  });
});
