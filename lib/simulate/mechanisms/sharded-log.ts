import { EFO_READ_BYTES_PER_SECOND, GET_RECORDS_MAX_RECORDS, type OnDemandWriteCapacity, type PipelineEdge, SHARD_GET_RECORDS_PER_SECOND, SHARD_READ_BYTES_PER_SECOND } from '../../model';
import type { Clock } from '../behaviour';
import { type CohortMerge, poisonInFront } from '../cohort-queue';
import { LaneCohorts } from './lane-cohorts';
import type { NodeCounters } from '../node-counters';

/** Cohorts a lane keeps one per step before merging them by the minute (see ShardedLog's constructor). */
const LANE_MERGE_ABOVE = 1024;

/**
 * One reader of the stream. Each reader sees every record (streams fan out), so each has its
 * own lanes: a lane is a shard, or with a parallelization factor F a 1/F share of a shard's
 * partition keys, kept in order.
 */
export class LogReader {
  private readonly queues: LaneCohorts[];
  /** Records taken by the reader and not yet done (a batch being invoked or retried). */
  inFlight = 0;
  /**
   * Entry time of the reader's oldest record, waiting in a lane or in flight. Without a poller
   * (Firehose, a Glue job) none is in flight: its lanes' heads. A stream poller replaces it
   * with one that also looks at its batches.
   */
  oldest: () => number = () => this.oldestQueued();
  private rotation = 0;

  constructor(
    readonly edge: PipelineEdge | undefined,
    readonly lanesPerShard: number,
    /** Reads through its own enhanced fan-out consumer rather than sharing the shard's read limit. */
    readonly enhancedFanOut: boolean,
    shards: number,
    private readonly settle: () => void,
    merge?: CohortMerge,
  ) {
    this.queues = Array.from({ length: shards * lanesPerShard }, () => new LaneCohorts(merge));
  }

  /** The reader's lanes, with every write so far in them (reading them settles pending writes). */
  get lanes(): LaneCohorts[] {
    this.settle();
    return this.queues;
  }

  /** Entry time of the oldest record waiting in the reader's lanes (each lane's head: lanes are in entry order). */
  oldestQueued(): number {
    this.settle();
    let oldest = Infinity;
    for (const lane of this.queues) {
      const t = lane.headTime();
      if (t < oldest) oldest = t;
    }
    return oldest;
  }

  /** Spread a shard's accepted records over its lanes. */
  append(shard: number, count: number, poison: number, now: number): void {
    const f = this.lanesPerShard;
    if (f === 1) {
      this.queues[shard].push(count, poison, now);
      return;
    }
    const q = Math.floor(count / f);
    const r = count - q * f;
    const pq = Math.floor(poison / f);
    const pr = poison - pq * f;
    for (let i = 0; i < f; i++) {
      const lane = (this.rotation + i) % f;
      this.queues[shard * f + lane].push(q + (i < r ? 1 : 0), pq + (i < pr ? 1 : 0), now);
    }
    this.rotation = (this.rotation + r) % f;
  }
}

export interface StreamReaderSpec {
  edge: PipelineEdge;
  lanesPerShard: number;
  enhancedFanOut: boolean;
}

export interface ShardedLogOptions {
  shards: number;
  retentionSeconds: number;
  /** Per shard; Infinity when writes are never throttled (on-demand, DynamoDB streams). */
  writeRecordsPerSecond: number;
  writeBytesPerSecond: number;
  recordBytes: number;
  /** One entry per reader: the edge it reads along, its lanes per shard, and whether it has its own enhanced fan-out pipe. */
  readers: StreamReaderSpec[];
  /**
   * Kinesis: standard readers share each shard's 2 MB/s and 5 GetRecords calls/s; an enhanced
   * fan-out reader has its own 2 MB/s. Off for DynamoDB streams, whose reads are not limited here.
   */
  sharedReads: boolean;
  counters: NodeCounters;
  /** Share of records with the busiest partition key: they all go to shard 0 (traffic.hotKeyShare). */
  hotKeyShare?: number;
  /** An on-demand stream's whole-stream write capacity (its shards then have no write limit of their own). */
  onDemand?: OnDemandWriteCapacity;
}

/**
 * A sharded, ordered log with retention: a Kinesis stream or a DynamoDB stream. Writes are
 * spread evenly over the shards (random partition keys); each shard accepts what its write
 * limit allows and throttles the rest. Records stay until every reader has read them or they
 * pass the retention period. A stream nobody reads keeps its records until they expire.
 */
