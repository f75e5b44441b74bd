import { firstPoisonIndex, poisonInFront } from '../cohort-queue';
import type { BisectEpisode } from './bisect-episode';

/** Part of a batch still to be invoked: a whole batch, a bisected half, or what follows a reported failure. */
export interface PendingBatch {
  count: number;
  poison: number;
  /** Poison records known to sit at the very front (after a reported item failure). */
  lead: number;
  /** Entry time of its oldest record. */
  time: number;
  retries: number;
  retry: boolean;
  /** After a failure with bisect on error: the rest of the bisection, run as one (see bisect-episode.ts). */
  episode: BisectEpisode | undefined;
}

/** Records before the first poison record of a pending batch. */
export function firstPoison(b: PendingBatch): number {
  if (b.lead > 0) return 0;
  return firstPoisonIndex(b.count, b.poison);
}

/**
 * Split a failing batch in two halves (bisect on error): `b` becomes the back half, and the
 * front half, retried first, is written into `front` (batch objects are reused, not allocated:
 * a poison record costs about ten bisections).
 */
export function bisect(b: PendingBatch, front: PendingBatch): void {
  const frontCount = Math.ceil(b.count / 2);
  const frontPoison = b.lead > 0 ? b.lead + poisonInFront(b.count - b.lead, b.poison - b.lead, frontCount - b.lead) : poisonInFront(b.count, b.poison, frontCount);
  front.count = frontCount;
  front.poison = frontPoison;
  front.lead = b.lead > 0 ? 1 : 0;
  front.time = b.time;
  front.retries = b.retries;
  front.retry = true;
  front.episode = undefined;
  b.count -= frontCount;
  b.poison -= frontPoison;
  b.lead = 0;
  b.retry = true;
}
