import type { CohortPiece, CohortQueue } from '../cohort-queue';

/** Where the pieces come from: a CohortQueue, or an SQS queue (messages received before, then new ones). */
export interface PieceSource {
  takePiece(left: number, now: number, piece: CohortPiece): void;
}

/** Told of each cohort the batch would hold, front to back (`sum`: the sum of its entry times, as `batch.sumAt`). */
export type EachCohort = (count: number, poison: number, time: number, tag: number, sum: number) => void;

/**
 * Take `m` records (no more than `source` holds) piece by piece and report the cohorts that
 * `source.take(m, now, batch)` would leave in the emptied `batch`, without copying them there
 * (issue 17: an SQS poller otherwise copies every returned message's cohort into its batch and
 * reads it back, every step). Adjacent pieces of equal tag, due and entry time join, as
 * `batch.push` joins them, summing entry times from the piece on that makes the batch keep sums
 * (`batch` is told to keep them too, so later batches stay the same). Only for pieces the batch
 * would not merge by bucket: no more of them than its `merge.above`.
 */
export function walkAsBatch(source: PieceSource, batch: CohortQueue, m: number, now: number, piece: CohortPiece, each: EachCohort): void {
  let summed = batch.keepsSums;
  let has = false;
  let c = 0;
  let p = 0;
  let t = 0;
  let tag = 0;
  let due = 0;
  let sum = 0;
  for (let left = m; left > 0; left -= piece.count) {
    source.takePiece(left, now, piece);
    if (!summed && piece.summed && piece.sum !== piece.count * piece.time) {
      // The batch would start keeping sums here: the cohort it holds last gets count × time.
      summed = true;
      batch.startSums();
      sum = c * t;
    }
    if (has && piece.tag === tag && piece.due === due && piece.time === t) {
      c += piece.count;
      p += piece.poison;
      if (summed) sum += piece.sum;
      continue;
    }
    if (has) each(c, p, t, tag, summed ? sum : c * t);
    has = true;
    c = piece.count;
    p = piece.poison;
    t = piece.time;
    tag = piece.tag;
    due = piece.due;
    sum = piece.sum;
  }
  if (has) each(c, p, t, tag, summed ? sum : c * t);
}
