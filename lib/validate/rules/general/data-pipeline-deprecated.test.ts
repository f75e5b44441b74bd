import { describe, expect, it } from 'vitest';
import { addEdge, addNode, check, findingsOf, patched } from '../../testing/base-pipeline';

describe('data-pipeline-deprecated', () => {
  it('warns about Data Pipeline and suggests Glue, Step Functions or MWAA', () => {
    const p = patched((d) => {
      addNode(d, 'legacy-copy', 'data-pipeline');
      addEdge(d, 'lake-to-legacy', 'lake', 'legacy-copy');
    });
    expect(check(p, 'data-pipeline-deprecated')).toEqual([
      {
        rule: 'data-pipeline-deprecated',
        severity: 'warning',
        nodeId: 'legacy-copy',
        message: 'legacy-copy uses AWS Data Pipeline, which is closed to new customers: new accounts cannot create it, and it gets no new features',
      },
    ]);
    const fix = findingsOf(p, 'data-pipeline-deprecated')[0].fix;
    expect(fix).toContain('AWS Glue');
    expect(fix).toContain('Step Functions');
    expect(fix).toContain('MWAA');
  });
});
