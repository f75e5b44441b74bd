import { HOURS_PER_MONTH, PRICES } from '../../../cost';
import { SHARD_WRITE_BYTES_PER_SECOND, SHARD_WRITE_RECORDS_PER_SECOND, shardsForWrites } from '../../../model';
import { defineRule } from '../../define-rule';
import { costFacts, PRICING_PAGES, usd } from '../../facts/cost';
import { bytes, num } from '../../format';

/** Capacity used below this share of what is provisioned is "mostly idle". */
export const IDLE_SHARE = 0.25;
/** Idle capacity worth less than this a month is not worth a finding. */
const MIN_IDLE_USD = 5;
const KB = 1024;
const ITEM_MAX_BYTES = 400 * KB;

const pct = (share: number) => `${num(Math.round(share * 1000) / 10)}%`;

export const costProvisionedIdle = defineRule({
  id: 'cost-provisioned-idle',
  area: 'cost',
  severity: 'info',
  title: 'Provisioned capacity mostly idle',
  docsUrl: PRICING_PAGES.kinesis,
  description:
    'Provisioned capacity is billed by the hour whether it is used or not: a Kinesis shard costs its shard-hours (1 MB/s or 1,000 records/s of writes each), a DynamoDB write capacity unit its WCU-hours (one 1 KB write per second). When the design writes under a quarter of what is provisioned, most of that bill buys nothing. The figures are the design estimate\'s (traffic × settings, steady state, list prices of the pipeline\'s Region): peaks above the average need headroom the design does not show.',
  check(ctx) {
    const facts = costFacts(ctx.pipeline);
    const streams = ctx.nodesOfKind('kinesis-stream').flatMap((stream) => {
      const c = stream.config;
      if (c.mode !== 'provisioned' || c.shardCount <= 1) return [];
      const rate = facts.recordsPerSecond(stream.id);
      const recordBytes = facts.activity(stream.id).recordBytes;
      const used = Math.max(rate / SHARD_WRITE_RECORDS_PER_SECOND, (rate * recordBytes) / SHARD_WRITE_BYTES_PER_SECOND) / c.shardCount;
      const needed = shardsForWrites(rate, recordBytes);
      const idle = c.shardCount - needed;
      const idleUsd = idle * HOURS_PER_MONTH * PRICES.kinesisShardHour.usd[facts.region];
      if (used >= IDLE_SHARE || idle <= 0 || idleUsd < MIN_IDLE_USD) return [];
      return [
        ctx.atNode(stream, 'shardCount', {
          message: `the design writes ${num(rate)} records/s (${bytes(rate * recordBytes)}/s), ${pct(used)} of the write capacity of ${num(c.shardCount)} shards: ${num(needed)} would carry it, and the other ${num(idle)} cost ${usd(idleUsd)} a month of shard-hours in ${facts.region}`,
          fix: `Use fewer shards (leave headroom for peaks; a Lambda consumer's parallelization factor makes up for fewer shards), or on-demand mode if the traffic is spiky.`,
        }),
      ];
    });
    const tables = ctx.nodesOfKind('dynamodb-table').flatMap((table) => {
      const c = table.config;
      if (c.billingMode !== 'PROVISIONED') return [];
      const a = facts.activity(table.id);
      // One WCU is one write per second of an item up to 1 KB; larger items take one per KB.
      const writeUnits = facts.recordsPerSecond(table.id) * Math.max(1, Math.ceil(Math.min(a.recordBytes, ITEM_MAX_BYTES) / KB));
      const used = writeUnits / c.writeCapacityUnits;
      const idle = c.writeCapacityUnits - Math.max(1, Math.ceil(writeUnits));
      const idleUsd = idle * HOURS_PER_MONTH * PRICES.dynamodbWcuHour.usd[facts.region];
      if (used >= IDLE_SHARE || idle <= 0 || idleUsd < MIN_IDLE_USD) return [];
      return [
        ctx.atNode(table, 'writeCapacityUnits', {
          message: `the design writes ${num(Math.round(writeUnits * 100) / 100)} write units/s, ${pct(used)} of the ${num(c.writeCapacityUnits)} WCU provisioned: the ${num(idle)} WCU beyond what it uses cost ${usd(idleUsd)} a month in ${facts.region} (reads are not modelled)`,
          fix: 'Provision fewer write capacity units (or let auto scaling track the traffic), or use on-demand (PAY_PER_REQUEST) billing.',
        }),
      ];
    });
    return [...streams, ...tables];
  },
  examples: {
    // 10 shards for 100 records/s of 1 KB: 10 % of one shard's record limit, 1 % of the stream's.
    failing: { nodes: [{ id: 'clicks', kind: 'kinesis-stream', config: { shardCount: 10, traffic: { recordsPerSecond: 100, avgRecordBytes: 1024 } } }] },
    passing: { nodes: [{ id: 'clicks', kind: 'kinesis-stream', config: { shardCount: 2, traffic: { recordsPerSecond: 1500, avgRecordBytes: 500 } } }] },
  },
});
