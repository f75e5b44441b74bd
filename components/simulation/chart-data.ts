import { buildGraph, type Pipeline } from '@/lib/model';
import { formatClock, formatCount, formatDuration, formatRate } from './format';
import { nodeFigureSeries } from '@/lib/simulate/replay';
import type { SimulationResult } from './simulation-types';

type Series = NonNullable<SimulationResult['series']>;
type SeriesTotals = NonNullable<Series['totals']>;

export type ChartUnit = 'rate' | 'count' | 'seconds';

export interface ChartLine {
  label: string;
  values: number[];
  /** A CSS variable holding the line's colour, so lines follow the theme. */
  colorVar: string;
  unit: ChartUnit;
  /** Lines with another unit than the first get an axis on the right. */
  dashed?: boolean;
}

export interface ChartSpec {
  id: string;
  title: string;
  /** The accessible name: what the chart shows and its peaks, since a canvas says nothing to a screen reader. */
  summary: string;
  time: number[];
  lines: ChartLine[];
}

/**
 * The chart's values at sample `index`, as the node figures on the canvas say them:
 * "At 00:15:00: in 2k/s, out 2k/s".
 */
export function chartReadout(spec: ChartSpec, index: number): string {
  if (spec.time.length === 0) return '';
  const i = Math.min(Math.max(0, Math.floor(index)), spec.time.length - 1);
  return `At ${formatClock(spec.time[i])}: ${spec.lines.map((l) => `${l.label} ${formatValue(l.values[i] ?? 0, l.unit)}`).join(', ')}`;
}

export function formatValue(value: number, unit: ChartUnit): string {
  return unit === 'rate' ? formatRate(value) : unit === 'seconds' ? formatDuration(value) : formatCount(value);
}

/** The charts for one node: throughput in and out, backlog and age, concurrency with errors and throttles. */
export function nodeCharts(result: SimulationResult, nodeId: string, nodeName: string): ChartSpec[] {
  const s = result.series?.nodes[nodeId];
  if (!result.series || !s) return [];
  const time = result.series.time;
  // The same figures, tick by tick, as the node shows on the canvas during replay (lib/simulate/replay.ts).
  const f = (figure: Parameters<typeof nodeFigureSeries>[2]) => nodeFigureSeries(result, nodeId, figure);
  const charts: Omit<ChartSpec, 'summary'>[] = [
    {
      id: 'throughput',
      title: 'Throughput',
      time,
      lines: [
        { label: 'in', values: f('inPerSecond'), colorVar: '--sim-line-1', unit: 'rate' },
        { label: 'out', values: f('outPerSecond'), colorVar: '--sim-line-2', unit: 'rate' },
        ...(s.copies?.some((v) => v > 0) ? [{ label: 'copies', values: f('copiesPerSecond'), colorVar: '--sim-line-3', unit: 'rate' as const, dashed: true }] : []),
      ],
    },
    {
      id: 'backlog',
      title: 'Backlog and oldest record age',
      time,
      lines: [
        { label: 'backlog', values: f('backlog'), colorVar: '--sim-line-3', unit: 'count' },
        { label: 'oldest record age', values: f('ageSeconds'), colorVar: '--sim-line-4', unit: 'seconds', dashed: true },
      ],
    },
    {
      id: 'pressure',
      title: 'Concurrency, errors and throttles',
      time,
      lines: [
        { label: 'concurrency', values: f('concurrency'), colorVar: '--sim-line-1', unit: 'count' },
        { label: 'errors', values: f('errorsPerSecond'), colorVar: '--sim-line-5', unit: 'rate', dashed: true },
        { label: 'throttled', values: f('throttledPerSecond'), colorVar: '--sim-line-4', unit: 'rate', dashed: true },
      ],
    },
  ];
  return charts.map((c) => ({ ...c, summary: summarise(`${c.title} of ${nodeName}`, result.seconds, c.lines) }));
}

/**
 * Produced, delivered and dropped records over the run, cumulative: the engine's own
 * `series.totals`, exact (the last point is the run's totals). Results made before the engine
 * kept them are read off the graph instead, close to the totals but not always equal.
 */
