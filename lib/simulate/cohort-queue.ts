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
 * records' entry times, so waits stay exact. SQS queues whose failing messages keep coming back
 * use it: their cost per step no longer grows with the number of such messages.
 */
const NONE = new Float64Array(0);

export interface CohortMerge {
  /** Cohorts held before merging starts: below it, nothing is merged (small queues stay exact). */
  above: number;
  /** Width of the entry-time buckets within which cohorts merge. */
  bucketSeconds: number;
}

export class CohortQueue {
  private counts: Float64Array;
  private poisons: Float64Array;
  private times: Float64Array;
  private tags: Float64Array;
  private dues: Float64Array;
  private head = 0;
  private size = 0;
  /** Sequence number of the head cohort: the cohort i places behind it is `headSeq + i`. */
  private headSeq = 0;
  /**
   * True while the cohorts are in entry-time order (a stream's lanes always are): the head is
   * then the oldest. Returned messages re-enter late and break the order until the queue empties.
   */
  private ordered = true;
  /**
   * Out of order, the oldest entry time without a scan: sequence numbers of the cohorts that
   * could still become the oldest, their entry times strictly rising from `minHead` on (a
   * sliding-window minimum). A cohort behind an older-or-equal one never can: it leaves after it.
   */
  private minSeqs: number[] = [];
  private minHead = 0;
  /** Records in the queue. */
  count = 0;
  /** Poison records in the queue. */
  poison = 0;
  /** Sum over records that left by `take` of (time they left - time they entered). */
  waitSum = 0;
  /** Records that left by `take`. */
  waitCount = 0;

  /** Per cohort, the sum of its records' entry times: kept only once cohorts of different times have merged. */
  private sums: Float64Array = NONE;
  private summed = false;

  constructor(
    capacity = 8,
    private readonly merge?: CohortMerge,
  ) {
    this.counts = new Float64Array(capacity);
    this.poisons = new Float64Array(capacity);
    this.times = new Float64Array(capacity);
    this.tags = NONE;
    this.dues = NONE;
  }

  private keepSums(): void {
    this.summed = true;
    this.sums = new Float64Array(this.counts.length);
    for (let i = 0; i < this.size; i++) {
      const s = this.slot(i);
      this.sums[s] = this.counts[s] * this.times[s];
    }
  }

  /**
   * Tags and due times are kept only once a cohort has one: a stream's lanes never do, and they
   * hold a cohort per step of backlog, so this saves two fifths of their memory and copying.
   */
  private keyed = false;

  private keyTagsAndDues(): void {
    this.keyed = true;
    this.tags = new Float64Array(this.counts.length);
    this.dues = new Float64Array(this.counts.length);
  }

  get cohorts(): number {
    return this.size;
  }

  private slot(i: number): number {
    const cap = this.counts.length;
    const s = this.head + i;
    return s >= cap ? s - cap : s;
  }

  private timeOfSeq(seq: number): number {
    return this.times[this.slot(seq - this.headSeq)];
  }

  /**
   * A new cohort at the back, already stored: whoever behind the front entered at or after it
   * can no longer be the oldest. The first cohort out of order builds the list from the queue.
   */
  private trackNew(seq: number, time: number): void {
    if (this.ordered) {
      if (this.size === 0 || this.times[this.slot(this.size - 1)] <= time) return;
      this.ordered = false;
      this.resetMin();
      for (let i = 0; i < this.size; i++) this.trackNew(this.headSeq + i, this.times[this.slot(i)]);
    }
    const m = this.minSeqs;
    while (m.length > this.minHead && this.timeOfSeq(m[m.length - 1]) >= time) m.pop();
    m.push(seq);
  }

  /** The last cohort took in older records: its entry time drops to theirs, and the oldest-time list follows. */
  private lowerLastTime(time: number): void {
    const lastSeq = this.headSeq + this.size - 1;
    this.times[this.slot(this.size - 1)] = time;
    if (this.ordered) {
      if (this.size < 2 || this.times[this.slot(this.size - 2)] <= time) return;
      this.ordered = false;
      this.resetMin();
      for (let i = 0; i < this.size; i++) this.trackNew(this.headSeq + i, this.times[this.slot(i)]);
      return;
    }
    // The newest cohort is always last in the list: take it out and put it back at its new time.
    this.minSeqs.pop();
    this.trackNew(lastSeq, time);
  }

  private resetMin(): void {
    if (this.minSeqs.length > 0) this.minSeqs = [];
    this.minHead = 0;
  }

