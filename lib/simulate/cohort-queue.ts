/**
 * Records waiting somewhere, as cohorts rather than one object per record: each cohort is
 * `count` records that entered at the same `time`, of which `poison` are poison records,
 * with a `tag` (an SQS receive count, an async attempt count) and a `due` time (when a
 * hidden message becomes visible again). Records leave from the front (first in, first out).
 *
 * Where exactly the poison records sit inside a cohort is not stored: they are taken to be
 * spread evenly (see `poisonInFront`), which is what matters when a batch is cut or bisected.
 *
 * A queue given a `merge` setting holds a bounded number of cohorts (issue 17): once it holds
 * `above` cohorts, a cohort pushed behind one with the same tag and due time whose entry time
 * falls in the same bucket of `bucketSeconds` joins it. The joined cohort keeps the oldest
 * entry time (its records expire with the oldest, at most one bucket early) and the sum of its
 * records' entry times, which goes with it into any queue it moves to, so waits stay exact.
 * SQS queues whose failing messages keep coming back use it: their cost per step no longer
 * grows with the number of such messages.
 */

import { OldestList } from './oldest-list';

export interface CohortMerge {
  /** Cohorts held before merging starts: below it, nothing is merged (small queues stay exact). */
  above: number;
  /** Width of the entry-time buckets within which cohorts merge. */
  bucketSeconds: number;
}

/**
 * A cohort's numbers sit side by side in one row of `rows` (count, poison records, entry time,
 * once kept the sum of entry times, tag and due time): reading the head or writing the tail
 * then touches one cache line instead of one per array. An SQS queue's returned messages carry
 * tags and due times, and each push compares them with the last cohort's.
 */
export const COUNT = 0;
export const POISON = 1;
export const TIME = 2;
export const SUM = 3;
export const TAG = 4;
export const DUE = 5;
export const ROW = 6;

export interface CohortQueueOptions {
  /**
   * Whether `oldestTime` can be asked (default true). A batch cut from a queue never is asked,
   * yet an SQS batch mixes retried and fresh messages and goes out of order every step: without
   * tracking, it does not keep the oldest-time list for nothing. Asking such a queue throws.
   */
  oldest?: boolean;
}

export class CohortQueue {
  protected rows: Float64Array;
  /** Cohorts the rows hold. */
  protected capacity: number;
  protected head = 0;
  protected size = 0;
  /** Sequence number of the head cohort: the cohort i places behind it is `headSeq + i`. */
  protected headSeq = 0;
  /**
   * True while the cohorts are in entry-time order (most queues always are): the head is
   * then the oldest. Returned messages re-enter late and break the order until the queue empties.
   */
  protected ordered = true;
  /**
   * True while neither `ordered` nor the oldest-time list is kept, since a bulk move filled the
   * queue (`MessageCohorts.moveDueInto`: an SQS queue's `again`, filled so every step and
   * emptied by its poller before anyone asks its oldest time). Both are worked out from the
   * cohorts when first needed.
   */
  protected stale = false;
  /** Out of order, the oldest entry time without a scan (see OldestList). */
  private readonly list = new OldestList();
  /** Records in the queue. */
  count = 0;
  /** Poison records in the queue. */
  poison = 0;
  /** Sum over records that left by `take` of (time they left - time they entered). */
  waitSum = 0;
  /** Records that left by `take`. */
  waitCount = 0;

  /**
   * The merge bucket of the last cohort's entry time (NaN when not worked out): a merging queue
   * holding `above` cohorts compares every push with it, and the last cohort's time only changes
   * within its bucket (a merge lowers it to an older time of the same bucket).
   */
  protected lastBucket = NaN;

  /** Whether each row's SUM is kept: only once cohorts of different times have merged (else it is count × time). */
  protected summed = false;

  /** See `CohortQueueOptions.oldest`. */
  protected readonly tracksOldest: boolean;

  constructor(
    capacity = 8,
    protected readonly merge?: CohortMerge,
    options?: CohortQueueOptions,
  ) {
    this.tracksOldest = options?.oldest ?? true;
    this.capacity = capacity;
    this.rows = new Float64Array(capacity * ROW);
  }

  private keepSums(): void {
    this.summed = true;
    const rows = this.rows;
    for (let i = 0; i < this.size; i++) {
      const r = this.slot(i) * ROW;
      rows[r + SUM] = rows[r + COUNT] * rows[r + TIME];
    }
  }

  /** Whether each cohort's sum of entry times is kept (see `push`): a reader copying cohorts mirrors it. */
  get keepsSums(): boolean {
    return this.summed;
  }