export function totalsChart(result: SimulationResult, pipeline: Pipeline): ChartSpec | null {
  const series = result.series;
  if (!series) return null;
  const totals = series.totals ?? deriveTotals(series, pipeline);
  const lines: ChartLine[] = [
    { label: 'produced', values: totals.produced, colorVar: '--sim-line-1', unit: 'count' },
    { label: 'delivered', values: totals.delivered, colorVar: '--sim-line-2', unit: 'count' },
    { label: 'dropped', values: totals.dropped, colorVar: '--sim-line-5', unit: 'count' },
  ];
  // Fan-out copies as a line of their own, when the run made any.
  const copies = series.totals?.copies;
  if (copies && copies.some((v) => v > 0)) lines.splice(1, 0, { label: 'copies by fan-out', values: copies, colorVar: '--sim-line-3', unit: 'count', dashed: true });
  return { id: 'totals', title: 'Records over the run', time: series.time, lines, summary: summarise('Records over the run, cumulative', result.seconds, lines, 'last') };
}

/**
 * For results without `series.totals`, as the engine's totals are defined: produced is what
 * entered the nodes nothing feeds, delivered what left the nodes that feed nothing, and
 * dropped what any node throttled, let expire or failed, less what a dead-letter or
 * on-failure connection rescued.
 */
function deriveTotals(series: Series, pipeline: Pipeline): Pick<SeriesTotals, 'produced' | 'delivered' | 'dropped'> {
  const graph = buildGraph(pipeline);
  const fed = new Set(pipeline.edges.map((e) => e.target));
  const feeding = new Set(pipeline.edges.map((e) => e.source));
  const n = series.time.length;
  const produced = new Array<number>(n).fill(0);
  const delivered = new Array<number>(n).fill(0);
  const dropped = new Array<number>(n).fill(0);
  for (const [id, s] of Object.entries(series.nodes)) {
    const entry = !fed.has(id);
    const exit = !feeding.has(id);
    for (let i = 0; i < n; i++) {
      if (entry) produced[i] += s.received[i] ?? 0;
      if (exit) delivered[i] += s.processed[i] ?? 0;
      dropped[i] += (s.throttled[i] ?? 0) + (s.expired[i] ?? 0) + (s.failed[i] ?? 0);
    }
  }
  for (const edge of pipeline.edges) {
    const meaning = graph.connection(edge)?.meaning;
    const records = series.edges[edge.id]?.records;
    if (!records || (meaning !== 'dead-letter' && meaning !== 'on-failure')) continue;
    for (let i = 0; i < n; i++) dropped[i] -= records[i] ?? 0;
  }
  return { produced: cumulative(produced), delivered: cumulative(delivered), dropped: cumulative(dropped).map((v) => Math.max(0, v)) };
}

export function cumulative(values: readonly number[]): number[] {
  let sum = 0;
  return values.map((v) => (sum += v));
}

/** "Throughput of Enrich over 1 h: in peaks at 1.2k/s, out peaks at 1k/s." */
export function summarise(what: string, seconds: number, lines: readonly ChartLine[], mode: 'peak' | 'last' = 'peak'): string {
  const parts = lines.map((l) => {
    if (mode === 'last') return `${l.label} ${formatValue(l.values[l.values.length - 1] ?? 0, l.unit)}`;
    let peak = 0;
    for (const v of l.values) if (v > peak) peak = v;
    return peak > 0 ? `${l.label} peaks at ${formatValue(peak, l.unit)}` : `${l.label} stays at 0`;
  });
  return `${what} over ${formatDuration(seconds)}: ${parts.join(', ')}.`;
}

/**
 * A value axis from zero: counts, rates and ages read against zero, or a rate that moves
 * between 1.75 k/s and 2 k/s draws as a cliff (the issue's "axis starting at 1.75 k/s").
 * 5 % headroom above the highest value; [0, 1] when everything is zero.
 */
export function zeroBasedRange(_min: number | null, max: number | null): [number, number] {
  return [0, max !== null && Number.isFinite(max) && max > 0 ? max * 1.05 : 1];
}