  /** Double the capacity (only when full), the cohorts moved to the front in order, two block copies per array. */
  private grow(): void {
    const oldCap = this.counts.length;
    const firstPart = oldCap - this.head;
    const copy = (from: Float64Array): Float64Array => {
      const to = new Float64Array(oldCap * 2);
      to.set(from.subarray(this.head));
      to.set(from.subarray(0, this.head), firstPart);
      return to;
    };
    this.counts = copy(this.counts);
    this.poisons = copy(this.poisons);
    this.times = copy(this.times);
    if (this.keyed) {
      this.tags = copy(this.tags);
      this.dues = copy(this.dues);
    }
    if (this.summed) this.sums = copy(this.sums);
    this.head = 0;
  }

  /**
   * `sum` is the sum of the records' entry times (count × time unless they come from merged
   * cohorts: pass `sumAt`/`headSum` when moving cohorts between queues).
   */
  push(count: number, poison: number, time: number, tag = 0, due = 0, sum?: number): void {
    if (count <= 0) return;
    this.count += count;
    this.poison += poison;
    if (this.size > 0) {
      const last = this.slot(this.size - 1);
      const sameKey = this.keyed ? this.tags[last] === tag && this.dues[last] === due : tag === 0 && due === 0;
      if (sameKey && this.times[last] === time) {
        this.counts[last] += count;
        this.poisons[last] += poison;
        if (this.summed) this.sums[last] += sum ?? count * time;
        return;
      }
      const m = this.merge;
      if (sameKey && m && this.size >= m.above && Math.floor(time / m.bucketSeconds) === Math.floor(this.times[last] / m.bucketSeconds)) {
        if (!this.summed) this.keepSums();
        this.counts[last] += count;
        this.poisons[last] += poison;
        this.sums[last] += sum ?? count * time;
        if (time < this.times[last]) this.lowerLastTime(time);
        return;
      }
    }
    if (this.size === this.counts.length) this.grow();
    const s = this.slot(this.size);
    this.counts[s] = count;
    this.poisons[s] = poison;
    this.times[s] = time;
    if (this.summed) this.sums[s] = sum ?? count * time;
    if (!this.keyed && (tag !== 0 || due !== 0)) this.keyTagsAndDues();
    if (this.keyed) {
      this.tags[s] = tag;
      this.dues[s] = due;
    }
    this.trackNew(this.headSeq + this.size, time);
    this.size++;
  }

  headTime(): number {
    return this.size > 0 ? this.times[this.head] : Infinity;
  }

  headTag(): number {
    return this.size > 0 && this.keyed ? this.tags[this.head] : 0;
  }

  headDue(): number {
    return this.size > 0 ? (this.keyed ? this.dues[this.head] : 0) : Infinity;
  }

  headCount(): number {
    return this.size > 0 ? this.counts[this.head] : 0;
  }

  headPoison(): number {
    return this.size > 0 ? this.poisons[this.head] : 0;
  }

  /** The sum of the head cohort's records' entry times. */
  headSum(): number {
    return this.size > 0 ? (this.summed ? this.sums[this.head] : this.counts[this.head] * this.times[this.head]) : 0;
  }

  /** The oldest entry time among all cohorts (not only the head: returned messages re-enter late). */
  oldestTime(): number {
    if (this.size === 0) return Infinity;
    if (this.ordered) return this.times[this.head];
    return this.timeOfSeq(this.minSeqs[this.minHead]);
  }

  /** The i-th cohort from the front (0 = head): for loops that must not allocate. */
  countAt(i: number): number {
    return this.counts[this.slot(i)];
  }

  poisonAt(i: number): number {
    return this.poisons[this.slot(i)];
  }

  timeAt(i: number): number {
    return this.times[this.slot(i)];
  }

  tagAt(i: number): number {
    return this.keyed ? this.tags[this.slot(i)] : 0;
  }

  sumAt(i: number): number {
    const s = this.slot(i);
    return this.summed ? this.sums[s] : this.counts[s] * this.times[s];
  }

  /** Remove the head cohort (read it first with the head accessors). */
  dropHead(): void {
    if (this.size === 0) return;
    this.count -= this.counts[this.head];
    this.poison -= this.poisons[this.head];
    this.popHead();
  }

  private popHead(): void {
    const m = this.minSeqs;
    if (!this.ordered && m[this.minHead] === this.headSeq) {
      this.minHead++;
      // Drop the used front now and then, so the list stays as long as the queue at most.
      if (this.minHead > 64 && this.minHead * 2 > m.length) {
        this.minSeqs = m.slice(this.minHead);
        this.minHead = 0;
      }
    }
    this.headSeq++;
    this.head++;
    if (this.head === this.counts.length) this.head = 0;
    this.size--;
    if (this.size === 0) this.backInOrder();
  }