export class ShardedLog {
  readonly readers: LogReader[];
  private readonly tokens: Float64Array;
  private readonly shardRate: number;
  private held = 0;
  private rotation = 0;
  /** Writes of the current step not yet spread over the shards (see `write`). */
  private pendingCount = 0;
  private pendingPoison = 0;
  private pendingStep = -1;
  private pendingNow = 0;
  private pendingDt = 1;
  /** The step whose write allowance the token buckets last received. */
  private refilledStep = -1;
  /**
   * No record in any lane entered before this (lanes are in entry order, and records only
   * leave from the front), so expiry need not look at the lanes until the cutoff passes it.
   */
  private oldestHead = Infinity;
  /** Readers sharing each shard's read limit (those without enhanced fan-out). */
  readonly standardReaders: number;
  /** Highest write rate one shard was offered, in records per second. */
  peakOfferedPerShard = 0;

  constructor(private readonly o: ShardedLogOptions) {
    const readers = o.readers.length > 0 ? o.readers : [{ edge: undefined, lanesPerShard: 1, enhancedFanOut: false }];
    // A lane holds a cohort per step of backlog: past LANE_MERGE_ABOVE, steps that fall in the
    // same 1/1440 of the retention period (a minute of a day) share one, so a lane's size and
    // cost stay bounded however long its backlog. Those records then expire with the oldest.
    const merge = { above: LANE_MERGE_ABOVE, bucketSeconds: Math.max(1, o.retentionSeconds / 1440) };
    this.readers = readers.map((r) => new LogReader(r.edge, r.lanesPerShard, r.enhancedFanOut, o.shards, () => this.settle(), merge));
    this.standardReaders = this.readers.filter((r) => !r.enhancedFanOut).length;
    this.tokens = new Float64Array(o.shards);
    this.shardRate = Math.min(o.writeRecordsPerSecond, o.writeBytesPerSecond / Math.max(o.recordBytes, 1));
  }

  get shards(): number {
    return this.o.shards;
  }

  reader(edgeId: string): LogReader | undefined {
    return this.readers.find((r) => r.edge?.id === edgeId);
  }

  /**
   * Records written in this step. Writes of one step are gathered and spread over the shards
   * once, when anything next looks at the stream: a step's cost then does not grow with the
   * number of writers or batches writing to it, and the shards' write allowance is one step's
   * however many writes share it.
   */
  write(count: number, poison: number, clock: Clock): void {
    if (count <= 0) return;
    if (this.pendingStep !== clock.step) this.settle();
    this.pendingCount += count;
    this.pendingPoison += poison;
    this.pendingStep = clock.step;
    this.pendingNow = clock.now;
    this.pendingDt = clock.dt;
  }

  /** Spread the pending writes, if any, over the shards: each accepts what its write limit allows. */
  private settle(): void {
    if (this.pendingCount === 0) return;
    let count = this.pendingCount;
    let poison = this.pendingPoison;
    const dt = this.pendingDt;
    const now = this.pendingNow;
    this.pendingCount = 0;
    this.pendingPoison = 0;
    const { shards, counters, onDemand, recordBytes } = this.o;
    let throttled = 0;
    if (onDemand) {
      // The stream as a whole accepts what its on-demand capacity allows this step.
      const cap = onDemand.capacity(now);
      const allowed = Math.floor(Math.min(cap.records, cap.bytes / Math.max(recordBytes, 1)) * dt + 1e-9);
      if (count > allowed) {
        poison = poisonInFront(count, poison, allowed);
        throttled = count - allowed;
        count = allowed;
      }
      onDemand.record(now, count / dt, (count * recordBytes) / dt);
    }
    const copies = this.readers.length;
    // The busiest key's records all go to one shard; the rest spread evenly over all of them.
    const hot = this.hotRecords(count);
    const q = Math.floor((count - hot) / shards);
    const r = count - hot - q * shards;
    const pq = Math.floor(poison / shards);
    const pr = poison - pq * shards;
    const perStep = this.shardRate * dt;
    // Token buckets holding at most one step's allowance (or one record, so slow limits still
    // let whole records through), topped up once per step that has passed.
    const refill = this.refilledStep < 0 ? 1 : this.pendingStep - this.refilledStep;
    this.refilledStep = this.pendingStep;
    let accepted = 0;
    // With a hot key, a shard may hold fewer records than its even share of poison: the excess
    // goes to the hot shard, so no poison record is lost or made up.
    let hotPoison: number[] | undefined;
    if (hot > 0) {
      hotPoison = [];
      let excess = 0;
      for (let i = 0; i < shards; i++) {
        const shard = (this.rotation + i) % shards;
        const c = q + (i < r ? 1 : 0) + (shard === 0 ? hot : 0);
        const even = pq + (i < pr ? 1 : 0);
        hotPoison[shard] = Math.min(c, even);
        excess += even - hotPoison[shard];
      }
      hotPoison[0] += excess;
    }
    const offered = (q + (r > 0 ? 1 : 0) + hot) / dt;
    if (offered > this.peakOfferedPerShard) this.peakOfferedPerShard = offered;
    for (let i = 0; i < shards; i++) {
      const shard = (this.rotation + i) % shards;
      let ok = q + (i < r ? 1 : 0) + (shard === 0 ? hot : 0);
      const c = ok;
      if (perStep !== Infinity) {
        const t = refill > 0 ? Math.min(this.tokens[shard] + perStep * refill, Math.max(perStep, 1)) : this.tokens[shard];
        ok = Math.min(c, Math.floor(t + 1e-9));
        this.tokens[shard] = t - ok;
      }
      if (c === 0) continue;
      const p = hot > 0 ? hotPoison![shard] : pq + (i < pr ? 1 : 0);
      const okPoison = ok === c ? p : poisonInFront(c, p, ok);
      throttled += c - ok;
      accepted += ok;
      if (ok > 0) for (const reader of this.readers) reader.append(shard, ok, okPoison, now);
    }
    if (accepted > 0 && now < this.oldestHead) this.oldestHead = now;
    this.rotation = (this.rotation + r) % shards;
    counters.throttled += throttled;
    counters.received += throttled + accepted * copies;
    // Each reader gets every record: all but one are copies.
    counters.copies += accepted * (copies - 1);
    this.held += accepted * copies;
  }

