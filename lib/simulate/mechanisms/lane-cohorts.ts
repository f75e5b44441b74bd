import { type CohortMerge, firstPoisonIndex, poisonInFront, sumTaken } from '../cohort-queue';

/*
 * The records waiting in one lane of a stream reader, as cohorts (see cohort-queue.ts), in a
 * layout made for a stream's lanes (issue 17).
 *
 * Why: a backlogged lane of the heavy benchmark holds about a thousand cohorts (merging by the
 * minute starts above 1,024), and each step writes its tail and reads its head, rows last
 * touched a thousand cohorts earlier, for each of 176 lanes: the fewer bytes a row, the fewer
 * new cache lines a step brings in. Poison records are rare (a cohort holds some a few times in
 * a hundred), so a cohort's poison count is not kept in its row but in a short list of the
 * cohorts that hold any, and a lane has no tags or due times: a row is count, entry time and
 * sum of entry times, 24 bytes (a CohortQueue's is wider: it keeps poison, tag and due time).
 *
 * A lane behaves exactly as a CohortQueue with the same merge setting that is only pushed
 * untagged cohorts (no tag or due time) in entry-time order, as a stream's lanes are: the
 * same cohorts, merges, takes, expiries and floating-point sums in the same order
 * (lane-cohorts.property.test.ts compares them on random operations).
 */

/** A cohort's row: its count, entry time and, once kept, the sum of its records' entry times. */
const COUNT = 0;
const TIME = 1;
const SUM = 2;
const ROW = 3;

/** One lane of a stream reader: a first-in, first-out queue of cohorts in entry-time order. */
export class LaneCohorts {
  /** Cohort `seq` (the lane's cohorts numbered from its first) sits at row `seq & mask`: a ring without a head index to wrap. */
  private rows: Float64Array;
  private mask: number;
  /** Sequence number of the head cohort. */
  private headSeq = 0;
  private size = 0;
  /** Whether each cohort's SUM is kept: only once cohorts of different times have merged (else it is count × time). */
  private summed = false;
  /**
   * The cohorts holding poison records, front to back from `poisonHead`: their sequence numbers
   * and poison counts (every other cohort holds none). Entries leave with their cohorts.
   */
  private poisonSeqs: number[] = [];
  private poisonCounts: number[] = [];
  private poisonHead = 0;
  /** Records in the lane. */
  count = 0;
  /** Poison records in the lane. */
  poison = 0;
  /** Sum over records that left by `take` of (time they left - time they entered). */
  waitSum = 0;
  /** Records that left by `take`. */
  waitCount = 0;

  constructor(
    private readonly merge?: CohortMerge,
    capacity = 8,
  ) {
    this.rows = new Float64Array(capacity * ROW);
    this.mask = capacity - 1;
  }

  get cohorts(): number {
    return this.size;
  }

  private keepSums(): void {
    this.summed = true;
    const rows = this.rows;
    for (let i = 0; i < this.size; i++) {
      const r = ((this.headSeq + i) & this.mask) * ROW;
      rows[r + SUM] = rows[r + COUNT] * rows[r + TIME];
    }
  }

  /**
   * Double the rows (only when full). Two copies of the old rows, one after the other: cohort
   * `seq` was at `seq & oldMask`, and `seq & mask` is that row in one copy or the other.
   */
  private grow(): void {
    const old = this.rows;
    this.rows = new Float64Array(old.length * 2);
    this.rows.set(old);
    this.rows.set(old, old.length);
    this.mask = this.mask * 2 + 1;
  }

  /** Poison records of cohort `seq`, which holds `poison` more. */
  private addPoison(seq: number, poison: number): void {
    const n = this.poisonSeqs.length;
    if (n > this.poisonHead && this.poisonSeqs[n - 1] === seq) this.poisonCounts[n - 1] += poison;
    else {
      this.poisonSeqs.push(seq);
      this.poisonCounts.push(poison);
    }
  }

  /** Poison records in the head cohort. */
  private headPoison(): number {
    return this.poisonHead < this.poisonSeqs.length && this.poisonSeqs[this.poisonHead] === this.headSeq ? this.poisonCounts[this.poisonHead] : 0;
  }

  /** The head cohort leaves: so does its poison entry, if any. */
  private popHead(): void {
    if (this.poisonHead < this.poisonSeqs.length && this.poisonSeqs[this.poisonHead] === this.headSeq) {
      this.poisonHead++;
      // Drop the used front now and then, so the lists stay no longer than the lane.
      if (this.poisonHead > 64 && this.poisonHead * 2 > this.poisonSeqs.length) {
        this.poisonSeqs = this.poisonSeqs.slice(this.poisonHead);
        this.poisonCounts = this.poisonCounts.slice(this.poisonHead);
        this.poisonHead = 0;
      }
    }
    this.headSeq++;
    this.size--;
  }

