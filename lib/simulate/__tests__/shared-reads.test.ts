import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { simulate } from '../index';
import { run } from './run';

const simulateFull = (p: ReturnType<typeof threeReaders>, seconds: number) => simulate(p, { seconds, stepSeconds: 1, seed: 1 });

/**
 * Standard consumers of a shard share its 2 MiB/s and 5 GetRecords calls/s; an enhanced
 * fan-out consumer has its own 2 MiB/s.
 * https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html
 * https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html
 */
function threeReaders(efo: [boolean, boolean, boolean]) {
  const b = new PipelineBuilder('three-readers').node('clicks', 'kinesis-stream', { shardCount: 1, traffic: { recordsPerSecond: 900, avgRecordBytes: 1000 } });
  ['a', 'b', 'c'].forEach((id, i) => {
    b.node(id, 'lambda-function', { durationMsPerInvocation: 10, durationMsPerRecord: 0 });
    b.edge('clicks', id, { enhancedFanOut: efo[i] });
  });
  return b.build();
}

describe('shared shard reads', () => {
  it('three standard consumers reading 0.9 MB/s of one shard each fall behind', () => {
    // Each gets 2,097,152 / 3 = 699,050 B/s = 699 records/s of 1,000 B, against 900 arriving:
    // each falls 201 records/s behind, 603 records/s for the stream's three copies.
    // Before: each reader had 2 MiB/s of its own and nothing waited.
    const r = run(threeReaders([false, false, false]), 60);
    expect(r.nodes.a.processed).toBe(699 * 60);
    expect(r.nodes.clicks.backlog).toBe(603 * 60);
  });

  it('with enhanced fan-out on every consumer, each has its own 2 MiB/s and none falls behind', () => {
    const r = run(threeReaders([true, true, true]), 60);
    expect(r.nodes.a.processed).toBe(900 * 60);
    expect(r.nodes.clicks.backlog).toBe(0);
  });

  it('the advice names the shared read limit and enhanced fan-out, not parallelization, and cites kinesis-stream-readers', () => {
    // Each reader falls 201 records/s behind: after 300 s, 60,300 wait, read at 699/s, so the
    // oldest has waited about 60,300 / 699 = 86 s (the advice speaks past 60 s). Raising
    // parallelizationFactor would not help: the lanes share the same 699 records/s.
    const r = simulateFull(threeReaders([false, false, false]), 300);
    const advice = r.summary.recommendations.filter((x) => x.edgeId !== undefined);
    expect(advice.map((x) => x.relatedRule)).toEqual(['kinesis-stream-readers', 'kinesis-stream-readers', 'kinesis-stream-readers']);
    expect(advice[0].text).toContain('3 standard readers share each shard\'s read limit (2 MB/s and 5 reads/s)');
    expect(advice[0].text).toContain('Turn on enhancedFanOut');
    expect(advice[0].text).not.toContain('parallelizationFactor');
  });

  it('one consumer on enhanced fan-out leaves the other two 1 MiB/s each, enough for 0.9 MB/s', () => {
    const r = run(threeReaders([true, false, false]), 60);
    expect(r.nodes.clicks.backlog).toBe(0);
  });
});
