import { describe, expect, it } from 'vitest';
import { importCloudFormation } from '..';

function edgesOf(text: string): [string, string][] {
  const r = importCloudFormation(text);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const kindOf = new Map(r.pipeline.nodes.map((n) => [n.id, n.kind]));
  return r.pipeline.edges.map((e) => [kindOf.get(e.source)!, kindOf.get(e.target)!]);
}

describe('relations read from resources', () => {
  it('an IoT rule writes to the table its DynamoDB (v1) action names', () => {
    // https://docs.aws.amazon.com/iot/latest/developerguide/dynamodb-rule-action.html: TableName beside HashKeyField.
    const text = [
      'Resources:',
      '  Table: {Type: AWS::DynamoDB::Table, Properties: {KeySchema: [{AttributeName: id, KeyType: HASH}], AttributeDefinitions: [{AttributeName: id, AttributeType: S}], BillingMode: PAY_PER_REQUEST}}',
      '  Rule:',
      '    Type: AWS::IoT::TopicRule',
      '    Properties:',
      '      TopicRulePayload:',
      '        Sql: "SELECT * FROM \'t\'"',
      '        Actions: [{DynamoDB: {TableName: !Ref Table, HashKeyField: id, HashKeyValue: "${id}", RoleArn: arn:aws:iam::1:role/r}}]',
    ].join('\n');
    expect(edgesOf(text)).toEqual([['iot-rule', 'dynamodb-table']]);
  });

  it('an EventBridge Scheduler schedule is a schedule node that starts its target', () => {
    const text = [
      'Resources:',
      '  Fn: {Type: AWS::Lambda::Function, Properties: {Role: arn:aws:iam::1:role/r, Runtime: python3.12, Handler: a.h, Code: {ZipFile: x}}}',
      '  Every:',
      '    Type: AWS::Scheduler::Schedule',
      '    Properties: {ScheduleExpression: rate(5 minutes), FlexibleTimeWindow: {Mode: "OFF"}, Target: {Arn: !GetAtt Fn.Arn, RoleArn: arn:aws:iam::1:role/s}}',
    ].join('\n');
    const r = importCloudFormation(text);
    expect(r.ok && r.pipeline.nodes.find((n) => n.kind === 'schedule')?.config).toMatchObject({ expression: 'rate(5 minutes)' });
    expect(edgesOf(text)).toEqual([['schedule', 'lambda-function']]);
  });

  it('a function reading a stream through an enhanced fan-out consumer is drawn from the stream', () => {
    const text = [
      'Resources:',
      '  Stream: {Type: AWS::Kinesis::Stream, Properties: {ShardCount: 1}}',
      '  Consumer: {Type: AWS::Kinesis::StreamConsumer, Properties: {ConsumerName: c, StreamARN: !GetAtt Stream.Arn}}',
      '  Fn: {Type: AWS::Lambda::Function, Properties: {Role: arn:aws:iam::1:role/r, Runtime: python3.12, Handler: a.h, Code: {ZipFile: x}}}',
      '  Mapping: {Type: AWS::Lambda::EventSourceMapping, Properties: {EventSourceArn: !GetAtt Consumer.ConsumerARN, FunctionName: !Ref Fn, StartingPosition: LATEST}}',
    ].join('\n');
    expect(edgesOf(text)).toEqual([['kinesis-stream', 'lambda-function']]);
  });

  it('an SNS subscription with protocol firehose puts into the delivery stream, through its subscription role', () => {
    // https://docs.aws.amazon.com/sns/latest/dg/prereqs-kinesis-data-firehose.html: Protocol firehose, Endpoint the stream ARN, SubscriptionRoleArn.
    const text = [
      'Resources:',
      '  Topic: {Type: AWS::SNS::Topic}',
      '  Lake: {Type: AWS::S3::Bucket}',
      '  Stream: {Type: AWS::KinesisFirehose::DeliveryStream, Properties: {DeliveryStreamType: DirectPut, ExtendedS3DestinationConfiguration: {BucketARN: !GetAtt Lake.Arn, RoleARN: arn:aws:iam::1:role/f}}}',
      '  Sub: {Type: AWS::SNS::Subscription, Properties: {Protocol: firehose, TopicArn: !Ref Topic, Endpoint: !GetAtt Stream.Arn, SubscriptionRoleArn: arn:aws:iam::1:role/s}}',
    ].join('\n');
    expect(edgesOf(text)).toEqual([['firehose', 's3-bucket'], ['sns-topic', 'firehose']]);
    // The subscription is kept with the edge and written back while the edge is unchanged.
    const r = importCloudFormation(text);
    if (!r.ok) throw new Error('refused');
    expect(r.pipeline.kept?.edges[r.pipeline.edges[1].id].resources).toEqual(['Sub']);
  });

  it('a Firehose Lambda processor of any destination is an edge from the stream to the function', () => {
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-kinesisfirehose-deliverystream-processor.html:
    // ProcessingConfiguration.Processors[] of Type Lambda, its LambdaArn among Parameters; a disabled configuration draws nothing.
    const stream = (id: string, config: string, enabled = true) =>
      `  ${id}: {Type: AWS::KinesisFirehose::DeliveryStream, Properties: {${config}: {BucketARN: !GetAtt Lake.Arn, RoleARN: arn:aws:iam::1:role/f, ProcessingConfiguration: {Enabled: ${enabled}, Processors: [{Type: Lambda, Parameters: [{ParameterName: NumberOfRetries, ParameterValue: "2"}, {ParameterName: LambdaArn, ParameterValue: !GetAtt Fn.Arn}]}]}}}}`;
    const text = [
      'Resources:',
      '  Lake: {Type: AWS::S3::Bucket}',
      '  Fn: {Type: AWS::Lambda::Function, Properties: {Role: arn:aws:iam::1:role/r, Runtime: python3.12, Handler: a.h, Code: {ZipFile: x}}}',
      stream('Extended', 'ExtendedS3DestinationConfiguration'),
      stream('Off', 'ExtendedS3DestinationConfiguration', false),
    ].join('\n');
    expect(edgesOf(text)).toEqual([['firehose', 's3-bucket'], ['firehose', 'lambda-function'], ['firehose', 's3-bucket']]);
    // NumberOfRetries is text in the template ("2"): the edge's processorRetries.
    const r = importCloudFormation(text);
    expect(r.ok && r.pipeline.edges.find((e) => e.target === 'fn')?.config).toEqual({ role: 'data', processorRetries: 2 });
  });

  it('a function named through an alias or a version is the function (a processor, a mapping)', () => {
    // https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html: a qualified ARN invokes the function behind it.
    const text = [
      'Resources:',
      '  Lake: {Type: AWS::S3::Bucket}',
      '  Queue: {Type: AWS::SQS::Queue}',
      '  Fn: {Type: AWS::Lambda::Function, Properties: {Role: arn:aws:iam::1:role/r, Runtime: python3.12, Handler: a.h, Code: {ZipFile: x}}}',
      '  V1: {Type: AWS::Lambda::Version, Properties: {FunctionName: !Ref Fn}}',
      '  Live: {Type: AWS::Lambda::Alias, Properties: {FunctionName: !Ref Fn, FunctionVersion: !GetAtt V1.Version, Name: live}}',
      '  Stream: {Type: AWS::KinesisFirehose::DeliveryStream, Properties: {ExtendedS3DestinationConfiguration: {BucketARN: !GetAtt Lake.Arn, RoleARN: arn:aws:iam::1:role/f, ProcessingConfiguration: {Enabled: true, Processors: [{Type: Lambda, Parameters: [{ParameterName: LambdaArn, ParameterValue: !Ref Live}]}]}}}}',
      '  Mapping: {Type: AWS::Lambda::EventSourceMapping, Properties: {EventSourceArn: !GetAtt Queue.Arn, FunctionName: !Ref V1}}',
    ].join('\n');
    expect(edgesOf(text).map((e) => e.join(' -> ')).sort()).toEqual(['firehose -> lambda-function', 'firehose -> s3-bucket', 'sqs-queue -> lambda-function']);
  });
});
