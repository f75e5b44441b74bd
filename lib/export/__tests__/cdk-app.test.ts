import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Pipeline } from '../../model';
import { exportCdkApp, exportCloudFormation } from '../index';
import { everyKindPipeline } from './every-kind';
import { examples } from './examples';

/**
 * Each generated app is written inside the repository (tmp/ is git-ignored) so that
 * aws-cdk-lib and cdk-nag resolve from its node_modules, then all of them are synthesized
 * with the real CDK in one tsx process (loading aws-cdk-lib once).
 */
const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, '..', '..', '..');
/**
 * A description over the 512 characters the CDK Stack constructor allows (StackDescriptionTooLong;
 * CloudFormation takes 1,024 bytes) and names holding CDK's token syntax, which CDK would look
 * up as tokens ("Unrecognized token key"): both used to fail at synth.
 */
const TOKEN_TEXT = 'orders ${Token[TOKEN.12]} and ${Token[Foo.Bar.99]}';
function tokenNamesPipeline(): Pipeline {
  const [, orders] = examples().find(([name]) => name === 'sqs-lambda-s3-dlq')!;
  return { ...orders, description: `${TOKEN_TEXT} ${'long '.repeat(120)}`, nodes: orders.nodes.map((n) => ({ ...n, name: TOKEN_TEXT })) };
}
const apps: [string, Pipeline][] = [...examples(), ['every-kind', everyKindPipeline()], ['token-names-long-description', tokenNamesPipeline()]];

/** Resources CDK adds that the direct export does not need. */
const CDK_EXTRAS = new Set([
  'AWS::IAM::Policy', // L2 grants become a separate policy resource instead of an inline one
  'Custom::S3BucketNotifications', // S3EventSource / addEventNotification set notifications through a custom resource...
  'AWS::Lambda::Function', // ...run by CDK's BucketNotificationsHandler function
  'AWS::IAM::Role', // ...with its own role
  'AWS::SQS::QueuePolicy', // SqsSubscription / SqsDestination grant SNS and S3 through a queue policy
  'AWS::SNS::TopicPolicy',
  'AWS::Lambda::Permission',
]);

type Template = { Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }> };
type SynthResult = { ok: true; template: Template; violations: { rule: string; resources: string[] }[] } | { ok: false; error: string };
let results: Record<string, SynthResult> = {};

beforeAll(() => {
  const dirs = apps.map(([name, pipeline]) => {
    const dir = join(REPO, 'tmp', `cdk-${name}`);
    rmSync(dir, { recursive: true, force: true });
    for (const [file, content] of Object.entries(exportCdkApp(pipeline).files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), content);
    }
    return dir;
  });
  const out = execFileSync(join(REPO, 'node_modules', '.bin', 'tsx'), [join(HERE, 'cdk', 'synth-apps.ts'), ...dirs], { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 170_000 });
  const byDir = JSON.parse(out) as Record<string, SynthResult>;
  results = Object.fromEntries(apps.map(([name], i) => [name, byDir[dirs[i]]]));
}, 180_000);

const keySettings: Record<string, string[]> = {
  'AWS::Lambda::Function': ['Runtime', 'Handler', 'MemorySize', 'Timeout', 'ReservedConcurrentExecutions'],
  'AWS::SQS::Queue': ['VisibilityTimeout', 'MessageRetentionPeriod', 'FifoQueue', 'RedrivePolicy'],
  'AWS::Kinesis::Stream': ['ShardCount', 'RetentionPeriodHours'],
  'AWS::DynamoDB::Table': ['KeySchema', 'BillingMode', 'StreamSpecification'],
  'AWS::S3::Bucket': ['BucketName', 'VersioningConfiguration'],
  'AWS::Events::Rule': ['ScheduleExpression', 'State'],
  'AWS::SNS::Topic': ['FifoTopic'], // the AWS managed key, named by alias here and by alias ARN in CDK
  // CDK keeps role statements in a separate AWS::IAM::Policy and merges resource policies.
  'AWS::IAM::Role': ['AssumeRolePolicyDocument'],
  'AWS::Logs::LogGroup': ['RetentionInDays'],
  'AWS::Lambda::EventInvokeConfig': ['MaximumRetryAttempts', 'MaximumEventAgeInSeconds'],
  'AWS::SQS::QueuePolicy': [],
  'AWS::SNS::TopicPolicy': [],
  'AWS::S3::BucketPolicy': [],
};

describe('the generated CDK app', () => {
  it('lists its files and its entry', () => {
    const app = exportCdkApp(examples()[1][1]);
    expect(Object.keys(app.files)).toEqual(expect.arrayContaining(['package.json', 'cdk.json', 'README.md', app.entry, `lib/${app.entry.slice(4, -3)}-stack.ts`]));
    expect(JSON.parse(app.files['cdk.json']).app).toContain(app.entry);
  });

  it('keeps a description over 512 characters and text with CDK token syntax (marker spaced: `${ Token[`)', () => {
    const r = results['token-names-long-description'];
    if (!r.ok) throw new Error(r.error);
    const cfn = exportCloudFormation(tokenNamesPipeline(), { format: 'json' }).template;
    expect(cfn.Description.length).toBeGreaterThan(512);
    expect((r.template as unknown as { Description: string }).Description).toBe(cfn.Description.split('${Token[').join('${ Token['));
  });

  for (const [name, pipeline] of apps) {
    if (name === 'broken-on-purpose') {
      it(`${name}: does not synthesize, because the CDK checks the same limit the validator reports`, () => {
        expect(results[name]).toEqual({ ok: false, error: expect.stringContaining('given 20000') });
      });
      continue;
    }
    it(`${name}: synthesizes with aws-cdk-lib, cdk-nag reports nothing unacknowledged`, () => {
      const r = results[name];
      if (!r.ok) throw new Error(r.error);
      expect(r.violations).toEqual([]);
    });

    it(`${name}: has the resource types and key settings of the CloudFormation export`, () => {
      const r = results[name];
      if (!r.ok) throw new Error(r.error);
      const cfn = exportCloudFormation(pipeline, { format: 'json' }).template as unknown as Template;
      const cdkTypes = new Set(Object.values(r.template.Resources).map((x) => x.Type));
      const cfnTypes = new Set(Object.values(cfn.Resources).map((x) => x.Type));
      expect([...cfnTypes].filter((t) => !cdkTypes.has(t))).toEqual([]);
      expect([...cdkTypes].filter((t) => !cfnTypes.has(t) && !CDK_EXTRAS.has(t))).toEqual([]);
      for (const [id, resource] of Object.entries(cfn.Resources)) {
        const twin = r.template.Resources[id];
        if (!twin) continue;
        expect(twin.Type, id).toBe(resource.Type);
        const keys = keySettings[resource.Type];
        const pick = (p: Record<string, unknown> = {}) => JSON.parse(JSON.stringify(keys ? Object.fromEntries(keys.map((k) => [k, p[k]])) : p));
        expect(pick(twin.Properties), id).toEqual(pick(resource.Properties));
      }
      const mappings = (t: Template) =>
        Object.values(t.Resources)
          .filter((x) => x.Type === 'AWS::Lambda::EventSourceMapping')
          .map((x) => `${x.Properties?.BatchSize}/${x.Properties?.StartingPosition ?? '-'}/${x.Properties?.ParallelizationFactor ?? 1}`)
          .sort();
      expect(mappings(r.template)).toEqual(mappings(cfn));
    });
  }
});
