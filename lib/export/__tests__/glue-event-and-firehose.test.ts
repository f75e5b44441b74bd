import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { runCli } from '../../cli/__tests__/fake-io';
import { exportCloudFormation } from '../index';
import { specCheck } from './spec-check';

type Template = { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };

describe('a Glue job with trigger type event', () => {
  const pipeline = new PipelineBuilder('event-job')
    .node('landing', 's3-bucket')
    .node('on-arrival', 'glue-job', { trigger: { type: 'event' } })
    .node('curated', 's3-bucket')
    .edge('landing', 'on-arrival')
    .edge('on-arrival', 'curated')
    .build();
  const template = exportCloudFormation(pipeline, { format: 'json' }).template as unknown as Template;
  const r = template.Resources;

  it('gets a workflow, an EVENT trigger with AWS default batching, and a rule on the buckets it reads', async () => {
    expect(r.OnArrivalWorkflow.Type).toBe('AWS::Glue::Workflow');
    expect(r.OnArrivalEventTrigger.Properties).toEqual({
      Type: 'EVENT',
      WorkflowName: { Ref: 'OnArrivalWorkflow' },
      EventBatchingCondition: { BatchSize: 1, BatchWindow: 900 },
      Actions: [{ JobName: { Ref: 'OnArrivalJob' } }],
    });
    const rule = r.OnArrivalEventRule.Properties as { EventPattern: { detail: { bucket: { name: unknown[] } } }; Targets: { RoleArn: unknown }[] };
    expect(rule.EventPattern.detail.bucket.name).toHaveLength(1);
    expect(rule.Targets[0].RoleArn).toEqual({ 'Fn::GetAtt': ['OnArrivalEventRole', 'Arn'] });
    expect(JSON.stringify(r.OnArrivalEventRole.Properties)).toContain('glue:notifyEvent');
    // Only the bucket the job reads sends its events to EventBridge.
    expect(r.LandingBucket.Properties.NotificationConfiguration).toEqual({ EventBridgeConfiguration: { EventBridgeEnabled: true } });
    expect(r.CuratedBucket.Properties.NotificationConfiguration).toBeUndefined();
    expect(await specCheck(template as never)).toEqual([]);
  });

  it('gets the workflow and trigger only when it reads no bucket', () => {
    const alone = new PipelineBuilder('event-job').node('job', 'glue-job', { trigger: { type: 'event' } }).build();
    const types = Object.values((exportCloudFormation(alone, { format: 'json' }).template as unknown as Template).Resources).map((x) => x.Type);
    expect(types).toContain('AWS::Glue::Trigger');
    expect(types).not.toContain('AWS::Events::Rule');
  });
});

describe('a Firehose node with two destinations', () => {
  it('is refused by sluice export unless --force, because the stream can only deliver to one', async () => {
    const pipeline = new PipelineBuilder('two-destinations')
      .node('delivery', 'firehose')
      .node('lake', 's3-bucket')
      .node('warehouse', 'redshift-cluster')
      .edge('delivery', 'lake')
      .edge('delivery', 'warehouse')
      .build();
    const file = join(mkdtempSync(join(tmpdir(), 'sluice-firehose-')), 'two.sluice.json');
    writeFileSync(file, JSON.stringify(pipeline));
    const refused = await runCli(['export', file, '--format', 'cloudformation']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('firehose-destination node delivery: delivery delivers to 2 destinations');
    expect((await runCli(['export', file, '--format', 'cloudformation', '--force'])).code).toBe(0);
  });
});
