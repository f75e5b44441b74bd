import type { ElementLiveFigures } from '../canvas/decorations';
import { formatCount, formatDuration, formatRate } from './format';
import type { NodeSeries, SimulationResult } from './simulation-types';


/**
 * What the canvas shows at one moment of a replayed run: per node its flow, backlog,
 * oldest-record age, concurrency, throttles and errors; per edge its throughput and a
 * thickness. `prepareLiveFigures` does the per-run work once (peaks), so each tick is only
 * string formatting for the sample shown.
 */
export interface LiveFigures {
  /** How many samples the run has. */
  samples: number;
  at(index: number): Map<string, ElementLiveFigures>;
}

export function prepareLiveFigures(result: SimulationResult): LiveFigures {
  const series = result.series;
  if (!series) return { samples: 0, at: () => new Map() };
  const { time } = series;
  let busiestEdge = 0;
  for (const e of Object.values(series.edges)) {
    for (let i = 0; i < e.records.length; i++) busiestEdge = Math.max(busiestEdge, e.records[i] / sampleSeconds(time, i, result.stepSeconds));
  }
  // A node shows concurrency only if it ever ran anything concurrently (functions, jobs), not a "0" on every bucket.
  const runsConcurrently = new Set(Object.entries(series.nodes).filter(([, s]) => s.concurrency.some((c) => c > 0)).map(([id]) => id));
  const bottleneck = result.summary.bottleneck?.nodeId;

  return {
    samples: time.length,
    at(index) {
      const i = Math.min(Math.max(0, Math.floor(index)), time.length - 1);
      const dt = sampleSeconds(time, i, result.stepSeconds);
      const out = new Map<string, ElementLiveFigures>();
      for (const [id, s] of Object.entries(series.nodes)) {
        out.set(id, { lines: nodeLines(s, i, dt, runsConcurrently.has(id)), bottleneck: id === bottleneck });
      }
      for (const [id, e] of Object.entries(series.edges)) {
        const rate = (e.records[i] ?? 0) / dt;
        out.set(id, { lines: [formatRate(rate)], load: busiestEdge > 0 ? Math.min(1, rate / busiestEdge) : 0 });
      }
      return out;
    },
  };
}

export function nodeLines(s: NodeSeries, i: number, dt: number, showConcurrency: boolean): string[] {
  const lines = [`in ${formatRate((s.received[i] ?? 0) / dt)}, out ${formatRate((s.processed[i] ?? 0) / dt)}`];
  const backlog = s.backlog[i] ?? 0;
  lines.push(backlog > 0 ? `backlog ${formatCount(backlog)}, oldest ${formatDuration(s.ageSeconds[i] ?? 0)}` : 'backlog 0');
  if (showConcurrency) lines.push(`concurrency ${formatCount(s.concurrency[i] ?? 0)}`);
  const throttled = s.throttled[i] ?? 0;
  if (throttled > 0) lines.push(`throttled ${formatRate(throttled / dt)}`);
  const errors = s.errors[i] ?? 0;
  if (errors > 0) lines.push(`errors ${formatRate(errors / dt)}`);
  const lost = (s.expired[i] ?? 0) + (s.failed[i] ?? 0);
  if (lost > 0) lines.push(`lost ${formatRate(lost / dt)}`);
  return lines;
}

/**
 * Seconds covered by sample `i`: series counts are per sample, and a long run may keep fewer
 * samples than steps, so the spacing of `time` is the truth, with the step as a fallback.
 */
export function sampleSeconds(time: readonly number[], i: number, stepSeconds: number): number {
  const dt = i > 0 ? time[i] - time[i - 1] : time.length > 1 ? time[1] - time[0] : stepSeconds;
  return dt > 0 ? dt : stepSeconds > 0 ? stepSeconds : 1;
}
