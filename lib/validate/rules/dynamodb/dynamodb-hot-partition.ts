import { DYNAMODB_PARTITION, dynamodbWriteUnits } from '../../../model';
import { defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import { num } from '../../format';

export const dynamodbHotPartition = defineRule({
  id: 'dynamodb-hot-partition',
  area: 'dynamodb',
  severity: 'error',
  title: 'Busiest partition key above what one DynamoDB partition takes',
  docsUrl: DYNAMODB_PARTITION.url,
  description:
    'All items with one partition key live in one partition, and a partition serves at most 1,000 write units and 3,000 read units per second, on demand or provisioned. Writes to a hot key beyond that are throttled however much capacity the table has.',
  check(ctx) {
    return ctx.nodesOfKind('dynamodb-table').flatMap((table) => {
      const t = table.config.traffic;
      if (t.hotKeyShare === 0 || t.recordsPerSecond === 0) return [];
      const units = dynamodbWriteUnits(t.avgRecordBytes);
      const hotWrites = t.recordsPerSecond * t.hotKeyShare;
      const hotUnits = hotWrites * units;
      if (hotUnits <= DYNAMODB_PARTITION.writeUnitsPerSecond) return [];
      const fitting = DYNAMODB_PARTITION.writeUnitsPerSecond / units / t.recordsPerSecond;
      const share = Math.floor(fitting * 1000) / 1000;
      return [
        ctx.atNode(table, 'traffic.hotKeyShare', {
          message: `the busiest key takes ${num(t.hotKeyShare * 100)}% of ${num(t.recordsPerSecond)} writes/s = ${num(hotWrites)} writes/s × ${num(units)} write unit${units === 1 ? '' : 's'} = ${num(hotUnits)} units/s, over the ${num(DYNAMODB_PARTITION.writeUnitsPerSecond)} a partition takes: writes to that key are throttled`,
          fix: 'Spread the key (add a suffix, e.g. a shard number, and read across the suffixes), or write less per key (aggregate first).',
          action: setAction(`Spread keys so the busiest has ${num(share * 100)}%`, 'node', table.id, 'traffic.hotKeyShare', share),
        }),
      ];
    });
  },
  examples: {
    failing: { nodes: [{ id: 'sessions', kind: 'dynamodb-table', config: { traffic: { recordsPerSecond: 5000, avgRecordBytes: 500, hotKeyShare: 0.5 } } }] },
    passing: { nodes: [{ id: 'sessions', kind: 'dynamodb-table', config: { traffic: { recordsPerSecond: 5000, avgRecordBytes: 500, hotKeyShare: 0.1 } } }] },
  },
});
