import { describe, expect, it } from 'vitest';
import { validatePipeline as validate } from '../..';
import { PipelineBuilder } from '../../../model';

/**
 * A shard gives its standard readers 2 MiB/s and 5 GetRecords calls/s together; an enhanced
 * fan-out consumer has its own 2 MiB/s.
 * https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html
 */
function stream(readers: number, efo: number[] = [], recordsPerSecond = 900) {
  const b = new PipelineBuilder('readers').node('clicks', 'kinesis-stream', { shardCount: 1, traffic: { recordsPerSecond, avgRecordBytes: 1000 } });
  for (let i = 0; i < readers; i++) {
    b.node(`f${i}`, 'lambda-function');
    b.edge('clicks', `f${i}`, { startingPosition: 'LATEST', enhancedFanOut: efo.includes(i) });
  }
  return b.build();
}
const found = (p: ReturnType<typeof stream>) => validate(p).findings.filter((f) => f.rule === 'kinesis-stream-readers');

describe('kinesis-stream-readers', () => {
  it('three standard readers of 0.9 MB/s each need 2.57 MiB/s of a shard (2,700,000 B), over 2 MiB/s, suggests enhanced fan-out', () => {
    const [f] = found(stream(3));
    expect(f.message).toBe(
      '3 standard readers each need 879 KB/s of every shard, 2.57 MB/s together, over the 2 MB/s a shard gives them all (f0, f1, f2): reads are throttled and every reader falls behind',
    );
    expect(f.fix).toContain('Turn on enhancedFanOut');
    expect(f.action?.changes[0]).toMatchObject({ owner: 'edge', id: 'clicks-f0', field: 'enhancedFanOut', value: true });
  });

  it('two standard readers need 1.8 MB/s: within 2 MiB/s', () => {
    expect(found(stream(2))).toEqual([]);
  });

  it('one of three on enhanced fan-out leaves two standard readers: fine', () => {
    expect(found(stream(3, [0]))).toEqual([]);
  });

  it('six standard readers poll more than 5 GetRecords calls per second, however little they read', () => {
    expect(found(stream(6, [], 10)).map((f) => f.message)).toEqual([
      '6 standard readers poll every shard at least once a second, over the 5 GetRecords calls per second a shard allows (f0, f1, f2, f3, f4, f5): reads are throttled and every reader falls behind',
    ]);
  });

  it('more than 20 enhanced fan-out consumers is an error', () => {
    const all = Array.from({ length: 21 }, (_, i) => i);
    expect(found(stream(21, all, 10)).map((f) => f.severity)).toEqual(['error']);
  });
});
