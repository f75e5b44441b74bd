import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { buildCdkApp } from '../cdk/build-app';
import { exportCloudFormation } from '../index';
import { specCheck } from './spec-check';

/**
 * An enhanced fan-out mapping reads through an AWS::Kinesis::StreamConsumer: the mapping's
 * EventSourceArn is the consumer's ARN, and the role may subscribe to its shards.
 * https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-create.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kinesis-streamconsumer.html
 */
describe('enhanced fan-out export', () => {
  const pipeline = new PipelineBuilder('fan-out')
    .node('clicks', 'kinesis-stream')
    .node('work', 'lambda-function', { runtime: 'nodejs22.x' })
    .node('audit', 'lambda-function', { runtime: 'nodejs22.x' })
    .edge('clicks', 'work', { enhancedFanOut: true })
    .edge('clicks', 'audit')
    .build();
  const { template } = exportCloudFormation(pipeline, { format: 'json' });
  const r = template.Resources;

  it('registers a stream consumer and points the mapping at its ARN', () => {
    expect(r.ClicksWorkStreamConsumer).toMatchObject({
      Type: 'AWS::Kinesis::StreamConsumer',
      Properties: { ConsumerName: 'work-clicks-work', StreamARN: { 'Fn::GetAtt': ['ClicksStream', 'Arn'] } },
    });
    expect(r.ClicksWorkEventSourceMapping.Properties!.EventSourceArn).toEqual({ 'Fn::GetAtt': ['ClicksWorkStreamConsumer', 'ConsumerARN'] });
    // The standard reader still reads the stream itself.
    expect(r.ClicksAuditEventSourceMapping.Properties!.EventSourceArn).toEqual({ 'Fn::GetAtt': ['ClicksStream', 'Arn'] });
    expect(Object.values(r).filter((x) => x.Type === 'AWS::Kinesis::StreamConsumer')).toHaveLength(1);
  });

  it('lets the function subscribe to the consumer\'s shards, and checks against the resource specification', async () => {
    const doc = JSON.stringify(r.WorkRole.Properties);
    expect(doc).toContain('"Action":["kinesis:SubscribeToShard","kinesis:DescribeStreamConsumer"],"Resource":{"Fn::GetAtt":["ClicksWorkStreamConsumer","ConsumerARN"]}');
    expect(doc).toContain('kinesis:GetRecords');
    expect(await specCheck(template as never)).toEqual([]);
  });

  it('the CDK app uses KinesisConsumerEventSource with a StreamConsumer', () => {
    const { files, entry } = buildCdkApp(pipeline);
    const text = Object.entries(files).map(([, t]) => t).join('\n');
    expect(entry).toBeTruthy();
    expect(text).toContain('new sources.KinesisConsumerEventSource(new kinesis.StreamConsumer(this, "ClicksWorkStreamConsumer", { streamConsumerName: "work-clicks-work", stream: clicksStream })');
  });
});

describe('enhanced fan-out import', () => {
  it('a foreign mapping on a stream consumer comes back as an enhanced fan-out edge from the stream', async () => {
    const { importCloudFormation } = await import('../../import');
    const text = JSON.stringify({
      Resources: {
        Clicks: { Type: 'AWS::Kinesis::Stream', Properties: { ShardCount: 2 } },
        Work: { Type: 'AWS::Lambda::Function', Properties: { Runtime: 'nodejs22.x', Handler: 'index.handler', Role: 'arn:aws:iam::1:role/x', Code: { ZipFile: 'x' } } },
        Consumer: { Type: 'AWS::Kinesis::StreamConsumer', Properties: { ConsumerName: 'c', StreamARN: { 'Fn::GetAtt': ['Clicks', 'Arn'] } } },
        Mapping: { Type: 'AWS::Lambda::EventSourceMapping', Properties: { FunctionName: { Ref: 'Work' }, EventSourceArn: { 'Fn::GetAtt': ['Consumer', 'ConsumerARN'] }, StartingPosition: 'LATEST' } },
      },
    });
    const r = importCloudFormation(text, { name: 'efo' });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.unknownResources).toEqual([]);
    expect(r.pipeline.edges.map((e) => [e.source, e.target, e.config.enhancedFanOut])).toEqual([['clicks', 'work', true]]);
  });
});
