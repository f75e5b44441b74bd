/**
 * Counts each item of a first-in, first-out wait once, however many steps it waits: it keeps
 * how many items at the front have been counted already. Items that start leave from the
 * front (the counted ones first); new ones join behind.
 */
export class WaitTally {
  private counted = 0;

  /** `taken` items left the front and `left` still wait: how many of those wait for the first time (now counted). */
  settle(taken: number, left: number): number {
    const still = Math.max(0, this.counted - taken);
    this.counted = left;
    return Math.max(0, left - still);
  }

  /** `taken` items left the front; those still waiting are not (newly) counted. */
  take(taken: number): void {
    this.counted = Math.max(0, this.counted - taken);
  }

  /** `n` counted items went without starting (expired, taken by someone else). */
  forget(n: number): void {
    this.counted = Math.max(0, this.counted - n);
  }

  /** No more counted than `n` can still be waiting. */
  atMost(n: number): void {
    if (this.counted > n) this.counted = n;
  }

  /** Counted items at the front, for expiry to tell which removed ones were counted. */
  get front(): number {
    return this.counted;
  }
}
