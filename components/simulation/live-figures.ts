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
  // Each node shows the same lines all run long (a figure at 0 rather than no line), so nodes
  // keep their size while playing and the canvas does not re-measure and re-route every tick.
  const shown = new Map(Object.entries(series.nodes).map(([id, s]) => [id, linesShown(s)]));
  const bottleneck = result.summary.bottleneck?.nodeId;

  return {
    samples: time.length,
    at(index) {
      const i = Math.min(Math.max(0, Math.floor(index)), time.length - 1);
      const dt = sampleSeconds(time, i, result.stepSeconds);
      const out = new Map<string, ElementLiveFigures>();
      for (const [id, s] of Object.entries(series.nodes)) {
        out.set(id, { lines: nodeLines(s, i, dt, shown.get(id) ?? NO_OPTIONAL_LINES), bottleneck: id === bottleneck });
      }
      for (const [id, e] of Object.entries(series.edges)) {
        const rate = (e.records[i] ?? 0) / dt;
        out.set(id, { lines: [formatRate(rate)], load: busiestEdge > 0 ? Math.min(1, rate / busiestEdge) : 0 });
      }
      return out;
    },
  };
}

/** The optional lines a node needs: only figures that are ever above 0 in the run. */
export interface OptionalLines {
  /** Copies the node hands on by fan-out (an SNS topic, a bucket or a stream with several readers). */
  copies: boolean;
  concurrency: boolean;
  throttled: boolean;
  errors: boolean;
  lost: boolean;
}

const NO_OPTIONAL_LINES: OptionalLines = { copies: false, concurrency: false, throttled: false, errors: false, lost: false };

export function linesShown(s: NodeSeries): OptionalLines {
  const any = (values: readonly number[]) => values.some((v) => v > 0);
  return { copies: any(s.copies ?? []), concurrency: any(s.concurrency), throttled: any(s.throttled), errors: any(s.errors), lost: any(s.expired) || any(s.failed) };
}

export function nodeLines(s: NodeSeries, i: number, dt: number, shown: OptionalLines): string[] {
  const lines = [`in ${formatRate((s.received[i] ?? 0) / dt)}, out ${formatRate((s.processed[i] ?? 0) / dt)}`];
  const backlog = s.backlog[i] ?? 0;
  lines.push(backlog > 0 ? `backlog ${formatCount(backlog)}, oldest ${formatDuration(s.ageSeconds[i] ?? 0)}` : 'backlog 0');
  // Fan-out apart from "out": the extra records this node hands on, so the figures add up.
  if (shown.copies) lines.push(`copies ${formatRate((s.copies[i] ?? 0) / dt)}`);
  if (shown.concurrency) lines.push(`concurrency ${formatCount(s.concurrency[i] ?? 0)}`);
  if (shown.throttled) lines.push(`throttled ${formatRate((s.throttled[i] ?? 0) / dt)}`);
  if (shown.errors) lines.push(`errors ${formatRate((s.errors[i] ?? 0) / dt)}`);
  if (shown.lost) lines.push(`lost ${formatRate(((s.expired[i] ?? 0) + (s.failed[i] ?? 0)) / dt)}`);
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
