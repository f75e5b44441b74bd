import { describe, expect, it } from 'vitest';
import { estimateDesign } from '@/lib/cost';
import { PipelineBuilder } from '@/lib/model';
import { costRows, sortRows } from './cost-rows';

describe('cost rows', () => {
  // A 2-shard stream is 1,460 shard-hours × $0.015 = $21.90; a 1-shard one $10.95
  // (https://aws.amazon.com/kinesis/data-streams/pricing/, us-east-1, no traffic so no PUT units).
  const p = new PipelineBuilder('c')
    .node('big', 'kinesis-stream', { shardCount: 2, traffic: { recordsPerSecond: 0, avgRecordBytes: 1024 } })
    .node('small', 'kinesis-stream', { shardCount: 1, traffic: { recordsPerSecond: 0, avgRecordBytes: 1024 } })
    .build();
  const design = estimateDesign(p);

  it('has one row per service with its lines', () => {
    const rows = costRows(p, design, null);
    expect(rows.map((r) => [r.id, r.design])).toEqual([['big', 21.9], ['small', 10.95]]);
    expect(rows[0].lines[0].item).toBe('1,460 shard-hours × $0.015/shard-hour');
    expect(rows[0].simulation).toBeUndefined();
  });

  it('sorts by a column either way, by name on ties', () => {
    const rows = costRows(p, design, design);
    expect(sortRows(rows, 'design', false).map((r) => r.id)).toEqual(['small', 'big']);
    expect(sortRows(rows, 'design', true).map((r) => r.id)).toEqual(['big', 'small']);
    expect(sortRows(rows, 'name', true).map((r) => r.id)).toEqual(['small', 'big']);
    expect(rows[1].lines[0].simulation).toBe(10.95);
  });
});