  /** `count` records, `poison` of them poison, that entered at `time` (never before the last cohort's: lanes are in entry order). */
  push(count: number, poison: number, time: number): void {
    if (count <= 0) return;
    this.count += count;
    this.poison += poison;
    if (this.size > 0) {
      const rows = this.rows;
      const lastSeq = this.headSeq + this.size - 1;
      const last = (lastSeq & this.mask) * ROW;
      const lastTime = rows[last + TIME];
      if (time < lastTime) throw new Error(`lane cohorts are pushed in entry order: ${time} after ${lastTime}`);
      const m = this.merge;
      // The same step again, or (past the merge threshold) the same bucket: the last cohort takes them in.
      if (lastTime === time || (m && this.size >= m.above && Math.floor(time / m.bucketSeconds) === Math.floor(lastTime / m.bucketSeconds))) {
        if (lastTime !== time && !this.summed) this.keepSums();
        rows[last + COUNT] += count;
        if (this.summed) rows[last + SUM] += count * time;
        if (poison > 0) this.addPoison(lastSeq, poison);
        return;
      }
    }
    if (this.size > this.mask) this.grow();
    const seq = this.headSeq + this.size;
    const r = (seq & this.mask) * ROW;
    const rows = this.rows;
    rows[r + COUNT] = count;
    rows[r + TIME] = time;
    if (this.summed) rows[r + SUM] = count * time;
    if (poison > 0) this.addPoison(seq, poison);
    this.size++;
  }

  headTime(): number {
    return this.size > 0 ? this.rows[(this.headSeq & this.mask) * ROW + TIME] : Infinity;
  }

  /** Clean records before the first poison record, looking no further than `limit` records. */
  cleanRun(limit: number): number {
    const rows = this.rows;
    // The first cohort holding poison, if any: every cohort before it is clean.
    const firstSeq = this.poisonHead < this.poisonSeqs.length ? this.poisonSeqs[this.poisonHead] : Infinity;
    let run = 0;
    for (let i = 0; i < this.size && run < limit; i++) {
      const seq = this.headSeq + i;
      const r = (seq & this.mask) * ROW;
      if (seq === firstSeq) return run + firstPoisonIndex(rows[r + COUNT], this.poisonCounts[this.poisonHead]);
      run += rows[r + COUNT];
    }
    return run;
  }

  /** Remove up to `n` records from the front. Returns the poison records among them. */
  take(n: number, now: number): number {
    const rows = this.rows;
    let left = n;
    let poisonTaken = 0;
    while (left > 0 && this.size > 0) {
      const r = (this.headSeq & this.mask) * ROW;
      const c = rows[r + COUNT];
      const p = this.headPoison();
      const t = rows[r + TIME];
      const whole = c <= left;
      const takeCount = whole ? c : left;
      const takePoison = whole ? p : poisonInFront(c, p, takeCount);
      if (this.summed) {
        const sum = sumTaken(rows[r + SUM], c, takeCount);
        this.waitSum += takeCount * now - sum;
        if (!whole) rows[r + SUM] -= sum;
      } else this.waitSum += takeCount * (now - t);
      this.waitCount += takeCount;
      poisonTaken += takePoison;
      left -= takeCount;
      this.count -= takeCount;
      this.poison -= takePoison;
      if (whole) this.popHead();
      else {
        rows[r + COUNT] = c - takeCount;
        // The head's entry is first in the poison list when it holds any; it goes once none is left.
        if (takePoison > 0 && (this.poisonCounts[this.poisonHead] -= takePoison) === 0) this.poisonHead++;
      }
    }
    return poisonTaken;
  }

  /** Remove cohorts from the front that entered at or before `cutoff`. Returns how many records. */
  expireFront(cutoff: number): number {
    const rows = this.rows;
    let removed = 0;
    while (this.size > 0) {
      const r = (this.headSeq & this.mask) * ROW;
      if (rows[r + TIME] > cutoff) break;
      removed += rows[r + COUNT];
      this.count -= rows[r + COUNT];
      this.poison -= this.headPoison();
      this.popHead();
    }
    return removed;
  }

  /** Visit every cohort, front to back. */
  forEach(each: (count: number, poison: number, time: number) => void): void {
    let k = this.poisonHead;
    for (let i = 0; i < this.size; i++) {
      const seq = this.headSeq + i;
      const r = (seq & this.mask) * ROW;
      while (k < this.poisonSeqs.length && this.poisonSeqs[k] < seq) k++;
      const p = k < this.poisonSeqs.length && this.poisonSeqs[k] === seq ? this.poisonCounts[k] : 0;
      each(this.rows[r + COUNT], p, this.rows[r + TIME]);
    }
  }
}
