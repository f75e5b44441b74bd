import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PipelineBuilder } from '../../model';
import { deployablePipeline } from './deployable-pipeline';
import { exportCloudFormation } from '../index';
import { examples } from './examples';
import { specCheck } from './spec-check';

describe('CloudFormation export of the examples', () => {
  for (const [name, pipeline] of examples()) {
    it(`${name}: every property checks against the resource specification`, async () => {
      const { template } = exportCloudFormation(pipeline, { format: 'json' });
      expect(await specCheck(template as never)).toEqual([]);
    });

    it(`${name}: matches the committed snapshot`, async () => {
      const { text } = exportCloudFormation(pipeline, { format: 'yaml' });
      await expect(text).toMatchFileSnapshot(`./__snapshots__/${name}.template.yaml`);
    });

    it(`${name}: opens with the user's first service and keeps Sluice's metadata for last`, () => {
      const { template, resourcesByNode } = exportCloudFormation(pipeline, { format: 'json' });
      // It used to open with 26 lines of metadata and then the alarm topic.
      expect(Object.keys(template).at(-1)).toBe('Metadata');
      expect(resourcesByNode[pipeline.nodes[0].id]).toContain(Object.keys(template.Resources)[0]);
      const alarm = Object.keys(template.Resources).indexOf('AlarmTopic');
      const lastOwned = Math.max(...Object.values(resourcesByNode).flat().map((id) => Object.keys(template.Resources).indexOf(id)));
      if (alarm >= 0) expect(alarm).toBeGreaterThan(lastOwned);
    });

    it(`${name}: YAML and JSON say the same thing`, () => {
      const json = exportCloudFormation(pipeline, { format: 'json' });
      const yaml = exportCloudFormation(pipeline, { format: 'yaml' });
      expect(parse(yaml.text)).toEqual(JSON.parse(json.text));
    });

    it(`${name}: every resource belongs to a node, or is marked as the pipeline's own (the alarm topic)`, () => {
      const { template, resourcesByNode } = exportCloudFormation(pipeline, { format: 'json' });
      const owned = new Set(Object.values(resourcesByNode).flat());
      const unowned = Object.keys(template.Resources).filter((id) => !owned.has(id));
      for (const id of unowned) expect(template.Resources[id].Metadata, id).toEqual({ Sluice: { partOf: '(pipeline)' } });
      expect(unowned.sort()).toEqual(unowned.length ? ['AlarmTopic', 'AlarmTopicKey', 'AlarmTopicPolicy'] : []);
    });
  }
});

describe('the spec checker itself', () => {
  it('reports unknown properties, wrong value types, missing required properties and dangling references', async () => {
    const problems = await specCheck({
      Resources: {
        Fn: { Type: 'AWS::Lambda::Function', Properties: { Code: { ZipFile: 'x' }, Timeout: 'soon', Bogus: 1, Role: { 'Fn::GetAtt': ['Nope', 'Arn'] } } },
        Q: { Type: 'AWS::SQS::Queue', Properties: { VisibilityTimeout: { Ref: 'Missing' } } },
        R: { Type: 'AWS::IAM::Role', Properties: {} },
        T: { Type: 'AWS::Made::Up' },
      },
      Outputs: { O: { Value: { 'Fn::GetAtt': ['Q', 'NoSuchAttribute'] } } },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'Resources.T: unknown type AWS::Made::Up',
        'Resources.Fn.Properties.Timeout: expected an integer, got "soon"',
        'Resources.Fn.Properties.Bogus: unknown property',
        'Resources.Fn.Properties.Role: GetAtt of unknown resource "Nope"',
        'Resources.Q.Properties.VisibilityTimeout: Ref to unknown "Missing"',
        'Resources.R.Properties: missing required property AssumeRolePolicyDocument',
        'Outputs.O.Value: AWS::SQS::Queue has no attribute "NoSuchAttribute"',
      ]),
    );
  });
});

