import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../../model';
import { validatePipeline } from '../..';

/**
 * us-east-1 list prices (lib/cost/prices.ts): DynamoDB on-demand $0.625 per million write
 * request units, provisioned $0.00065 per WCU-hour (https://aws.amazon.com/dynamodb/pricing/);
 * Kinesis on-demand $0.04 per stream-hour and $0.08 per GB written, provisioned $0.015 per
 * shard-hour and $0.014 per million 25 KB PUT units (https://aws.amazon.com/kinesis/data-streams/pricing/).
 */
const found = (b: PipelineBuilder) => validatePipeline(b.build()).findings.filter((f) => f.rule === 'cost-capacity-break-even');
const table = (config: Record<string, unknown>) => new PipelineBuilder('d').node('orders', 'dynamodb-table', config);

describe('cost-capacity-break-even', () => {
  it('points an on-demand table with steady writes to provisioned capacity', () => {
    // 100 writes/s of 1 KB: 262.8 M units × $0.625/M = $164.25; 143 WCU (100 / 0.7) × 730 × $0.00065 = $67.85.
    expect(found(table({ traffic: { recordsPerSecond: 100, avgRecordBytes: 1000 } })).map((f) => [f.field, f.message])).toEqual([
      ['billingMode', "its on-demand writes (100 write units/s) cost $164.25 a month; 143 provisioned WCU (the constant traffic's peak at 70% utilisation) would cost $67.85 in us-east-1 (provisioned pays off above about 29% use)"],
    ]);
  });

  it('sizes provisioned capacity for spikes, where on-demand wins', () => {
    // Spikes of 5×: 715 WCU, $339.27, more than on-demand's $164.25.
    expect(found(table({ traffic: { recordsPerSecond: 100, avgRecordBytes: 1000, pattern: 'spike' } }))).toEqual([]);
  });

  it('points an oversized provisioned table to on-demand', () => {
    // 1,000 WCU for 10 writes/s: $474.50 a month; on-demand 26.28 M units × $0.625/M = $16.43.
    const [f] = found(table({ billingMode: 'PROVISIONED', writeCapacityUnits: 1000, traffic: { recordsPerSecond: 10, avgRecordBytes: 1000 } }));
    expect(f.message).toBe('its 1,000 WCU cost $474.50 a month for 10 write units/s; the same writes on-demand would cost $16.43 in us-east-1 (provisioned pays off above about 29% use)');
  });

  it('points an on-demand stream with steady traffic to provisioned shards', () => {
    // 500 records/s of 1 KB on-demand: 730 × $0.04 = $29.20 + 1,314,000,000 KB = 1,253.13 GB × $0.08 = $100.25;
    // provisioned, 1 shard: 730 × $0.015 = $10.95 + 1.314 B PUT units × $0.014/M = $18.40.
    const b = new PipelineBuilder('k').node('clicks', 'kinesis-stream', { mode: 'on-demand', traffic: { recordsPerSecond: 500, avgRecordBytes: 1024 } });
    expect(found(b).map((f) => f.message)).toEqual(["for the design's steady traffic this on-demand stream costs $129.45 a month; provisioned with 1 shard it would cost $29.35 in us-east-1"]);
  });

  it('is quiet where the mode chosen is the cheaper one, or the saving is small', () => {
    expect(found(new PipelineBuilder('k').node('clicks', 'kinesis-stream', { shardCount: 1, traffic: { recordsPerSecond: 500, avgRecordBytes: 1024 } }))).toEqual([]);
    expect(found(table({ traffic: { recordsPerSecond: 2, avgRecordBytes: 1000 } }))).toEqual([]);
  });
});
