import { describe, expect, it } from 'vitest';
import { exportCloudFormation } from '@/lib/export';
import { PipelineBuilder } from '@/lib/model';
import { resourceRanges, selectedResourceIds } from './resource-ranges';

describe('resource ranges in an exported template', () => {
  const pipeline = new PipelineBuilder('orders')
    .node('orders', 'sqs-queue', {}, 'Orders')
    .node('archive', 'lambda-function', { timeoutSeconds: 30 }, 'Archive')
    .edge('orders', 'archive')
    .build();

  for (const format of ['yaml', 'json'] as const) {
    it(`finds every resource of the selected node in the ${format} text`, () => {
      const exported = exportCloudFormation(pipeline, { format, alarms: true });
      const ids = selectedResourceIds({ nodeIds: ['archive'], edgeIds: [] }, exported.resourcesByNode, exported.resourcesByEdge);
      expect(ids.length).toBeGreaterThan(1);
      const ranges = resourceRanges(exported.text, format, ids);
      expect(ranges.map((r) => r.logicalId)).toEqual(ids);
      for (const { logicalId, range } of ranges) {
        const block = exported.text.slice(range.start, range.end);
        expect(block.startsWith(format === 'json' ? `"${logicalId}"` : logicalId)).toBe(true);
        expect(block).toContain((exported.template.Resources as Record<string, { Type: string }>)[logicalId].Type);
      }
    });
  }

  it('lists each resource once when a node and its edge share it, and skips ids the text lacks', () => {
    expect(selectedResourceIds({ nodeIds: ['a'], edgeIds: ['e'] }, { a: ['Fn', 'Map'] }, { e: ['Map', 'Perm'] })).toEqual(['Fn', 'Map', 'Perm']);
    expect(resourceRanges('Resources:\n  Fn:\n    Type: X\n', 'yaml', ['Fn', 'Missing']).map((r) => r.logicalId)).toEqual(['Fn']);
  });
});
