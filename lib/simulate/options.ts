import { SECONDS_PER_DAY } from '../model/units';
import type { SimulationOptions } from './result-types';

export const MIN_STEP_SECONDS = 0.1;
export const MAX_STEP_SECONDS = 60;
/** A week: long enough for retention and weekly schedules, short enough to stay interactive. */
export const MAX_SECONDS = 7 * SECONDS_PER_DAY;
export const DEFAULT_OPTIONS: SimulationOptions = { seconds: 3600, stepSeconds: 1, seed: 1 };

/** Why the options cannot run, one message per problem (empty when they can). */
export function checkOptions(o: SimulationOptions): string[] {
  const problems: string[] = [];
  if (!Number.isFinite(o.stepSeconds) || o.stepSeconds < MIN_STEP_SECONDS || o.stepSeconds > MAX_STEP_SECONDS) {
    problems.push(`stepSeconds must be between ${MIN_STEP_SECONDS} and ${MAX_STEP_SECONDS}, got ${o.stepSeconds}`);
  }
  if (!Number.isFinite(o.seconds) || o.seconds <= 0 || o.seconds > MAX_SECONDS) {
    problems.push(`seconds must be greater than 0 and at most ${MAX_SECONDS} (7 days), got ${o.seconds}`);
  }
  if (!Number.isFinite(o.seed)) problems.push(`seed must be a number, got ${o.seed}`);
  return problems;
}