  /** Keep sums from now on, as pushing a cohort whose sum is not count × time would. */
  startSums(): void {
    if (!this.summed) this.keepSums();
  }

  get cohorts(): number {
    return this.size;
  }

  protected slot(i: number): number {
    const s = this.head + i;
    return s >= this.capacity ? s - this.capacity : s;
  }

  /** Entry time of the i-th cohort from the front. */
  private time(i: number): number {
    return this.rows[this.slot(i) * ROW + TIME];
  }

  /**
   * A new cohort at the back, already stored: whoever behind the front entered at or after it
   * can no longer be the oldest. The first cohort out of order builds the list from the queue.
   */
  private trackNew(seq: number, time: number): void {
    if (!this.tracksOldest || this.stale) return;
    if (this.ordered) {
      if (this.size === 0 || this.time(this.size - 1) <= time) return;
      this.ordered = false;
      this.relistAll();
    }
    this.list.add(seq, time);
  }

  /** The oldest-time list made again from every cohort, as adding them one by one. */
  private relistAll(): void {
    this.list.clear();
    for (let i = 0; i < this.size; i++) this.list.add(this.headSeq + i, this.time(i));
  }

  /** The last cohort took in older records: its entry time drops to theirs, and the oldest-time list follows. */
  private lowerLastTime(time: number): void {
    const lastSeq = this.headSeq + this.size - 1;
    this.rows[this.slot(this.size - 1) * ROW + TIME] = time;
    if (!this.tracksOldest || this.stale) return;
    if (this.ordered) {
      if (this.size < 2 || this.time(this.size - 2) <= time) return;
      this.ordered = false;
      this.relistAll();
      return;
    }
    this.list.lowerLast(lastSeq, time);
  }

  /** Work out `ordered` and the oldest-time list from the cohorts, as pushing them one by one would have. */
  private track(): void {
    this.stale = false;
    this.ordered = true;
    for (let i = 1; i < this.size; i++) {
      if (this.time(i) < this.time(i - 1)) {
        this.ordered = false;
        this.relistAll();
        return;
      }
    }
  }

  /** Double the capacity (only when full), the cohorts moved to the front in order, two block copies per array. */
  protected grow(): void {
    const oldCap = this.capacity;
    const firstPart = oldCap - this.head;
    const copy = (from: Float64Array, width: number): Float64Array => {
      const to = new Float64Array(oldCap * 2 * width);
      to.set(from.subarray(this.head * width));
      to.set(from.subarray(0, this.head * width), firstPart * width);
      return to;
    };
    this.rows = copy(this.rows, ROW);
    this.capacity = oldCap * 2;
    this.head = 0;
  }

  /**
   * `sum` is the sum of the records' entry times (count × time unless they come from merged
   * cohorts: pass `sumAt`/`headSum` when moving cohorts between queues). A queue given a sum
   * other than count × time keeps sums from then on, whether or not it merges itself.
   */
  push(count: number, poison: number, time: number, tag = 0, due = 0, sum?: number): void {
    if (count <= 0) return;
    // Records of a merged cohort (moved here from `hidden`, `again`...) entered at different
    // times: their sum must be kept, or their waits would count from the oldest of them.
    if (!this.summed && sum !== undefined && sum !== count * time) this.keepSums();
    this.count += count;
    this.poison += poison;
    const rows = this.rows;
    // The new records' merge bucket, when worked out (NaN never equals `lastBucket`).
    let bucket = NaN;
    if (this.size > 0) {
      const lastSlot = this.slot(this.size - 1);
      const last = lastSlot * ROW;
      const sameKey = rows[last + TAG] === tag && rows[last + DUE] === due;
      if (sameKey && rows[last + TIME] === time) {
        rows[last + COUNT] += count;
        rows[last + POISON] += poison;
        if (this.summed) rows[last + SUM] += sum ?? count * time;
        return;
      }
      const m = this.merge;
      if (sameKey && m && this.size >= m.above) {
        bucket = Math.floor(time / m.bucketSeconds);
        if (Number.isNaN(this.lastBucket)) this.lastBucket = Math.floor(rows[last + TIME] / m.bucketSeconds);
      }
      if (bucket === this.lastBucket) {
        if (!this.summed) this.keepSums();
        rows[last + COUNT] += count;
        rows[last + POISON] += poison;
        rows[last + SUM] += sum ?? count * time;
        if (time < rows[last + TIME]) this.lowerLastTime(time);
        return;
      }
    }
    if (this.size === this.capacity) this.grow();
    const s = this.slot(this.size);
    const r = s * ROW;
    const to = this.rows;
    to[r + COUNT] = count;
    to[r + POISON] = poison;
    to[r + TIME] = time;
    if (this.summed) to[r + SUM] = sum ?? count * time;
    to[r + TAG] = tag;
    to[r + DUE] = due;
    this.lastBucket = bucket;
    this.trackNew(this.headSeq + this.size, time);
    this.size++;
  }

