import { DYNAMODB_PARTITION, dynamodbWriteUnits } from '../../model';
import type { Clock } from '../behaviour';

/**
 * The busiest partition key of a DynamoDB table: its share of the writes all go to one
 * partition, which takes 1,000 write units per second (bp-partition-key-design.html). Writes
 * to it beyond that in a step are throttled; the other keys are spread and not limited here.
 */
export class HotPartition {
  private carry = 0;
  private step = -1;
  private used = 0;
  private readonly perSecond: number;

  constructor(
    private readonly share: number,
    itemBytes: number,
  ) {
    this.perSecond = DYNAMODB_PARTITION.writeUnitsPerSecond / dynamodbWriteUnits(itemBytes);
  }

  /** Of `count` writes in this step, how many are throttled. */
  throttle(count: number, clock: Clock): number {
    if (this.share <= 0 || count <= 0) return 0;
    if (clock.step !== this.step) {
      this.step = clock.step;
      this.used = 0;
    }
    const exact = count * this.share + this.carry;
    const hot = Math.min(count, Math.floor(exact + 1e-9));
    this.carry = Math.max(0, exact - hot);
    const room = Math.max(0, Math.floor(this.perSecond * clock.dt + 1e-9) - this.used);
    const ok = Math.min(hot, room);
    this.used += ok;
    return hot - ok;
  }
}