describe('random valid pipelines', () => {
  it('export to templates that check against the specification', async () => {
    await fc.assert(
      fc.asyncProperty(deployablePipeline({ maxNodes: 10 }), async (pipeline) => {
        const { template } = exportCloudFormation(pipeline, { format: 'json' });
        expect(await specCheck(template as never)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('export deterministically, and a change to one node touches only its own resources', () => {
    fc.assert(
      fc.property(deployablePipeline({ minNodes: 2, maxNodes: 8 }), (pipeline) => {
        const a = exportCloudFormation(pipeline, { format: 'json' });
        expect(exportCloudFormation(structuredClone(pipeline), { format: 'json' }).text).toBe(a.text);
        const renamed = structuredClone(pipeline);
        renamed.nodes[0].name = `${renamed.nodes[0].name} (renamed)`;
        const b = exportCloudFormation(renamed, { format: 'json' });
        const changed = Object.keys(a.template.Resources).filter((id) => JSON.stringify(a.template.Resources[id]) !== JSON.stringify(b.template.Resources[id]));
        for (const id of changed) expect(a.resourcesByNode[pipeline.nodes[0].id]).toContain(id);
      }),
      { numRuns: 40 },
    );
  });
});

describe('what the design implies', () => {
  const pipeline = new PipelineBuilder('wiring')
    .node('uploads', 's3-bucket')
    .node('clicks', 'kinesis-stream')
    .node('work', 'lambda-function', { runtime: 'nodejs22.x' })
    .node('fails', 'sqs-queue')
    .node('out', 'dynamodb-table')
    .edge('uploads', 'work', { filterPrefix: 'in/' })
    .edge('clicks', 'work', { batchSize: 250, bisectOnError: true })
    .edge('work', 'out')
    .edge('work', 'fails', { role: 'on-failure' })
    .build();
  const { template, resourcesByNode } = exportCloudFormation(pipeline, { format: 'json' });
  const r = template.Resources;

  it('maps the stream edge to an event source mapping with its settings and on-failure destination', () => {
    expect(r.ClicksWorkEventSourceMapping.Properties).toMatchObject({
      BatchSize: 250,
      BisectBatchOnFunctionError: true,
      StartingPosition: 'LATEST',
      MaximumRetryAttempts: -1,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': ['FailsQueue', 'Arn'] } } },
    });
  });

  it('lets S3 invoke the function from this account only, and avoids the bucket/permission cycle', () => {
    expect(r.UploadsWorkPermission.Properties).toMatchObject({ Principal: 's3.amazonaws.com', SourceAccount: { Ref: 'AWS::AccountId' } });
    expect(r.UploadsBucket.DependsOn).toContain('UploadsWorkPermission');
    expect(JSON.stringify(r.UploadsWorkPermission)).not.toContain('UploadsBucket');
  });

  it('gives the function a role with no wildcard actions and only scoped resources', () => {
    const doc = JSON.stringify(r.WorkRole.Properties);
    expect(doc).not.toMatch(/"Action":"[^"]*\*"|"[a-z0-9-]+:\*"/);
    expect(doc).not.toContain('"Resource":"*"');
    expect(doc).toContain('dynamodb:PutItem');
    expect(doc).toContain('sqs:SendMessage');
    expect(doc).toContain('kinesis:GetRecords');
  });

  it('puts failures of async invocations (S3) into the destination through EventInvokeConfig', () => {
    expect(r.WorkEventInvokeConfig.Properties).toMatchObject({ DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': ['FailsQueue', 'Arn'] } } } });
  });

  it('adds alarms by default and none when asked', () => {
    expect(resourcesByNode.work).toEqual(expect.arrayContaining(['WorkErrorsAlarm', 'WorkThrottlesAlarm', 'WorkIteratorAgeAlarm']));
    expect(resourcesByNode.fails).toContain('FailsDepthAlarm');
    const quiet = exportCloudFormation(pipeline, { format: 'json', alarms: false });
    expect(Object.values(quiet.template.Resources).some((x) => x.Type === 'AWS::CloudWatch::Alarm')).toBe(false);
    expect(quiet.template.Resources.AlarmTopic).toBeUndefined();
    expect(quiet.template.Outputs?.AlarmTopicArn).toBeUndefined();
  });

  it('every alarm notifies one topic, encrypted with a key CloudWatch may use (not aws/sns, which alarms cannot publish to)', () => {
    const alarms = Object.values(r).filter((x) => x.Type === 'AWS::CloudWatch::Alarm');
    expect(alarms.length).toBeGreaterThanOrEqual(4);
    for (const a of alarms) expect(a.Properties).toMatchObject({ AlarmActions: [{ Ref: 'AlarmTopic' }], OKActions: [{ Ref: 'AlarmTopic' }] });
    expect(r.AlarmTopic.Properties).toEqual({ KmsMasterKeyId: { 'Fn::GetAtt': ['AlarmTopicKey', 'Arn'] } });
    const keyPolicy = JSON.stringify(r.AlarmTopicKey.Properties);
    expect(keyPolicy).toContain('"Service":"cloudwatch.amazonaws.com"');
    expect(r.AlarmTopicKey.Properties).toMatchObject({ EnableKeyRotation: true });
    const topicPolicy = JSON.stringify(r.AlarmTopicPolicy.Properties);
    expect(topicPolicy).toContain('aws:SecureTransport');
    expect(topicPolicy).toContain('aws:SourceAccount');
    expect(template.Outputs?.AlarmTopicArn).toMatchObject({ Value: { Ref: 'AlarmTopic' } });
  });

  it("a node whose id would give the alarm topic's logical id keeps its own, and the topic gets another", () => {
    const p = new PipelineBuilder().node('alarm', 'sns-topic').node('fn', 'lambda-function').build();
    const resources = exportCloudFormation(p, { format: 'json' }).template.Resources;
    expect(resources.AlarmTopic.Metadata).toMatchObject({ Sluice: { node: { id: 'alarm' } } });
    const alarmTopics = Object.entries(resources).filter(([, x]) => x.Type === 'AWS::SNS::Topic' && (x.Metadata as { Sluice?: { partOf?: string } })?.Sluice?.partOf === '(pipeline)');
    expect(alarmTopics).toHaveLength(1);
    expect(resources.FnErrorsAlarm.Properties).toMatchObject({ AlarmActions: [{ Ref: alarmTopics[0][0] }] });
  });

  it('keeps logical ids apart when two node ids read the same in PascalCase', () => {
    const p = new PipelineBuilder().node('a-b', 'sqs-queue').node('a_b', 'sqs-queue').build();
    const ids = Object.keys(exportCloudFormation(p, { format: 'json' }).template.Resources).filter((id) => id.startsWith('AB'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('ABQueue');
    expect(ids.filter((id) => /^ABQueue[0-9A-Z]{6}$/.test(id))).toHaveLength(1);
  });

  it('uses inline code only for Node.js and Python with an index handler, and parameters otherwise', () => {
    const p = new PipelineBuilder()
      .node('js', 'lambda-function', { runtime: 'nodejs22.x', handler: 'index.main' })
      .node('java', 'lambda-function', { runtime: 'java21', handler: 'example.Handler::handleRequest' })
      .node('py', 'lambda-function', { runtime: 'python3.13', handler: 'app.handler' })
      .build();
    const t = exportCloudFormation(p, { format: 'json' }).template;
    expect(t.Resources.JsFunction.Properties!.Code).toHaveProperty('ZipFile');
    expect(String((t.Resources.JsFunction.Properties!.Code as Record<string, string>).ZipFile)).toContain('exports.main');
    expect(t.Resources.JavaFunction.Properties!.Code).toEqual({ S3Bucket: { Ref: 'JavaFunctionCodeBucket' }, S3Key: { Ref: 'JavaFunctionCodeKey' } });
    expect(t.Parameters).toHaveProperty('PyFunctionCodeBucket');
  });
});