  /** Records of `count` that carry the hot key, carrying the fraction over so none is lost or made up. */
  private hotCarry = 0;
  private hotRecords(count: number): number {
    const share = this.o.hotKeyShare ?? 0;
    if (share <= 0) return 0;
    const exact = count * share + this.hotCarry;
    const hot = Math.min(count, Math.floor(exact + 1e-9));
    this.hotCarry = Math.max(0, exact - hot);
    return hot;
  }

  /** Drop what has passed the retention period (records still in lanes; in-flight batches are the poller's). */
  expire(clock: Clock): void {
    this.settle();
    const cutoff = clock.now - this.o.retentionSeconds;
    if (cutoff < this.oldestHead) return;
    let expired = 0;
    let oldest = Infinity;
    for (const reader of this.readers)
      for (const lane of reader.lanes) {
        if (lane.headTime() <= cutoff) expired += lane.expireFront(cutoff);
        const head = lane.headTime();
        if (head < oldest) oldest = head;
      }
    this.oldestHead = oldest;
    this.o.counters.expired += expired;
    this.held -= expired;
  }

  get retentionSeconds(): number {
    return this.o.retentionSeconds;
  }

  /**
   * A poller takes records from one of the reader's lanes (a queue it got from `reader.lanes`,
   * so already settled: taking it again would settle again for nothing) into a batch: they stay
   * the stream's until released.
   */
  take(reader: LogReader, queue: LaneCohorts, n: number, now: number): number {
    const poison = queue.take(n, now);
    reader.inFlight += n;
    return poison;
  }

  /** Records of a batch are done with: read (processed, even when the consumer then failed them) or expired. */
  release(reader: LogReader, n: number, outcome: 'processed' | 'expired'): void {
    reader.inFlight -= n;
    this.held -= n;
    if (outcome === 'processed') this.o.counters.processed += n;
    else this.o.counters.expired += n;
  }

  /** A reader without batches (Firehose, a Glue job) takes up to `maxPerLane` records from each lane. */
  drain(reader: LogReader, maxPerLane: number, now: number): number {
    let total = 0;
    for (const lane of reader.lanes) {
      const n = Math.min(lane.count, maxPerLane);
      if (n > 0) {
        lane.take(n, now);
        total += n;
      }
    }
    this.held -= total;
    this.o.counters.processed += total;
    return total;
  }

  /**
   * Records a reader may read per lane in one step. Standard readers split each shard's 2 MB/s
   * and 5 GetRecords calls/s evenly (at most 10,000 records a call); an enhanced fan-out reader
   * has 2 MB/s of its own. https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html
   */
  readLimitPerLane(reader: LogReader, dt: number): number {
    if (!this.o.sharedReads) return Infinity;
    const recordBytes = Math.max(this.o.recordBytes, 1);
    let perSecond: number;
    if (reader.enhancedFanOut) perSecond = EFO_READ_BYTES_PER_SECOND / recordBytes;
    else {
      const share = Math.max(1, this.standardReaders);
      perSecond = Math.min(SHARD_READ_BYTES_PER_SECOND / share / recordBytes, (SHARD_GET_RECORDS_PER_SECOND / share) * GET_RECORDS_MAX_RECORDS);
    }
    return Math.max(1, Math.floor((perSecond * dt) / reader.lanesPerShard));
  }

  backlog(): number {
    this.settle();
    return this.held;
  }

  oldestTime(): number {
    let oldest = Infinity;
    for (const reader of this.readers) {
      const t = reader.oldest();
      if (t < oldest) oldest = t;
    }
    return oldest;
  }

  waitTotals(): { sum: number; count: number } {
    let sum = 0;
    let count = 0;
    for (const reader of this.readers)
      for (const lane of reader.lanes) {
        sum += lane.waitSum;
        count += lane.waitCount;
      }
    return { sum, count };
  }
}
