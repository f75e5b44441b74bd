import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../../model';
import { validatePipeline } from '../..';

/**
 * List prices: https://aws.amazon.com/kinesis/data-streams/pricing/ (shard-hour $0.015 in
 * us-east-1, $0.018 in ap-southeast-2) and https://aws.amazon.com/dynamodb/pricing/provisioned/
 * (WCU-hour $0.00065 in us-east-1), as lib/cost/prices.ts holds them; a month is 730 hours.
 */
const found = (b: PipelineBuilder) => validatePipeline(b.build()).findings.filter((f) => f.rule === 'cost-provisioned-idle');
const stream = (shardCount: number, recordsPerSecond: number) => new PipelineBuilder('k').node('clicks', 'kinesis-stream', { shardCount, traffic: { recordsPerSecond, avgRecordBytes: 1024 } });

describe('cost-provisioned-idle', () => {
  it('prices the shards a stream does not use', () => {
    // 100 records/s of 1 KB: 10 % of one shard's 1,000 records/s, 1 % of 10 shards; 1 shard
    // carries it, the other 9 cost 9 × 730 × $0.015 = $98.55 a month.
    expect(found(stream(10, 100)).map((f) => [f.nodeId, f.field, f.message])).toEqual([
      ['clicks', 'shardCount', 'the design writes 100 records/s (100 KB/s), 1% of the write capacity of 10 shards: 1 would carry it, and the other 9 cost $98.55 a month of shard-hours in us-east-1'],
    ]);
  });

  it('prices them in the pipeline\'s Region', () => {
    // 9 × 730 × $0.018 = $118.26 in Sydney.
    const p = stream(10, 100).build();
    const findings = validatePipeline({ ...p, region: 'ap-southeast-2' }).findings.filter((f) => f.rule === 'cost-provisioned-idle');
    expect(findings[0].message).toContain('the other 9 cost $118.26 a month of shard-hours in ap-southeast-2');
  });

  it('is quiet on a stream that uses a quarter or more, on one shard, and on on-demand', () => {
    expect(found(stream(4, 1000))).toEqual([]); // 25 %
    expect(found(stream(1, 0))).toEqual([]);
    expect(found(new PipelineBuilder('k').node('clicks', 'kinesis-stream', { mode: 'on-demand', traffic: { recordsPerSecond: 1, avgRecordBytes: 10 } }))).toEqual([]);
  });

  it('prices the write capacity a provisioned table does not use', () => {
    // 10 writes/s of 1 KB against 100 WCU: 10 %; 90 WCU × 730 × $0.00065 = $42.705, $42.71 rounded half up.
    const b = new PipelineBuilder('d').node('orders', 'dynamodb-table', { billingMode: 'PROVISIONED', writeCapacityUnits: 100, traffic: { recordsPerSecond: 10, avgRecordBytes: 1000 } });
    const [f] = found(b);
    expect(f.field).toBe('writeCapacityUnits');
    expect(f.message).toMatch(/^the design writes 10 write units\/s, 10% of the 100 WCU provisioned: the 90 WCU beyond what it uses cost \$42\.71 a month in us-east-1/);
    // Default 5 WCU: at most $2.37 idle, under the $5 worth a finding.
    expect(found(new PipelineBuilder('d').node('orders', 'dynamodb-table', { billingMode: 'PROVISIONED' }))).toEqual([]);
  });
});
