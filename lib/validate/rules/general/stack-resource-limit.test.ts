import { describe, expect, it } from 'vitest';
import { exportCloudFormation } from '../../../export';
import { everyKindPipeline } from '../../../export/__tests__/every-kind';
import { examples } from '../../../export/__tests__/examples';
import { PipelineBuilder } from '../../../model';
import { validatePipeline } from '../../index';
import { check, patched } from '../../testing/base-pipeline';

// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html: 500 resources per stack.
function pairs(n: number) {
  const b = new PipelineBuilder('many-pairs');
  for (let i = 0; i < n; i++) b.node(`q${i}`, 'sqs-queue').node(`f${i}`, 'lambda-function', { runtime: 'nodejs22.x' }).edge(`q${i}`, `f${i}`);
  return b.build();
}

describe('stack-resource-limit', () => {
  it('reports 130 SQS -> Lambda pairs, which export to more than 500 resources, and says how to split', () => {
    const p = pairs(130);
    const count = Object.keys(exportCloudFormation(p, { format: 'json' }).template.Resources).length;
    expect(count).toBeGreaterThan(500);
    const [finding] = validatePipeline(p).findings.filter((f) => f.rule === 'stack-resource-limit');
    expect(finding.severity).toBe('error');
    expect(finding.message).toBe(`the export makes ${count.toLocaleString('en-US')} CloudFormation resources (with alarms); one stack holds at most 500, so CloudFormation refuses the whole template`);
    expect(finding.fix).toContain('nested stacks (AWS::CloudFormation::Stack)');
  });

  it('accepts designs that fit, such as the base pipeline and 40 pairs', () => {
    expect(check(patched(() => undefined), 'stack-resource-limit')).toEqual([]);
    expect(validatePipeline(pairs(40)).findings.filter((f) => f.rule === 'stack-resource-limit')).toEqual([]);
  });

  it('its shortcut holds: no design exports more than 20 resources per node plus 5 per edge', () => {
    for (const [name, p] of [...examples(), ['every-kind', everyKindPipeline()] as const]) {
      const count = Object.keys(exportCloudFormation(p, { format: 'json' }).template.Resources).length;
      expect(count, name).toBeLessThanOrEqual(p.nodes.length * 20 + p.edges.length * 5);
      for (const node of p.nodes) {
        const single = new PipelineBuilder('one').node(node.id, node.kind, node.config as never).build();
        expect(Object.keys(exportCloudFormation(single, { format: 'json' }).template.Resources).length, `${name} ${node.kind}`).toBeLessThanOrEqual(20);
      }
    }
  });
});
