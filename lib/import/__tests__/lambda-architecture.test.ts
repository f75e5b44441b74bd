import { describe, expect, it } from 'vitest';
import { exportCloudFormation } from '../../export';
import { type NodeOfKind, PipelineBuilder } from '../../model';
import { importCloudFormation } from '../index';

describe('Lambda architecture (a price-driving setting)', () => {
  const pipeline = (architecture?: string) =>
    new PipelineBuilder().node('fn', 'lambda-function', architecture ? { architecture } : {}).build();

  it('exports arm64 as Architectures and reads it back', () => {
    const p = pipeline('arm64');
    const text = exportCloudFormation(p, { format: 'json' }).text;
    const fn = Object.values(JSON.parse(text).Resources as Record<string, { Type: string; Properties: Record<string, unknown> }>).find((r) => r.Type === 'AWS::Lambda::Function')!;
    expect(fn.Properties.Architectures).toEqual(['arm64']);
    const back = importCloudFormation(text);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect((back.pipeline.nodes[0] as NodeOfKind<'lambda-function'>).config.architecture).toBe('arm64');
    expect(back.pipeline).toEqual(p);
  });

  it('leaves x86_64, Lambda\'s default, out of the template', () => {
    const p = pipeline();
    expect((p.nodes[0] as NodeOfKind<'lambda-function'>).config.architecture).toBe('x86_64');
    expect(exportCloudFormation(p, { format: 'json' }).text).not.toContain('Architectures');
  });
});
