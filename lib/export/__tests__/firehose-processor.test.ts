import { describe, expect, it } from 'vitest';
import { importCloudFormation } from '../../import';
import { PipelineBuilder } from '../../model';
import { exportCloudFormation } from '../index';

type Template = { Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }> };

/**
 * A Firehose -> Lambda edge is the destination's ProcessingConfiguration with one Lambda
 * processor; the edge's settings are its processor parameters, as text
 * (https://docs.aws.amazon.com/firehose/latest/APIReference/API_ProcessorParameter.html).
 */
describe('Firehose Lambda processor export', () => {
  const design = (config: Record<string, unknown>) =>
    new PipelineBuilder('processor')
      .node('delivery', 'firehose')
      .node('transform', 'lambda-function', { runtime: 'python3.13' })
      .node('lake', 's3-bucket')
      .edge('delivery', 'transform', config)
      .edge('delivery', 'lake')
      .build();

  it('writes the processor with the settings the edge sets, and reads them back from a template without Sluice metadata', () => {
    const exported = exportCloudFormation(design({ processorBufferSizeMb: 0.5, processorBufferIntervalSeconds: 120, processorRetries: 5 }), { format: 'json', alarms: false });
    const template = exported.template as Template;
    const stream = Object.values(template.Resources).find((r) => r.Type === 'AWS::KinesisFirehose::DeliveryStream')!;
    const processing = (stream.Properties!.ExtendedS3DestinationConfiguration as Record<string, unknown>).ProcessingConfiguration as { Enabled: boolean; Processors: { Type: string; Parameters: { ParameterName: string; ParameterValue: unknown }[] }[] };
    expect(processing.Enabled).toBe(true);
    expect(processing.Processors).toHaveLength(1);
    expect(processing.Processors[0].Type).toBe('Lambda');
    expect(processing.Processors[0].Parameters.map((p) => [p.ParameterName, p.ParameterValue])).toEqual([
      ['LambdaArn', { 'Fn::GetAtt': ['TransformFunction', 'Arn'] }],
      ['BufferSizeInMBs', '0.5'],
      ['BufferIntervalInSeconds', '120'],
      ['NumberOfRetries', '5'],
    ]);
    // Read as a foreign template (no Sluice metadata): the same edge settings.
    const foreign = JSON.parse(exported.text) as Template & { Metadata?: unknown };
    delete foreign.Metadata;
    for (const r of Object.values(foreign.Resources)) delete (r as { Metadata?: unknown }).Metadata;
    const back = importCloudFormation(JSON.stringify(foreign));
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    const kinds = new Map(back.pipeline.nodes.map((n) => [n.id, n.kind]));
    const edge = back.pipeline.edges.find((e) => kinds.get(e.source) === 'firehose' && kinds.get(e.target) === 'lambda-function');
    expect(edge?.config).toEqual({ role: 'data', processorBufferSizeMb: 0.5, processorBufferIntervalSeconds: 120, processorRetries: 5 });
  });

  it('leaves AWS\'s defaults out when the edge sets nothing', () => {
    const template = exportCloudFormation(design({}), { format: 'json', alarms: false }).template as Template;
    const stream = Object.values(template.Resources).find((r) => r.Type === 'AWS::KinesisFirehose::DeliveryStream')!;
    const processing = (stream.Properties!.ExtendedS3DestinationConfiguration as Record<string, { Processors: { Parameters: { ParameterName: string }[] }[] }>).ProcessingConfiguration;
    expect(processing.Processors[0].Parameters.map((p) => p.ParameterName)).toEqual(['LambdaArn']);
  });
});
