import { HOURS_PER_MONTH, nodeMonthly, PRICES } from '../../../cost';
import { shardsForWrites } from '../../../model';
import { defineRule } from '../../define-rule';
import { costFacts, PRICING_PAGES, usd } from '../../facts/cost';
import { num } from '../../format';

/** The other mode must save at least this share and this much a month to be worth a finding. */
const MIN_SAVING_SHARE = 0.25;
const MIN_SAVING_USD = 5;
/** Provisioned capacity sized for the average at DynamoDB auto scaling's default 70 % target utilisation. */
export const TARGET_UTILISATION = 0.7;
const KB = 1024;
/** Provisioned capacity must carry the peak: the traffic patterns' peaks over their average (lib/model/traffic.ts). */
const PEAK_OVER_AVERAGE = { constant: 1, diurnal: 2, spike: 5 } as const;

const worthIt = (current: number, other: number) => current - other >= MIN_SAVING_USD && other <= current * (1 - MIN_SAVING_SHARE);

export const costCapacityBreakEven = defineRule({
  id: 'cost-capacity-break-even',
  area: 'cost',
  severity: 'info',
  title: 'The other capacity mode costs less for this traffic',
  docsUrl: PRICING_PAGES.dynamodb,
  description:
    'Kinesis streams and DynamoDB tables are billed either for capacity provisioned by the hour or per request (on-demand). Steady traffic is cheaper provisioned; spiky or little traffic is cheaper on-demand. For a DynamoDB table, provisioned write capacity costs less than on-demand writes once the table uses more than about 29 % of it on average (us-east-1: a WCU-hour, $0.00065, buys 3,600 writes that cost $0.00225 on-demand). The finding compares both modes for the design\'s steady traffic at the list prices of the pipeline\'s Region, provisioned capacity sized for the traffic pattern\'s peak at auto scaling\'s 70 % target; a table is compared on-demand to provisioned only for the writes its own traffic describes. DynamoDB reads are not modelled, so only writes are compared.',
  check(ctx) {
    const facts = costFacts(ctx.pipeline);
    const streams = ctx.nodesOfKind('kinesis-stream').flatMap((stream) => {
      const c = stream.config;
      const a = facts.activity(stream.id);
      const current = nodeMonthly(stream, a, facts.region);
      // Shards for the traffic pattern's peak: writes above a shard's capacity are throttled.
      const shards = shardsForWrites(facts.recordsPerSecond(stream.id) * PEAK_OVER_AVERAGE[c.traffic.pattern], a.recordBytes);
      const otherConfig = c.mode === 'on-demand' ? { ...c, mode: 'provisioned' as const, shardCount: shards } : { ...c, mode: 'on-demand' as const };
      const other = nodeMonthly({ ...stream, config: otherConfig }, a, facts.region);
      if (!worthIt(current, other)) return [];
      const otherName = c.mode === 'on-demand' ? `provisioned with ${num(shards)} shard${shards === 1 ? '' : 's'}` : 'on-demand';
      return [
        ctx.atNode(stream, 'mode', {
          message: `for the design's steady traffic this ${c.mode} stream costs ${usd(current)} a month; ${otherName} it would cost ${usd(other)} in ${facts.region}`,
          fix: c.mode === 'on-demand' ? 'Use provisioned mode if the traffic is steady (on-demand pays for spikes you do not have).' : 'Use on-demand mode, or fewer shards.',
        }),
      ];
    });
    const tables = ctx.nodesOfKind('dynamodb-table').flatMap((table) => {
      const c = table.config;
      // On-demand to provisioned: only for writes the table's own traffic describes (rate and
      // pattern); writes that arrive from functions follow uploads, API calls or events, whose
      // peaks the design's average does not show, and that is what on-demand is for.
      if (c.billingMode !== 'PROVISIONED' && c.traffic.recordsPerSecond <= 0) return [];
      const a = facts.activity(table.id);
      const writeUnitsPerSecond = facts.recordsPerSecond(table.id) * Math.max(1, Math.ceil(Math.min(a.recordBytes, 400 * KB) / KB));
      const onDemand = writeUnitsPerSecond * 3600 * HOURS_PER_MONTH * PRICES.dynamodbWriteRequestUnit.usd[facts.region];
      const peak = PEAK_OVER_AVERAGE[c.traffic.pattern];
      const wcu = c.billingMode === 'PROVISIONED' ? c.writeCapacityUnits : Math.max(1, Math.ceil((writeUnitsPerSecond * peak) / TARGET_UTILISATION));
      const provisioned = wcu * HOURS_PER_MONTH * PRICES.dynamodbWcuHour.usd[facts.region];
      const [current, other] = c.billingMode === 'PROVISIONED' ? [provisioned, onDemand] : [onDemand, provisioned];
      if (!worthIt(current, other)) return [];
      const breakEven = Math.round((PRICES.dynamodbWcuHour.usd[facts.region] / (3600 * PRICES.dynamodbWriteRequestUnit.usd[facts.region])) * 100);
      const used = `${num(Math.round(writeUnitsPerSecond * 100) / 100)} write units/s`;
      return [
        ctx.atNode(table, 'billingMode', {
          message:
            c.billingMode === 'PROVISIONED'
              ? `its ${num(wcu)} WCU cost ${usd(current)} a month for ${used}; the same writes on-demand would cost ${usd(other)} in ${facts.region} (provisioned pays off above about ${breakEven}% use)`
              : `its on-demand writes (${used}) cost ${usd(current)} a month; ${num(wcu)} provisioned WCU (the ${c.traffic.pattern} traffic's peak at ${Math.round(TARGET_UTILISATION * 100)}% utilisation) would cost ${usd(other)} in ${facts.region} (provisioned pays off above about ${breakEven}% use)`,
          fix: c.billingMode === 'PROVISIONED' ? 'Use on-demand (PAY_PER_REQUEST) billing, or fewer WCU.' : 'Use provisioned billing with auto scaling if the traffic is steady.',
        }),
      ];
    });
    return [...streams, ...tables];
  },
  examples: {
    // 100 steady writes/s of 1 KB on-demand: 262.8 M write request units × $0.625/M = $164.25;
    // provisioned at 70 %: 143 WCU × 730 h × $0.00065 = $67.85 (us-east-1 list prices).
    failing: { nodes: [{ id: 'orders', kind: 'dynamodb-table', config: { traffic: { recordsPerSecond: 100, avgRecordBytes: 1000 } } }] },
    // The same writes in spikes (5× for a minute in ten): 715 WCU, $339.30, more than on-demand.
    passing: { nodes: [{ id: 'orders', kind: 'dynamodb-table', config: { traffic: { recordsPerSecond: 100, avgRecordBytes: 1000, pattern: 'spike' } } }] },
  },
});
