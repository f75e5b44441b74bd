/**
 * How many messages of each cohort of an SQS batch come back (issue 17 fast path of the
 * poller's pass over the batch): all poison ones, and of the `failClean` failed clean ones a
 * share in proportion to the cohorts' clean messages, rounded so that the shares add up.
 * Every step of a queue whose failing messages keep coming back works this out per cohort,
 * so the common cases skip the division: every clean message failed (each cohort's share
 * is then all of its clean messages: failClean × cleanSeen / clean is exactly cleanSeen while
 * the product is below 2^53, hence clean < 2^26), none did, or the cohort holds no clean
 * message (a share of none: min(0, max(0, share)) is 0 whatever the share).
 */
export class FailedShare {
  private clean = 0;
  private failClean = 0;
  private cleanLeft = 0;
  private cleanSeen = 0;
  private every = false;

  /** A new batch: `clean` clean messages, `failClean` of them failed. */
  start(clean: number, failClean: number): void {
    this.clean = clean;
    this.failClean = failClean;
    this.cleanLeft = failClean;
    this.cleanSeen = 0;
    this.every = failClean === clean && clean < 2 ** 26;
  }

  /** The next cohort, front to back: `c` messages of which `p` poison. Returns how many come back. */
  back(c: number, p: number): number {
    const cohortClean = c - p;
    this.cleanSeen += cohortClean;
    if (this.every) return c;
    const { clean, failClean } = this;
    // No clean message here (poison messages coming back again and again): a share of none, whatever it rounds to.
    if (failClean === 0 || cohortClean === 0) return p;
    const share = clean > 0 ? Math.round((failClean * this.cleanSeen) / clean) - (failClean - this.cleanLeft) : 0;
    const back = Math.min(cohortClean, Math.max(0, share)) + p;
    this.cleanLeft -= back - p;
    return back;
  }
}
