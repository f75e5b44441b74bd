import { describe, expect, it } from 'vitest';
import { estimateDesign, estimateSimulation } from '..';
import { type Pipeline, PipelineBuilder } from '../../model';
import { simulate } from '../../simulate';

function both(p: Pipeline, seconds = 3600) {
  const result = simulate(p, { seconds, stepSeconds: 1, seed: 1 });
  return { design: estimateDesign(p), simulation: estimateSimulation(p, result), result };
}

const within = (a: number, b: number, share: number) => Math.abs(a - b) <= share * Math.max(a, b);

describe('simulation estimate against the design estimate', () => {
  it('agree within 5 % per node for constant traffic without failures (SQS → Lambda → S3)', () => {
    const p = new PipelineBuilder()
      .node('q', 'sqs-queue', { traffic: { recordsPerSecond: 200, avgRecordBytes: 2000 } })
      .node('fn', 'lambda-function', { memoryMb: 1024, durationMsPerInvocation: 40, durationMsPerRecord: 3 })
      .node('b', 's3-bucket')
      .edge('q', 'fn', { batchSize: 10 })
      .edge('fn', 'b')
      .build();
    const { design, simulation } = both(p);
    expect(simulation.basis).toBe('simulation');
    for (const id of ['q', 'fn', 'b']) expect(within(design.nodes[id].monthly, simulation.nodes[id].monthly, 0.05), `${id}: ${design.nodes[id].monthly} vs ${simulation.nodes[id].monthly}`).toBe(true);
    expect(within(design.monthlyTotal, simulation.monthlyTotal, 0.05)).toBe(true);
  });

  it('agree within 5 % for a Kinesis stream feeding Lambda and DynamoDB', () => {
    const p = new PipelineBuilder()
      .node('s', 'kinesis-stream', { shardCount: 2, traffic: { recordsPerSecond: 800, avgRecordBytes: 500 } })
      .node('fn', 'lambda-function', { memoryMb: 256 })
      .node('t', 'dynamodb-table')
      .edge('s', 'fn', { batchSize: 100 })
      .edge('fn', 't')
      .build();
    const { design, simulation } = both(p);
    for (const id of ['s', 'fn', 't']) expect(within(design.nodes[id].monthly, simulation.nodes[id].monthly, 0.05), `${id}: ${design.nodes[id].monthly} vs ${simulation.nodes[id].monthly}`).toBe(true);
  });

  it('a function whose invocations fail and are retried costs more in the simulation than in the design', () => {
    // S3 notifications invoke the function asynchronously; 30 % of invocations fail and Lambda
    // retries each failed event up to twice. The design counts each event once; the run pays for
    // every attempt: about 1 + 0.3 + 0.09 = 1.39 invocations per event (fewer near the end of
    // the hour, whose retries wait 1-2 minutes).
    const p = new PipelineBuilder()
      .node('uploads', 's3-bucket', { traffic: { recordsPerSecond: 50, avgRecordBytes: 10_000 } })
      .node('fn', 'lambda-function', { memoryMb: 256, errorRate: 0.3, asyncMaxRetries: 2 })
      .edge('uploads', 'fn')
      .build();
    const { design, simulation, result } = both(p);
    expect(result.nodes.fn.retries).toBeGreaterThan(0);
    const [designRequests, simRequests] = [design.nodes.fn.lines[0].quantity, simulation.nodes.fn.lines[0].quantity];
    expect(simRequests).toBeGreaterThan(designRequests * 1.3);
    expect(simRequests).toBeLessThan(designRequests * 1.4);
    expect(simulation.nodes.fn.monthly).toBeGreaterThan(design.nodes.fn.monthly * 1.3);
  });

  it('a throttled stream costs less downstream in the simulation: records refused are never processed', () => {
    // 2,000 records/s into 1 shard (1,000 records/s): the design prices what the traffic asks
    // for, the run only what the shard accepted, so the function's bill is about half.
    const p = new PipelineBuilder()
      .node('s', 'kinesis-stream', { shardCount: 1, traffic: { recordsPerSecond: 2000, avgRecordBytes: 200 } })
      .node('fn', 'lambda-function')
      .edge('s', 'fn', { batchSize: 100 })
      .build();
    const { design, simulation, result } = both(p);
    expect(result.nodes.s.throttled).toBeGreaterThan(0);
    expect(simulation.nodes.fn.lines[0].quantity).toBeLessThan(design.nodes.fn.lines[0].quantity * 0.6);
  });
});
