import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '@/lib/model';
import { sameSimulationInputs } from '../simulation-inputs';

const base = new PipelineBuilder('t').node('queue', 'sqs-queue').node('fn', 'lambda-function').edge('queue', 'fn').build();

describe('sameSimulationInputs', () => {
  it('ignores positions, names and notes', () => {
    const moved = { ...base, nodes: base.nodes.map((n) => ({ ...n, name: `${n.name}!`, notes: 'x', position: { x: 9, y: 9 } })) };
    expect(sameSimulationInputs(base, moved)).toBe(true);
  });

  it('sees a config change, even one that rebuilt the object with the same values elsewhere', () => {
    const fn = base.nodes[1];
    const same = { ...base, nodes: [base.nodes[0], { ...fn, config: JSON.parse(JSON.stringify(fn.config)) }] };
    expect(sameSimulationInputs(base, same)).toBe(true);
    const changed = { ...base, nodes: [base.nodes[0], { ...fn, config: { ...fn.config, memoryMb: 4096 } }] };
    expect(sameSimulationInputs(base, changed as typeof base)).toBe(false);
  });

  it('sees added, removed and rewired elements', () => {
    expect(sameSimulationInputs(base, { ...base, edges: [] })).toBe(false);
    const more = new PipelineBuilder('t').node('queue', 'sqs-queue').node('fn', 'lambda-function').node('x', 's3-bucket').edge('queue', 'fn').build();
    expect(sameSimulationInputs(base, more)).toBe(false);
    expect(sameSimulationInputs(base, { ...base, edges: [{ ...base.edges[0], id: 'other' }] })).toBe(false);
  });
});
