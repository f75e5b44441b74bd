import { describe, expect, it } from 'vitest';
import { exportCloudFormation } from '../../export';
import { specCheck } from '../../export/__tests__/spec-check';
import { type NodeOfKind, PipelineBuilder } from '../../model';
import { importCloudFormation } from '../index';

describe('Glue execution class (a price-driving setting)', () => {
  const pipeline = (config: Record<string, unknown>) => new PipelineBuilder().node('job', 'glue-job', config).build();
  const jobProperties = (text: string) =>
    Object.values(JSON.parse(text).Resources as Record<string, { Type: string; Properties: Record<string, unknown> }>).find((r) => r.Type === 'AWS::Glue::Job')!.Properties;

  it('exports FLEX for a Spark ETL job, checks against the resource specification, and reads it back', async () => {
    const p = pipeline({ executionClass: 'FLEX' });
    const text = exportCloudFormation(p, { format: 'json' }).text;
    expect(jobProperties(text).ExecutionClass).toBe('FLEX');
    expect(await specCheck(JSON.parse(text))).toEqual([]);
    const back = importCloudFormation(text);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect((back.pipeline.nodes[0] as NodeOfKind<'glue-job'>).config.executionClass).toBe('FLEX');
    expect(back.pipeline).toEqual(p);
  });

  it('leaves STANDARD (the default) out of the template', () => {
    expect(jobProperties(exportCloudFormation(pipeline({}), { format: 'json' }).text).ExecutionClass).toBeUndefined();
  });
});

describe('DynamoDB provisioned capacity (a price-driving setting)', () => {
  it('exports the configured capacity and reads it back', async () => {
    const p = new PipelineBuilder().node('t', 'dynamodb-table', { billingMode: 'PROVISIONED', readCapacityUnits: 40, writeCapacityUnits: 20 }).build();
    const text = exportCloudFormation(p, { format: 'json' }).text;
    const table = Object.values(JSON.parse(text).Resources as Record<string, { Type: string; Properties: Record<string, unknown> }>).find((r) => r.Type === 'AWS::DynamoDB::Table')!;
    expect(table.Properties.ProvisionedThroughput).toEqual({ ReadCapacityUnits: 40, WriteCapacityUnits: 20 });
    expect(await specCheck(JSON.parse(text))).toEqual([]);
    const back = importCloudFormation(text);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.pipeline).toEqual(p);
  });
});
