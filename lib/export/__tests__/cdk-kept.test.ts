import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { importCloudFormation } from '../../import';
import type { Pipeline } from '../../model';
import { exportCdkApp, exportCloudFormation } from '../index';

/**
 * An imported design carries a `kept` part (resources, sections and values Sluice does not
 * draw). The CloudFormation export writes it back; the CDK app must too, or a round trip
 * through CDK loses the stack's VPC, its conditions, its outputs. Before, the app was built
 * from L2 constructs under Sluice's ids and typed L1s for the rest: the kept sections were
 * missing and the node resources were there twice (under the template's ids and Sluice's).
 */
const TEMPLATE = `
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::LanguageExtensions
Parameters:
  Env: {Type: String, AllowedValues: [dev, prod], Default: dev}
  Token: {Type: String, NoEcho: true, MinLength: 4, Default: abcd}
  TopicNames: {Type: CommaDelimitedList}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Mappings:
  Sizes: {dev: {Memory: "256"}, prod: {Memory: "1024"}}
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Condition: IsProd
    Properties: {CidrBlock: 10.0.0.0/16, Tags: [{Key: env, Value: !Ref Env}]}
  Orders:
    Type: AWS::SQS::Queue
    DeletionPolicy: Retain
    UpdateReplacePolicy: Retain
    Properties: {VisibilityTimeout: 120, Tags: [{Key: team, Value: orders}]}
  Worker:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/worker
      Code: {ZipFile: "def handler(e, c): pass"}
      Timeout: 60
      Environment: {Variables: {QUEUE: !Ref Orders, WHERE: !Sub ["\${R}-orders", {R: !Ref "AWS::Region"}]}}
  Intake:
    Type: AWS::Lambda::EventSourceMapping
    Properties: {EventSourceArn: !GetAtt Orders.Arn, FunctionName: !Ref Worker, BatchSize: 5}
  Size:
    Type: AWS::SSM::Parameter
    DependsOn: Intake
    Properties: {Type: String, Value: !FindInMap [Sizes, !Ref Env, Memory]}
  Base:
    Type: AWS::SSM::Parameter
    Properties: {Type: String, Value: "{{resolve:ssm:/app/base}} and \${Token[X.1]}"}
  Fn::ForEach::Topics:
    - Name
    - !Ref TopicNames
    - "Topic\${Name}": {Type: AWS::SNS::Topic}
Outputs:
  VpcId: {Condition: IsProd, Value: !Ref Vpc}
  QueueUrl: {Value: !Ref Orders, Export: {Name: !Sub "\${AWS::StackName}-queue"}}
  Orders: {Description: the queue ARN, Value: !GetAtt Orders.Arn}
`;

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, '..', '..', '..');

type Template = Record<string, unknown> & { Resources: Record<string, Record<string, unknown>> };
let pipeline: Pipeline;
let cfn: Template;
let app: ReturnType<typeof exportCdkApp>;
let synthesized: Template;

beforeAll(() => {
  const imported = importCloudFormation(TEMPLATE);
  if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
  pipeline = imported.pipeline;
  // CDK has no escape for its token marker: the app spaces it (`\${ Token[`), so the synthesized text reads so too.
  cfn = JSON.parse(exportCloudFormation(pipeline, { format: 'json' }).text.split('${Token[').join('${ Token[')) as Template;
  app = exportCdkApp(pipeline);
  const dir = join(REPO, 'tmp', 'cdk-kept');
  rmSync(dir, { recursive: true, force: true });
  for (const [file, content] of Object.entries(app.files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  const out = execFileSync(join(REPO, 'node_modules', '.bin', 'tsx'), [join(HERE, 'cdk', 'synth-apps.ts'), dir], { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 170_000 });
  const result = (JSON.parse(out) as Record<string, { ok: boolean; error?: string; template: Template }>)[dir];
  if (!result.ok) throw new Error(result.error);
  synthesized = result.template;
}, 180_000);

describe('the CDK app of an imported design keeps what the template had', () => {
  it('writes the kept resources as raw L1 constructs under their logical ids, and the sections CDK has no construct for as written', () => {
    const stack = Object.entries(app.files).find(([f]) => f.endsWith('-stack.ts'))![1];
    expect(stack).toContain('new cdk.CfnResource(this, "Vpc", { type: "AWS::EC2::VPC"');
    expect(stack).toContain('rVpc.addOverride("Condition", "IsProd");');
    expect(stack).toContain('new KeptSection(this, "KeptSections"');
    expect(stack).toMatch(/Transform: \[\s*"AWS::LanguageExtensions",\s*\]/);
    // An output may share its logical id with a resource; construct ids may not.
    expect(stack).toContain('.overrideLogicalId("Orders");');
    expect(app.files['lib/kept-section.ts']).toContain('export class KeptSection extends CfnElement');
  });

  it('synthesizes every resource of the CloudFormation export, with the same type, properties and attributes', () => {
    const ids = (t: Template) => Object.keys(t.Resources).filter((id) => id !== 'CDKMetadata').sort();
    expect(ids(synthesized)).toEqual(ids(cfn));
    for (const [id, r] of Object.entries(cfn.Resources)) {
      const twin = synthesized.Resources[id];
      if (id.startsWith('Fn::ForEach::')) {
        expect(twin, id).toEqual(r);
        continue;
      }
      for (const key of ['Type', 'Properties', 'DependsOn', 'Condition', 'DeletionPolicy', 'UpdateReplacePolicy']) expect(twin[key], `${id}.${key}`).toEqual(r[key]);
    }
    // The kept values themselves: the dynamic reference stays, CDK's token marker is spaced (CDK has no escape for it).
    expect((synthesized.Resources.Base.Properties as Record<string, unknown>).Value).toBe('{{resolve:ssm:/app/base}} and ${ Token[X.1]}');
    expect(synthesized.Resources.Vpc.Condition).toBe('IsProd');
    expect(synthesized.Resources.Orders.DeletionPolicy).toBe('Retain');
  });

  it('synthesizes the template sections: parameters with all their constraints, conditions, mappings, outputs, transform', () => {
    for (const section of ['Conditions', 'Mappings', 'Outputs', 'Transform', 'Metadata']) expect(synthesized[section], section).toEqual(cfn[section]);
    const parameters = synthesized.Parameters as Record<string, unknown>;
    for (const [id, p] of Object.entries(cfn.Parameters as Record<string, unknown>)) expect(parameters[id], id).toEqual(p);
    expect((cfn.Parameters as Record<string, Record<string, unknown>>).Token).toMatchObject({ NoEcho: true, MinLength: 4 });
    expect((cfn.Outputs as Record<string, Record<string, unknown>>).VpcId.Condition).toBe('IsProd');
  });

  it('imports back from the synthesized template to the same pipeline', () => {
    const again = importCloudFormation(JSON.stringify(synthesized));
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    expect(again.pipeline.nodes).toEqual(pipeline.nodes);
    expect(again.pipeline.edges).toEqual(pipeline.edges);
  });
});
