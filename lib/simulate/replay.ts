import type { SimulationResult } from './result-types';

/**
 * Replaying a run: which sample is shown at a playback time, and what a node's figures are at
 * a sample. One place for the canvas's node figures and the charts, so both show the same
 * series at the same tick (a flow is a rate over the sample's own length, whatever the
 * downsampling).
 */

/** The sample shown at `time`: the last one at or before it (binary search; samples are in time order). */
export function sampleIndexAt(times: readonly number[], time: number): number {
  if (times.length === 0 || time <= times[0]) return 0;
  let lo = 0;
  let hi = times.length - 1;
  if (time >= times[hi]) return hi;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (times[mid] <= time) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Seconds covered by sample `i`: series counts are per sample, and a long run may keep fewer
 * samples than steps, so the spacing of `time` is the truth, with the step as a fallback.
 */
export function sampleSeconds(time: readonly number[], i: number, stepSeconds: number): number {
  const dt = i > 0 ? time[i] - time[i - 1] : time.length > 1 ? time[1] - time[0] : stepSeconds;
  return dt > 0 ? dt : stepSeconds > 0 ? stepSeconds : 1;
}

/** A node's figures at one sample: flows per second over the sample, levels at its end, peaks within it. */
export interface NodeFigures {
  inPerSecond: number;
  outPerSecond: number;
  /** Copies handed on by fan-out, per second. */
  copiesPerSecond: number;
  backlog: number;
  ageSeconds: number;
  concurrency: number;
  throttledPerSecond: number;
  errorsPerSecond: number;
  /** Expired and failed, per second. */
  lostPerSecond: number;
}

/** The figures of `nodeId` at sample `index` (clamped to the run), or undefined without series for it. */
export function nodeFiguresAt(result: SimulationResult, nodeId: string, index: number): NodeFigures | undefined {
  const series = result.series;
  const s = series?.nodes[nodeId];
  if (!series || !s || series.time.length === 0) return undefined;
  const i = Math.min(Math.max(0, Math.floor(index)), series.time.length - 1);
  const dt = sampleSeconds(series.time, i, result.stepSeconds);
  const at = (values: readonly number[] | undefined) => values?.[i] ?? 0;
  return {
    inPerSecond: at(s.received) / dt,
    outPerSecond: at(s.processed) / dt,
    copiesPerSecond: at(s.copies) / dt,
    backlog: at(s.backlog),
    ageSeconds: at(s.ageSeconds),
    concurrency: at(s.concurrency),
    throttledPerSecond: at(s.throttled) / dt,
    errorsPerSecond: at(s.errors) / dt,
    lostPerSecond: (at(s.expired) + at(s.failed)) / dt,
  };
}

/** One figure of a node at every sample: what a chart of it draws. */
export function nodeFigureSeries(result: SimulationResult, nodeId: string, figure: keyof NodeFigures): number[] {
  const n = result.series?.time.length ?? 0;
  return Array.from({ length: n }, (_, i) => nodeFiguresAt(result, nodeId, i)?.[figure] ?? 0);
}
