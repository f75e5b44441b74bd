import { describe, expect, it } from 'vitest';
import { exportCloudFormation } from '../../export';
import { importCloudFormation } from '..';
import type { Pipeline } from '../../model';
import { mergeGlobals } from '../sam';

// The SAM specification: https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification.html
const SAM = [
  'Transform: AWS::Serverless-2016-10-31',
  'Globals:',
  '  Function:',
  '    Runtime: python3.12',
  '    Timeout: 30',
  '    MemorySize: 256',
  'Resources:',
  '  Stream: {Type: AWS::Kinesis::Stream, Properties: {ShardCount: 1}}',
  '  Queue: {Type: AWS::SQS::Queue}',
  '  Uploads: {Type: AWS::S3::Bucket}',
  '  Alerts: {Type: AWS::SNS::Topic}',
  '  Orders:',
  '    Type: AWS::Serverless::SimpleTable',
  '    Properties: {PrimaryKey: {Name: orderId, Type: String}}',
  '  Worker:',
  '    Type: AWS::Serverless::Function',
  '    Properties:',
  '      Handler: app.handler',
  '      CodeUri: s3://code-bucket/worker.zip',
  '      MemorySize: 512',
  '      Policies:',
  '        - DynamoDBCrudPolicy: {TableName: !Ref Orders}',
  '      Events:',
  '        FromStream: {Type: Kinesis, Properties: {Stream: !GetAtt Stream.Arn, StartingPosition: LATEST, BatchSize: 50}}',
  '        FromQueue: {Type: SQS, Properties: {Queue: !GetAtt Queue.Arn, BatchSize: 5}}',
  '        FromUploads: {Type: S3, Properties: {Bucket: !Ref Uploads, Events: "s3:ObjectCreated:*", Filter: {S3Key: {Rules: [{Name: suffix, Value: .csv}]}}}}',
  '        FromAlerts: {Type: SNS, Properties: {Topic: !Ref Alerts}}',
  '        Nightly: {Type: Schedule, Properties: {Schedule: cron(0 2 * * ? *)}}',
  '        Later: {Type: ScheduleV2, Properties: {ScheduleExpression: rate(1 hour)}}',
  '        Telemetry: {Type: IoTRule, Properties: {Sql: "SELECT * FROM \'t\'"}}',
  '        Http: {Type: Api, Properties: {Path: /orders, Method: post}}',
  '  Flow:',
  '    Type: AWS::Serverless::StateMachine',
  '    Properties:',
  '      Definition: {StartAt: A, States: {A: {Type: Pass, End: true}}}',
  '      Role: arn:aws:iam::123456789012:role/sfn',
].join('\n');

function imported(): Pipeline {
  const r = importCloudFormation(SAM);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.pipeline;
}

describe('SAM templates', () => {
  it('draws a function with its Globals, event sources (with their settings) and policy targets', () => {
    const p = imported();
    const byName = (name: string) => p.nodes.find((n) => n.name === name || n.id === name);
    const worker = byName('Worker')!;
    expect(worker.kind).toBe('lambda-function');
    // Globals give the runtime and timeout; the function's own MemorySize wins.
    expect(worker.config).toMatchObject({ runtime: 'python3.12', timeoutSeconds: 30, memoryMb: 512 });
    expect(byName('Orders')?.kind).toBe('dynamodb-table');
    const edge = (source: string, target: string) => p.edges.find((e) => e.source === source && e.target === target);
    const id = (logicalId: string) => Object.entries(p.kept!.nodes).find(([, k]) => k.logicalId === logicalId)![0];
    expect(edge(id('Stream'), worker.id)?.config).toMatchObject({ batchSize: 50, startingPosition: 'LATEST' });
    expect(edge(id('Queue'), worker.id)?.config).toMatchObject({ batchSize: 5 });
    expect(edge(id('Uploads'), worker.id)?.config).toMatchObject({ filterSuffix: '.csv' });
    expect(edge(id('Alerts'), worker.id)).toBeDefined();
    expect(edge(worker.id, id('Orders'))).toBeDefined();
    // Events that make their own source: SAM's logical ids <Function><Event>.
    expect(p.nodes.find((n) => n.id === id('WorkerNightly'))).toMatchObject({ kind: 'schedule', config: { expression: 'cron(0 2 * * ? *)' } });
    expect(p.nodes.find((n) => n.id === id('WorkerLater'))).toMatchObject({ kind: 'schedule', config: { expression: 'rate(1 hour)' } });
    expect(p.nodes.find((n) => n.id === id('WorkerTelemetry'))).toMatchObject({ kind: 'iot-rule', config: { sql: "SELECT * FROM 't'" } });
    expect(edge(id('ServerlessRestApi'), worker.id)).toBeDefined();
    expect(edge(id('WorkerNightly'), worker.id)).toBeDefined();
    expect(edge(id('WorkerTelemetry'), worker.id)).toBeDefined();
  });

  it('exports plain CloudFormation: no Serverless type, no transform, every SAM logical id given back', () => {
    const t = exportCloudFormation(imported()).template as unknown as { Transform?: unknown; Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }> };
    expect(t.Transform).toBeUndefined();
    expect(Object.values(t.Resources).filter((r) => r.Type.startsWith('AWS::Serverless::'))).toEqual([]);
    for (const id of ['Stream', 'Queue', 'Uploads', 'Alerts', 'Orders', 'Worker', 'Flow']) expect(t.Resources[id], id).toBeDefined();
    expect(t.Resources.Worker.Type).toBe('AWS::Lambda::Function');
    expect(t.Resources.Worker.Properties?.Code).toEqual({ S3Bucket: 'code-bucket', S3Key: 'worker.zip' });
    expect(t.Resources.Orders.Type).toBe('AWS::DynamoDB::Table');
    // The state machine is kept, as the CloudFormation resource SAM deploys.
    expect(t.Resources.Flow).toMatchObject({ Type: 'AWS::StepFunctions::StateMachine', Properties: { RoleArn: 'arn:aws:iam::123456789012:role/sfn' } });
    // The Kinesis mapping SAM would make, under SAM's id, pointing at the function's id.
    expect(t.Resources.WorkerFromStream).toMatchObject({ Type: 'AWS::Lambda::EventSourceMapping', Properties: { FunctionName: { Ref: 'Worker' }, BatchSize: 50 } });
  });

  it('merges Globals as SAM does: the resource wins, maps merge, lists append', () => {
    expect(mergeGlobals({ Timeout: 3, Environment: { Variables: { A: '1', B: '2' } }, Layers: ['l1'] }, { Timeout: 9, Environment: { Variables: { B: 'x' } }, Layers: ['l2'] })).toEqual({
      Timeout: 9,
      Environment: { Variables: { A: '1', B: 'x' } },
      Layers: ['l1', 'l2'],
    });
  });
});