  headTime(): number {
    return this.size > 0 ? this.rows[this.head * ROW + TIME] : Infinity;
  }

  headTag(): number {
    return this.size > 0 ? this.rows[this.head * ROW + TAG] : 0;
  }

  headDue(): number {
    return this.size > 0 ? this.rows[this.head * ROW + DUE] : Infinity;
  }

  headCount(): number {
    return this.size > 0 ? this.rows[this.head * ROW + COUNT] : 0;
  }

  headPoison(): number {
    return this.size > 0 ? this.rows[this.head * ROW + POISON] : 0;
  }

  /** The sum of the head cohort's records' entry times. */
  headSum(): number {
    return this.size > 0 ? this.sumAt(0) : 0;
  }

  /** The oldest entry time among all cohorts (not only the head: returned messages re-enter late). */
  oldestTime(): number {
    if (!this.tracksOldest) throw new Error('CohortQueue: oldestTime asked of a queue made with { oldest: false }');
    if (this.size === 0) return Infinity;
    if (this.stale) this.track();
    if (this.ordered) return this.rows[this.head * ROW + TIME];
    return this.list.oldestTime();
  }

  /** The i-th cohort from the front (0 = head): for loops that must not allocate. */
  countAt(i: number): number {
    return this.rows[this.slot(i) * ROW + COUNT];
  }

  poisonAt(i: number): number {
    return this.rows[this.slot(i) * ROW + POISON];
  }

  timeAt(i: number): number {
    return this.time(i);
  }

  tagAt(i: number): number {
    return this.rows[this.slot(i) * ROW + TAG];
  }

  sumAt(i: number): number {
    const r = this.slot(i) * ROW;
    return this.summed ? this.rows[r + SUM] : this.rows[r + COUNT] * this.rows[r + TIME];
  }

  /** Remove the head cohort (read it first with the head accessors). */
  dropHead(): void {
    if (this.size === 0) return;
    const r = this.head * ROW;
    this.count -= this.rows[r + COUNT];
    this.poison -= this.rows[r + POISON];
    this.popHead();
  }

  private popHead(): void {
    if (!this.ordered) this.list.headLeft(this.headSeq);
    this.headSeq++;
    this.head++;
    if (this.head === this.capacity) this.head = 0;
    this.size--;
    if (this.size === 0) this.backInOrder();
  }

  /** An empty queue is in order again. */
  private backInOrder(): void {
    this.ordered = true;
    this.stale = false;
    this.list.clear();
  }

  /** Clean records before the first poison record, looking no further than `limit` records. */
  cleanRun(limit: number): number {
    const rows = this.rows;
    let run = 0;
    for (let i = 0; i < this.size && run < limit; i++) {
      const r = this.slot(i) * ROW;
      const p = rows[r + POISON];
      if (p > 0) return run + firstPoisonIndex(rows[r + COUNT], p);
      run += rows[r + COUNT];
    }
    return run;
  }

  /**
   * Remove up to `n` records from the front. Returns the poison records among them.
   * `out`, when given, receives the taken cohorts (with their times and tags).
   */
  take(n: number, now: number, out?: CohortQueue): number {
    const rows = this.rows;
    let left = n;
    let poisonTaken = 0;
    while (left > 0 && this.size > 0) {
      const s = this.head;
      const r = s * ROW;
      const c = rows[r + COUNT];
      const p = rows[r + POISON];
      const t = rows[r + TIME];
      const whole = c <= left;
      const takeCount = whole ? c : left;
      const takePoison = whole ? p : poisonInFront(c, p, takeCount);
      const sum = this.summed ? sumTaken(rows[r + SUM], c, takeCount) : undefined;
      if (out) out.push(takeCount, takePoison, t, rows[r + TAG], rows[r + DUE], sum);
      this.waitSum += sum === undefined ? takeCount * (now - t) : takeCount * now - sum;
      this.waitCount += takeCount;
      poisonTaken += takePoison;
      left -= takeCount;
      this.count -= takeCount;
      this.poison -= takePoison;
      if (whole) this.popHead();
      else {
        rows[r + COUNT] = c - takeCount;
        rows[r + POISON] = p - takePoison;
        if (sum !== undefined) rows[r + SUM] -= sum;
      }
    }
    return poisonTaken;
  }

