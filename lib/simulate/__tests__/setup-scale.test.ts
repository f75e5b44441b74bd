/**
 * Setting a simulation up is linear in the graph (issue 13, "Scale"): a 20,000-node chain took
 * 34 s for one simulated second, because ordering the nodes and flowing record sizes downstream
 * scanned every node or edge for each node. Compared as a ratio to a 2,000-node chain (10 times
 * fewer nodes), never as a time: linear work gives about 10x, quadratic about 100x; the bound,
 * 30x, leaves room for a noisy machine.
 */
import { describe, expect, it } from 'vitest';
import { PipelineBuilder, type Pipeline } from '../../model';
import { createSimulation } from '..';
import { stepOrder } from '../engine';

/** A chain of alternating queues and functions, fed at its head. */
function chain(nodes: number): Pipeline {
  const b = new PipelineBuilder('chain');
  b.node('n0', 'sqs-queue', { traffic: { recordsPerSecond: 10 } });
  for (let i = 1; i < nodes; i++) b.node(`n${i}`, i % 2 ? 'lambda-function' : 'sqs-queue').edge(`n${i - 1}`, `n${i}`);
  return b.build();
}

/** CPU milliseconds to set up, run one 1 s step and read the result. */
function setupCost(pipeline: Pipeline): number {
  const cpu = process.cpuUsage();
  const sim = createSimulation(pipeline, { seconds: 1, stepSeconds: 1, seed: 1 });
  sim.step(1);
  sim.result();
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000;
}

describe('simulation setup', () => {
  it('orders nodes sources first, breaking cycles in document order', () => {
    const p = new PipelineBuilder('order')
      .node('sink', 's3-bucket')
      .node('fn', 'lambda-function')
      .node('q', 'sqs-queue', { traffic: { recordsPerSecond: 1 } })
      .node('a', 'lambda-function')
      .node('b', 'sqs-queue')
      .edge('q', 'fn')
      .edge('fn', 'sink')
      .edge('a', 'b')
      .edge('b', 'a')
      .build();
    // q feeds fn feeds sink; a and b feed each other, so the cycle is broken at a (first in the document).
    expect(stepOrder(p)).toEqual(['q', 'fn', 'sink', 'a', 'b']);
  });

  it('grows linearly with the graph: 20,000 nodes cost under 30x what 2,000 do', () => {
    const small = chain(2_000);
    const large = chain(20_000);
    setupCost(small); // warm the JIT first
    const smallCost = Math.min(setupCost(small), setupCost(small), setupCost(small));
    const largeCost = setupCost(large);
    expect(largeCost / smallCost).toBeLessThan(30);
  });
});
