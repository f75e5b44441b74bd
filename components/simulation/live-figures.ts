import type { ElementLiveFigures } from '../canvas/decorations';
import { nodeFiguresAt, sampleSeconds } from '@/lib/simulate/replay';
import { formatCount, formatDuration, formatRate } from './format';

export { sampleSeconds } from '@/lib/simulate/replay';
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
      for (const id of Object.keys(series.nodes)) {
        out.set(id, { lines: nodeLines(result, id, i, shown.get(id) ?? NO_OPTIONAL_LINES), bottleneck: id === bottleneck });
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
  /** The age of the oldest waiting record, on a line of its own so neither is cut at the node's width. */
  age: boolean;
  /** Copies the node hands on by fan-out (an SNS topic, a bucket or a stream with several readers). */
  copies: boolean;
  concurrency: boolean;
  throttled: boolean;
  errors: boolean;
  lost: boolean;
}

const NO_OPTIONAL_LINES: OptionalLines = { age: false, copies: false, concurrency: false, throttled: false, errors: false, lost: false };

export function linesShown(s: NodeSeries): OptionalLines {
  const any = (values: readonly number[]) => values.some((v) => v > 0);
  return { age: any(s.ageSeconds), copies: any(s.copies ?? []), concurrency: any(s.concurrency), throttled: any(s.throttled), errors: any(s.errors), lost: any(s.expired) || any(s.failed) };
}

/** A node's lines at sample `i`: the figures the charts draw at the same sample (lib/simulate/replay.ts). */
export function nodeLines(result: SimulationResult, nodeId: string, i: number, shown: OptionalLines): string[] {
  const f = nodeFiguresAt(result, nodeId, i);
  if (!f) return [];
  const lines = [`in ${formatRate(f.inPerSecond)}, out ${formatRate(f.outPerSecond)}`];
  lines.push(`backlog ${formatCount(f.backlog)}`);
  if (shown.age) lines.push(`oldest ${formatDuration(f.backlog > 0 ? f.ageSeconds : 0)}`);
  // Fan-out apart from "out": the extra records this node hands on, so the figures add up.
  if (shown.copies) lines.push(`copies ${formatRate(f.copiesPerSecond)}`);
  if (shown.concurrency) lines.push(`concurrency ${formatCount(f.concurrency)}`);
  if (shown.throttled) lines.push(`throttled ${formatRate(f.throttledPerSecond)}`);
  if (shown.errors) lines.push(`errors ${formatRate(f.errorsPerSecond)}`);
  if (shown.lost) lines.push(`lost ${formatRate(f.lostPerSecond)}`);
  return lines;
}