  /** Remove the first `n` cohorts at once (their counts already taken off), as `popHead` n times would. */
  protected dropFront(n: number): void {
    this.headSeq += n;
    this.head = this.slot(n);
    this.size -= n;
    if (this.size === 0) {
      this.backInOrder();
      return;
    }
    if (this.ordered || this.stale) return;
    this.list.leftBefore(this.headSeq);
  }

  /** Remove cohorts from the front that entered at or before `cutoff` (for queues kept in time order). */
  expireFront(cutoff: number): number {
    const rows = this.rows;
    let removed = 0;
    while (this.size > 0 && rows[this.head * ROW + TIME] <= cutoff) {
      const r = this.head * ROW;
      removed += rows[r + COUNT];
      this.count -= rows[r + COUNT];
      this.poison -= rows[r + POISON];
      this.popHead();
    }
    return removed;
  }

  /**
   * Remove every record that entered at or before `time` (anywhere in the queue). Returns how many.
   * `each` is told of every cohort removed, front to back, with the number of records that
   * were ahead of it in the queue.
   *
   * Only the front of the queue is looked at (issue 17: a function starved of concurrency
   * expires a cohort of waiting events every step, and searching all of them cost a pass over
   * a thousand cohorts a step): the cohorts entered by `time` all sit at or before the last
   * entry of the oldest-time list that entered by `time`, since every cohort behind an entry is
   * newer than it. Kept cohorts of that front part slide back against the rest, in order.
   */
  expireEnteredBy(time: number, each?: (count: number, poison: number, ahead: number) => void): number {
    if (this.size === 0 || this.oldestTime() > time) return 0;
    const rows = this.rows;
    // The front part to search: [0, end) from the head.
    let end: number;
    if (this.ordered) {
      end = 0;
      while (end < this.size && rows[this.slot(end) * ROW + TIME] <= time) end++;
    } else end = this.list.lastEnteredBy(time) - this.headSeq + 1;
    let removed = 0;
    let ahead = 0;
    let kept = 0;
    for (let i = 0; i < end; i++) {
      const r = this.slot(i) * ROW;
      if (rows[r + TIME] <= time) {
        removed += rows[r + COUNT];
        this.count -= rows[r + COUNT];
        this.poison -= rows[r + POISON];
        each?.(rows[r + COUNT], rows[r + POISON], ahead);
      } else kept++;
      ahead += rows[r + COUNT];
    }
    // Slide the kept ones back against index `end`, back to front (a row is never written
    // before it is read), then move the head past the removed ones.
    let to = end - 1;
    for (let from = end - 1; from >= 0 && kept > 0 && to >= 0; from--) {
      const r = this.slot(from) * ROW;
      if (rows[r + TIME] <= time) continue;
      if (to !== from) rows.copyWithin(this.slot(to) * ROW, r, r + ROW);
      to--;
    }
    const gone = end - kept;
    this.head = this.slot(gone);
    this.headSeq += gone;
    this.size -= gone;
    this.lastBucket = NaN; // the last cohort may be another
    if (this.size === 0) this.backInOrder();
    else if (!this.ordered) this.list.expired(time, this.headSeq, kept, (i) => this.time(i));
    return removed;
  }

  clear(): void {
    this.head = 0;
    this.size = 0;
    this.headSeq = 0;
    this.backInOrder();
    this.count = 0;
    this.poison = 0;
  }

  /** Visit every cohort, front to back. */
  forEach(each: (count: number, poison: number, time: number, tag: number, due: number) => void): void {
    const rows = this.rows;
    for (let i = 0; i < this.size; i++) {
      const s = this.slot(i);
      const r = s * ROW;
      each(rows[r + COUNT], rows[r + POISON], rows[r + TIME], rows[r + TAG], rows[r + DUE]);
    }
  }
}

/**
 * Poison records among the first `m` of `n` records holding `p` poison records spread evenly:
 * the j-th poison record (j = 1..p) sits at index floor(j n / (p + 1)).
 */
export function poisonInFront(n: number, p: number, m: number): number {
  if (p <= 0 || m <= 0) return 0;
  if (m >= n) return p;
  const k = Math.ceil((m * (p + 1)) / n) - 1;
  return k < 0 ? 0 : k > p ? p : k;
}

/**
 * The sum of entry times of `taken` of a cohort's `count` records whose entry times sum to
 * `sum`: a merged cohort's records entered at different times, and a part taken carries its
 * share of their sum (all of it when the whole cohort is taken).
 */
export function sumTaken(sum: number, count: number, taken: number): number {
  return taken >= count ? sum : (sum * taken) / count;
}

/** Index of the first poison record among n records holding p evenly spread poison records (n when none). */
export function firstPoisonIndex(n: number, p: number): number {
  return p <= 0 ? n : Math.floor(n / (p + 1));
}
