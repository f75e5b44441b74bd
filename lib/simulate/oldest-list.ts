/**
 * The oldest entry time among a queue's cohorts when they are out of entry-time order (returned
 * SQS messages and retried events re-enter behind newer ones), without a scan (issue 17): the
 * cohorts that could still become the oldest, as their sequence numbers in the queue and their
 * entry times, strictly rising from the front (a sliding-window minimum). A cohort behind an
 * older-or-equal one never can: it leaves after it. Each entry is one cohort of the queue, and
 * the queue's newest cohort is always the last entry.
 *
 * Entry times are kept beside the sequence numbers, so adding a cohort reads no queue rows
 * (an SQS queue's `hidden` adds one every few messages).
 */
export class OldestList {
  private seqs: number[] = [];
  private times: number[] = [];
  private head = 0;
  /**
   * Entries in use end here (those past it are left over): kept apart from the arrays' length,
   * because setting an array's length is a call into the engine, and a queue out of order
   * empties its list every time it empties (every step for an SQS queue's `again`).
   */
  private len = 0;

  /** Emptied in place, without allocating. */
  clear(): void {
    this.len = 0;
    this.head = 0;
  }

  get entries(): number {
    return this.len - this.head;
  }

  /** The oldest entry time in the queue (the list holds at least one entry). */
  oldestTime(): number {
    return this.times[this.head];
  }

  /** A new cohort at the back of the queue: those in the list that entered at or after it leave. */
  add(seq: number, time: number): void {
    const t = this.times;
    let len = this.len;
    while (len > this.head && t[len - 1] >= time) len--;
    this.seqs[len] = seq;
    t[len] = time;
    this.len = len + 1;
  }

  /** The newest cohort (`seq`, the last entry) took in older records: it is put back at its new time. */
  lowerLast(seq: number, time: number): void {
    this.len--;
    this.add(seq, time);
  }

  /** The queue's head cohort `seq` left. */
  headLeft(seq: number): void {
    if (this.len > this.head && this.seqs[this.head] === seq) {
      this.head++;
      this.compact();
    }
  }

  /** The queue's cohorts before `seq` left. */
  leftBefore(seq: number): void {
    while (this.head < this.len && this.seqs[this.head] < seq) this.head++;
    this.compact();
  }

  /** Sequence number of the last entry that entered at or before `time` (there is one: the oldest did). */
  lastEnteredBy(time: number): number {
    let j = this.head;
    while (j < this.len && this.times[j] <= time) j++;
    return this.seqs[j - 1];
  }

  /**
   * The queue dropped every cohort that entered by `time`, and its `kept` first cohorts (numbered
   * from `firstSeq`, entry times `timeOf(i)`) are those it kept from in front of the last of
   * them: the entries that entered by `time` leave, and the kept cohorts newer than nothing
   * behind them join at the front.
   */
  expired(time: number, firstSeq: number, kept: number, timeOf: (i: number) => number): void {
    const m = this.seqs;
    const mt = this.times;
    let from = this.head;
    while (from < this.len && mt[from] <= time) from++;
    const rest = this.len - from;
    let behind = rest > 0 ? mt[from] : Infinity;
    let joining = 0;
    // Count first (back to front), then write into the free entries in front or a shifted list.
    for (let i = kept - 1; i >= 0; i--) {
      const t = timeOf(i);
      if (t < behind) {
        joining++;
        behind = t;
      }
    }
    let at: number;
    if (joining <= from) at = from - joining;
    else {
      // copyWithin never lengthens an array: make room first.
      while (m.length < this.len + joining - from) m.push(0);
      while (mt.length < m.length) mt.push(0);
      m.copyWithin(joining, from, this.len);
      mt.copyWithin(joining, from, this.len);
      at = 0;
    }
    this.head = at;
    this.len = at + joining + rest;
    if (joining === 0) return;
    behind = rest > 0 ? mt[at + joining] : Infinity;
    let w = at + joining - 1;
    for (let i = kept - 1; i >= 0; i--) {
      const t = timeOf(i);
      if (t < behind) {
        mt[w] = t;
        m[w--] = firstSeq + i;
        behind = t;
      }
    }
  }

  /** Drop the used front now and then, so the list stays as long as the queue at most. */
  private compact(): void {
    if (this.head > 64 && this.head * 2 > this.len) {
      this.seqs.copyWithin(0, this.head, this.len);
      this.times.copyWithin(0, this.head, this.len);
      this.len -= this.head;
      this.head = 0;
    }
  }
}
