import { SHARD_WRITE_BYTES_PER_SECOND, SHARD_WRITE_RECORDS_PER_SECOND, shardsForWrites } from './kinesis';

/**
 * Kinesis on-demand capacity, as AWS documents it (checked 2026-12-06):
 * https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html#ondemandmode
 * A new on-demand stream accepts 4 MB/s and 4,000 records/s of writes. It accommodates up to
 * double its previous peak write throughput; when traffic reaches a new peak, capacity follows,
 * but traffic that more than doubles the previous peak within 15 minutes can be throttled.
 * Sluice models that as: capacity = max(initial, 2 × the highest write rate accepted until
 * 15 minutes ago). Traffic that starts above the initial capacity is throttled for one
 * 15-minute window per doubling it needs.
 */
export const ON_DEMAND_INITIAL_WRITE_RECORDS_PER_SECOND = 4000;
export const ON_DEMAND_INITIAL_WRITE_BYTES_PER_SECOND = 4 * 1024 * 1024;
export const ON_DEMAND_SCALE_WINDOW_SECONDS = 15 * 60;
export const ON_DEMAND_PEAK_MULTIPLE = 2;

/** Shards an on-demand stream has for a traffic: enough to carry it, at least the 4 it starts with. */
export function onDemandShards(recordsPerSecond: number, avgRecordBytes: number): number {
  const initial = Math.max(ON_DEMAND_INITIAL_WRITE_RECORDS_PER_SECOND / SHARD_WRITE_RECORDS_PER_SECOND, ON_DEMAND_INITIAL_WRITE_BYTES_PER_SECOND / SHARD_WRITE_BYTES_PER_SECOND);
  return Math.max(initial, shardsForWrites(recordsPerSecond, avgRecordBytes));
}

/** How many 15-minute windows a new on-demand stream throttles a constant traffic (0 when the initial capacity carries it). */
export function onDemandRampWindows(recordsPerSecond: number, avgRecordBytes: number): number {
  const need = Math.max(recordsPerSecond / ON_DEMAND_INITIAL_WRITE_RECORDS_PER_SECOND, (recordsPerSecond * avgRecordBytes) / ON_DEMAND_INITIAL_WRITE_BYTES_PER_SECOND);
  return need <= 1 ? 0 : Math.ceil(Math.log2(need) - 1e-9);
}

/** The write capacity of one on-demand stream over time: it learns its peaks 15 minutes late. */
export class OnDemandWriteCapacity {
  /** Highest accepted rates (records/s, bytes/s) no longer inside the 15-minute window. */
  private peakRecords = 0;
  private peakBytes = 0;
  /** Accepted rates still inside the window, each higher than the ones before it (older lower ones never matter). */
  private readonly recent: { time: number; records: number; bytes: number }[] = [];

  /** Records/s and bytes/s the stream accepts at `now`. */
  capacity(now: number): { records: number; bytes: number } {
    while (this.recent.length > 0 && this.recent[0].time <= now - ON_DEMAND_SCALE_WINDOW_SECONDS) {
      const s = this.recent.shift()!;
      if (s.records > this.peakRecords) this.peakRecords = s.records;
      if (s.bytes > this.peakBytes) this.peakBytes = s.bytes;
    }
    return {
      records: Math.max(ON_DEMAND_INITIAL_WRITE_RECORDS_PER_SECOND, ON_DEMAND_PEAK_MULTIPLE * this.peakRecords),
      bytes: Math.max(ON_DEMAND_INITIAL_WRITE_BYTES_PER_SECOND, ON_DEMAND_PEAK_MULTIPLE * this.peakBytes),
    };
  }

  /** Note the rate accepted at `now`. */
  record(now: number, recordsPerSecond: number, bytesPerSecond: number): void {
    const last = this.recent[this.recent.length - 1];
    const top = last ?? { records: this.peakRecords, bytes: this.peakBytes };
    if (recordsPerSecond > top.records || bytesPerSecond > top.bytes) {
      this.recent.push({ time: now, records: Math.max(recordsPerSecond, top.records), bytes: Math.max(bytesPerSecond, top.bytes) });
    }
  }
}