  /** An empty queue is in order again. */
  private backInOrder(): void {
    this.ordered = true;
    this.resetMin();
  }

  /** Clean records before the first poison record, looking no further than `limit` records. */
  cleanRun(limit: number): number {
    let run = 0;
    for (let i = 0; i < this.size && run < limit; i++) {
      const s = this.slot(i);
      const p = this.poisons[s];
      if (p > 0) return run + firstPoisonIndex(this.counts[s], p);
      run += this.counts[s];
    }
    return run;
  }

  /**
   * Remove up to `n` records from the front. Returns the poison records among them.
   * `out`, when given, receives the taken cohorts (with their times and tags).
   */
  take(n: number, now: number, out?: CohortQueue): number {
    let left = n;
    let poisonTaken = 0;
    while (left > 0 && this.size > 0) {
      const s = this.head;
      const c = this.counts[s];
      const p = this.poisons[s];
      const t = this.times[s];
      const whole = c <= left;
      const takeCount = whole ? c : left;
      const takePoison = whole ? p : poisonInFront(c, p, takeCount);
      // A merged cohort's records entered at different times: their share of the sum of entry times.
      const sum = this.summed ? (whole ? this.sums[s] : (this.sums[s] * takeCount) / c) : undefined;
      if (out) out.push(takeCount, takePoison, t, this.keyed ? this.tags[s] : 0, this.keyed ? this.dues[s] : 0, sum);
      this.waitSum += sum === undefined ? takeCount * (now - t) : takeCount * now - sum;
      this.waitCount += takeCount;
      poisonTaken += takePoison;
      left -= takeCount;
      this.count -= takeCount;
      this.poison -= takePoison;
      if (whole) this.popHead();
      else {
        this.counts[s] = c - takeCount;
        this.poisons[s] = p - takePoison;
        if (sum !== undefined) this.sums[s] -= sum;
      }
    }
    return poisonTaken;
  }

  /** Remove cohorts from the front that entered at or before `cutoff` (for queues kept in time order). */
  expireFront(cutoff: number): number {
    let removed = 0;
    while (this.size > 0 && this.times[this.head] <= cutoff) {
      const s = this.head;
      removed += this.counts[s];
      this.count -= this.counts[s];
      this.poison -= this.poisons[s];
      this.popHead();
    }
    return removed;
  }

  /**
   * Remove every record that entered at or before `time` (anywhere in the queue). Returns how many.
   * `each` is told of every cohort removed, front to back, with the number of records that
   * were ahead of it in the queue.
   */
  expireEnteredBy(time: number, each?: (count: number, poison: number, ahead: number) => void): number {
    if (this.size === 0 || this.oldestTime() > time) return 0;
    let removed = 0;
    let ahead = 0;
    const keep: number[] = [];
    for (let i = 0; i < this.size; i++) {
      const s = this.slot(i);
      if (this.times[s] <= time) {
        removed += this.counts[s];
        this.count -= this.counts[s];
        this.poison -= this.poisons[s];
        each?.(this.counts[s], this.poisons[s], ahead);
      } else keep.push(s);
      ahead += this.counts[s];
    }
    const keyed = this.keyed;
    const summed = this.summed;
    const rows = keep.map((s) => [this.counts[s], this.poisons[s], this.times[s], keyed ? this.tags[s] : 0, keyed ? this.dues[s] : 0, summed ? this.sums[s] : 0] as const);
    this.head = 0;
    this.size = 0;
    this.headSeq = 0;
    this.backInOrder();
    for (const [c, p, t, tag, due, sum] of rows) {
      const slot = this.size;
      this.counts[slot] = c;
      this.poisons[slot] = p;
      this.times[slot] = t;
      if (keyed) {
        this.tags[slot] = tag;
        this.dues[slot] = due;
      }
      if (summed) this.sums[slot] = sum;
      this.trackNew(slot, t);
      this.size++;
    }
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
    for (let i = 0; i < this.size; i++) {
      const s = this.slot(i);
      each(this.counts[s], this.poisons[s], this.times[s], this.keyed ? this.tags[s] : 0, this.keyed ? this.dues[s] : 0);
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

/** Index of the first poison record among n records holding p evenly spread poison records (n when none). */
export function firstPoisonIndex(n: number, p: number): number {
  return p <= 0 ? n : Math.floor(n / (p + 1));
}
