import { describe, expect, it } from 'vitest';
import { check, findingsOf, nodeConfig, patched } from '../../testing/base-pipeline';

describe('lambda-long-running', () => {
  it('reports work longer than 900 s and names the alternatives', () => {
    const p = patched((d) => (nodeConfig(d, 'archive').expectedRunSeconds = 3600));
    expect(check(p, 'lambda-long-running')).toEqual([
      {
        rule: 'lambda-long-running',
        severity: 'error',
        nodeId: 'archive',
        field: 'expectedRunSeconds',
        message: 'one piece of work takes 1 hour, but a Lambda invocation stops after 900 s (15 minutes): a long-running application does not fit Lambda',
      },
    ]);
  });

  it('suggests Elastic Beanstalk, ECS/Fargate or AWS Batch', () => {
    const [f] = findingsOf(patched((d) => (nodeConfig(d, 'archive').expectedRunSeconds = 901)), 'lambda-long-running');
    expect(f.fix).toContain('Elastic Beanstalk, ECS/Fargate or AWS Batch');
  });

  it('accepts work of exactly 900 s', () => {
    expect(check(patched((d) => (nodeConfig(d, 'archive').expectedRunSeconds = 900)), 'lambda-long-running')).toEqual([]);
  });
});
