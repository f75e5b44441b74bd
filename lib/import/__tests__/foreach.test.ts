import { describe, expect, it } from 'vitest';
import { exportCloudFormation } from '../../export';
import { importCloudFormation } from '..';
import { expandForEach } from '../foreach';

// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-foreach.html
describe('Fn::ForEach (AWS::LanguageExtensions)', () => {
  it('expands a loop over a written list: ${X} and &{X} in keys, Ref X and ${X} in Fn::Sub in values', () => {
    const { template, problems } = expandForEach({
      Resources: {
        'Fn::ForEach::Queues': ['Name', ['orders', 'dead-letters'], { 'Q&{Name}': { Type: 'AWS::SQS::Queue', Properties: { QueueName: { Ref: 'Name' }, Tags: [{ Key: 'k', Value: { 'Fn::Sub': '${Name}-${AWS::Region}' } }] } } }],
      },
    });
    expect(problems).toEqual([]);
    expect(template.Resources).toEqual({
      Qorders: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'orders', Tags: [{ Key: 'k', Value: { 'Fn::Sub': 'orders-${AWS::Region}' } }] } },
      Qdeadletters: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'dead-letters', Tags: [{ Key: 'k', Value: { 'Fn::Sub': 'dead-letters-${AWS::Region}' } }] } },
    });
  });

  it('expands nested loops and a parameter default (a CommaDelimitedList)', () => {
    const { template } = expandForEach({
      Parameters: { Envs: { Type: 'CommaDelimitedList', Default: 'dev, prod' } },
      Resources: { 'Fn::ForEach::Outer': ['Env', { Ref: 'Envs' }, { 'Fn::ForEach::Inner': ['T', ['A', 'B'], { '${T}${Env}': { Type: 'AWS::SNS::Topic' } }] }] },
    });
    expect(Object.keys(template.Resources as object)).toEqual(['Adev', 'Bdev', 'Aprod', 'Bprod']);
  });

  it('keeps a loop over a parameter with no default as written, exports it unchanged and says so', () => {
    const text = [
      'Transform: AWS::LanguageExtensions',
      'Parameters:',
      '  Jobs: {Type: CommaDelimitedList}',
      'Resources:',
      '  Fn::ForEach::Jobs:',
      '    - J',
      '    - !Ref Jobs',
      '    - "&{J}Topic": {Type: AWS::SNS::Topic}',
      '  Queue: {Type: AWS::SQS::Queue}',
    ].join('\n');
    const r = importCloudFormation(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings[0]).toContain('Resources.Fn::ForEach::Jobs: Fn::ForEach (AWS::LanguageExtensions) over a collection only known at deploy time (parameter Jobs (no default))');
    const t = exportCloudFormation(r.pipeline).template as unknown as Record<string, unknown>;
    expect(Object.keys(t.Resources as object)).toContain('Fn::ForEach::Jobs');
    expect(t.Transform).toEqual(['AWS::LanguageExtensions']);
  });

  it('refuses a malformed loop with a message that names Fn::ForEach', () => {
    const r = importCloudFormation('Resources:\n  Fn::ForEach::Bad: [X]\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ path: 'Resources.Fn::ForEach::Bad', message: expect.stringContaining('Fn::ForEach (AWS::LanguageExtensions) takes [Identifier, Collection') });
  });
});
