import { CohortQueue, COUNT, DUE, poisonInFront, POISON, ROW, SUM, sumTaken, TAG, TIME } from '../cohort-queue';
import type { BatchJoin } from './batch-walk';

/**
 * The cohorts of one SQS queue's messages (never received, received before and visible again,
 * hidden after a failure): a CohortQueue with the bulk moves an SQS queue makes every step
 * (issue 17). Without a dead-letter queue, failed messages go hidden → again → a poller's
 * batch → hidden, a dozen cohorts a step each way; these move them as row copies and walks
 * instead of one push and one pop per cohort, with the same results (property-tested against
 * the general path in cohort-queue-fast-paths.property.test.ts).
 */
export class MessageCohorts extends CohortQueue {
  /**
   * Move the front cohorts due by `now` into the empty queue `to`, as pushing each there with
   * due time 0 (and its sum) and dropping it here would, by copying rows: when `to` would merge
   * none of them (not more than its `merge.above`, and no two in a row with the same tag and
   * entry time). Returns false, moving nothing, when it might merge them or is not empty: the
   * caller then pushes them one by one. An SQS queue's failed messages come back this way every step.
   */
  moveDueInto(to: MessageCohorts, now: number): boolean {
    if (to.size > 0) return false;
    const rows = this.rows;
    const limit = to.merge ? to.merge.above : Infinity;
    const sumsMade = to.summed && !this.summed;
    // One pass: each due row is checked and copied at once (rows written into the empty `to`
    // before giving up are never read; growing it keeps them, as its head is 0).
    to.head = 0;
    let into = to.rows;
    let n = 0;
    let count = 0;
    let poison = 0;
    let anySum = false;
    let prevTag = NaN;
    let prevTime = NaN;
    let r = this.head * ROW;
    const end = this.capacity * ROW;
    for (; n < this.size; n++) {
      if (rows[r + DUE] > now) break;
      const c = rows[r + COUNT];
      const tag = rows[r + TAG];
      const time = rows[r + TIME];
      if (n === limit || (tag === prevTag && time === prevTime)) return false;
      if (n === to.capacity) {
        to.grow();
        into = to.rows;
      }
      const d = n * ROW;
      into[d + COUNT] = c;
      into[d + POISON] = rows[r + POISON];
      into[d + TIME] = time;
      into[d + TAG] = tag;
      into[d + DUE] = 0;
      if (sumsMade) into[d + SUM] = c * time;
      else {
        into[d + SUM] = rows[r + SUM];
        if (this.summed && rows[r + SUM] !== c * time) anySum = true;
      }
      count += c;
      poison += rows[r + POISON];
      prevTag = tag;
      prevTime = time;
      r += ROW;
      if (r === end) r = 0;
    }
    if (n === 0) return true;
    // As pushing them would: a sum that is not count × time makes `to` keep sums (the rows hold them already).
    if (anySum) to.summed = true;
    // Counts are whole numbers: their totals are the same in any order.
    to.size = n;
    to.count += count;
    to.poison += poison;
    to.lastBucket = NaN;
    // Its oldest time is worked out only if asked before it empties again (see `stale`).
    to.stale = to.tracksOldest;
    this.count -= count;
    this.poison -= poison;
    this.dropFront(n);
    return true;
  }

  /**
   * `take(n, now, batch)` for a reader that does not need the batch itself, only its cohorts
   * (an SQS poller, every step): the pieces join `join` as they would join the batch's last
   * cohort, and each cohort the batch would hold is handed to `join.each` once complete. The
   * same waits, in the same order, as `take`. `join.each` must not touch this queue (it is
   * updated once all pieces are taken).
   */
  takeJoined(n: number, now: number, join: BatchJoin): void {
    // Nothing to take (a queue of no returned messages, every step): nothing to load and store.
    if (n <= 0 || this.size === 0) return;
    const rows = this.rows;
    const summedHere = this.summed;
    let { summed, has, count: c, poison: p, time: t, tag, due, sum } = join;
    let waitSum = this.waitSum;
    let left = n;
    let taken = 0;
    let poisonTaken = 0;
    let whole = 0;
    let r = this.head * ROW;
    const end = this.capacity * ROW;
    while (left > 0 && whole < this.size) {
      const pc = rows[r + COUNT];
      const pp = rows[r + POISON];
      const pt = rows[r + TIME];
      const isWhole = pc <= left;
      const k = isWhole ? pc : left;
      const kp = isWhole ? pp : poisonInFront(pc, pp, k);
      let ks: number;
      if (summedHere) {
        ks = sumTaken(rows[r + SUM], pc, k);
        waitSum += k * now - ks;
      } else {
        ks = k * pt;
        waitSum += k * (now - pt);
      }
      const ptag = rows[r + TAG];
      const pdue = rows[r + DUE];
      if (!summed && summedHere && ks !== k * pt) {
        summed = true;
        sum = c * t;
      }
      if (has && ptag === tag && pdue === due && pt === t) {
        c += k;
        p += kp;
        if (summed) sum += ks;
      } else {
        if (has) join.each(c, p, t, tag, summed ? sum : c * t);
        has = true;
        c = k;
        p = kp;
        t = pt;
        tag = ptag;
        due = pdue;
        sum = ks;
      }
      taken += k;
      poisonTaken += kp;
      left -= k;
      if (isWhole) {
        whole++;
        r += ROW;
        if (r === end) r = 0;
      } else {
        rows[r + COUNT] = pc - k;
        rows[r + POISON] = pp - kp;
        if (summedHere) rows[r + SUM] -= ks;
      }
    }
    join.summed = summed;
    join.has = has;
    join.count = c;
    join.poison = p;
    join.time = t;
    join.tag = tag;
    join.due = due;
    join.sum = sum;
    this.waitSum = waitSum;
    // Whole numbers: the same totals in any order.
    this.waitCount += taken;
    this.count -= taken;
    this.poison -= poisonTaken;
    if (whole > 0) this.dropFront(whole);
  }

  /** Poison records among the first `n` records, as `take(n)` would count them (nothing is removed). */
  poisonInFirst(n: number): number {
    if (n >= this.count) return this.poison;
    const rows = this.rows;
    let left = n;
    let poison = 0;
    for (let i = 0; i < this.size && left > 0; i++) {
      const r = this.slot(i) * ROW;
      const c = rows[r + COUNT];
      const p = rows[r + POISON];
      poison += c <= left ? p : poisonInFront(c, p, left);
      left -= c;
    }
    return poison;
  }
}
