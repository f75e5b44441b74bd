import { describe, expect, it } from 'vitest';
import { exportCloudFormation } from '..';
import { importCloudFormation } from '../../import';
import { keptPart, migrate, type Pipeline } from '../../model';

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown>; DependsOn?: unknown }>;

const TEMPLATE = [
  'Parameters:',
  '  DataPath: {Type: String, Default: s3://elsewhere/raw/}',
  'Resources:',
  '  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}',
  '  Crawler:',
  '    Type: AWS::Glue::Crawler',
  '    Properties:',
  '      Name: raw-crawler',
  '      Role: arn:aws:iam::123456789012:role/glue',
  '      DatabaseName: raw',
  '      Targets: {S3Targets: [{Path: !Ref DataPath}]}',
  '  StartCrawler:',
  '    Type: AWS::Events::Rule',
  '    Properties:',
  '      ScheduleExpression: rate(1 day)',
  '      Targets: [{Id: t, Arn: !Sub "arn:aws:glue:${AWS::Region}:${AWS::AccountId}:crawler/${Crawler}"}]',
  '  Queue: {Type: AWS::SQS::Queue}',
  '  Fn:',
  '    Type: AWS::Lambda::Function',
  '    Properties: {Role: arn:aws:iam::123456789012:role/fn, Runtime: python3.12, Handler: a.h, Code: {ZipFile: x}}',
  '  Mapping:',
  '    Type: AWS::Lambda::EventSourceMapping',
  '    Properties: {EventSourceArn: !GetAtt Queue.Arn, FunctionName: !Ref Fn, BatchSize: 7}',
  '  Machine:',
  '    Type: AWS::StepFunctions::StateMachine',
  '    Properties: {RoleArn: arn:aws:iam::123456789012:role/sfn, Definition: {StartAt: A, States: {A: {Type: Task, Resource: !GetAtt Fn.Arn, End: true}}}}',
  'Outputs:',
  '  QueueUrl: {Value: !Ref Queue}',
].join('\n');

function imported(): Pipeline {
  const r = importCloudFormation(TEMPLATE);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.pipeline;
}

const exported = (p: Pipeline) => exportCloudFormation(p).template as unknown as { Parameters: Record<string, unknown>; Outputs?: Record<string, unknown>; Resources: Resources };

describe('kept resources on the round trip', () => {
  it('gives back every resource under its logical id, unchanged, with its references', () => {
    const t = exported(imported());
    const original = importCloudFormation(TEMPLATE);
    expect(Object.keys(t.Resources)).toEqual(expect.arrayContaining(['Vpc', 'Crawler', 'StartCrawler', 'Queue', 'Fn', 'Mapping', 'Machine']));
    // The crawler's name and its target outside the template (a parameter) survive; so does what starts it by name.
    expect(t.Resources.Crawler.Properties).toMatchObject({ Name: 'raw-crawler', Targets: { S3Targets: [{ Path: { Ref: 'DataPath' } }] } });
    expect(t.Parameters.DataPath).toEqual({ Type: 'String', Default: 's3://elsewhere/raw/' });
    expect(t.Resources.Mapping.Properties).toEqual({ EventSourceArn: { 'Fn::GetAtt': ['Queue', 'Arn'] }, FunctionName: { Ref: 'Fn' }, BatchSize: 7 });
    expect(t.Resources.Machine.Type).toBe('AWS::StepFunctions::StateMachine');
    expect(t.Outputs?.QueueUrl).toEqual({ Value: { Ref: 'Queue' } });
    // Only one mapping: Sluice does not add its own for the edge it drew from this one.
    expect(Object.values(t.Resources).filter((r) => r.Type === 'AWS::Lambda::EventSourceMapping')).toHaveLength(1);
    expect(original.ok).toBe(true);
  });

  it('writes a changed node as Sluice makes it, under the template\'s logical id, keeping what Sluice does not write', () => {
    const p = imported();
    const crawler = p.nodes.find((n) => n.kind === 'glue-crawler')!;
    const edited = { ...p, nodes: p.nodes.map((n) => (n === crawler ? { ...n, config: { ...n.config, tablePrefix: 'raw_' } } : n)) } as Pipeline;
    const props = exported(edited).Resources.Crawler.Properties!;
    expect(props.TablePrefix).toBe('raw_');
    expect(props.Name).toBe('raw-crawler');
    // Sluice writes no S3 target for a path it did not draw: the template's stays.
    expect(props.Targets).toEqual({ S3Targets: [{ Path: { Ref: 'DataPath' } }] });
  });

  it('drops the kept mapping when its edge is deleted, and Sluice makes its own when the edge changes', () => {
    const p = imported();
    const gone = exported({ ...p, edges: [] } as Pipeline);
    expect(gone.Resources.Mapping).toBeUndefined();
    const changed = exported({ ...p, edges: p.edges.map((e) => ({ ...e, config: { ...e.config, batchSize: 9 } })) } as Pipeline);
    expect(changed.Resources.Mapping).toBeUndefined();
    const mappings = Object.values(changed.Resources).filter((r) => r.Type === 'AWS::Lambda::EventSourceMapping');
    expect(mappings.map((m) => [m.Properties?.BatchSize, m.Properties?.FunctionName])).toEqual([[9, { Ref: 'Fn' }]]);
  });

  it('imports its own export back with the kept part whole', () => {
    const p = imported();
    const again = importCloudFormation(exportCloudFormation(p).text);
    expect(again.ok && again.pipeline.kept).toEqual(p.kept);
  });
});

describe('file format version 2: the kept part', () => {
  it('a version 1 document migrates with nothing kept', () => {
    const doc = { format: 'sluice.pipeline', version: keptPart.from, name: 'x', nodes: [], edges: [] };
    expect(keptPart.migrate(doc)).toEqual({ ...doc, version: keptPart.from + 1 });
    const r = migrate(doc);
    expect(r.ok && r.document.kept).toBeUndefined();
  });
});
