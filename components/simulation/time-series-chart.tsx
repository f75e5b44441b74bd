'use client';
import { useEffect, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { type ChartSpec, type ChartUnit, chartReadout, formatValue, zeroBasedRange } from './chart-data';
import { formatDuration } from './format';
import { useThemeColors } from './use-theme-colors';

const THEME_VARS = ['--text', '--muted', '--border', '--accent', '--sim-line-1', '--sim-line-2', '--sim-line-3', '--sim-line-4', '--sim-line-5'] as const;
type ThemeVar = (typeof THEME_VARS)[number];
const HEIGHT = 150;
/** Round durations for the time axis, so its labels read "10 min", "20 min" rather than "16 min 40 s". */
const TIME_STEPS = [1, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 3 * 3600, 6 * 3600, 12 * 3600, 86400, 2 * 86400];

/**
 * One uPlot chart of a run, with a line at the sample shown (`index`, the one the canvas shows)
 * and a read-out of the lines' values there. Rebuilt when its data or the theme changes; the
 * playback line is a DOM element over the plot, moved without redrawing it.
 */
export function TimeSeriesChart({ spec, index }: { spec: ChartSpec; index: number }) {
  const cursorTime = spec.time[Math.min(Math.max(0, index), spec.time.length - 1)] ?? 0;
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const cursor = useRef(cursorTime);
  const line = useRef<HTMLDivElement | null>(null);
  const colors = useThemeColors(THEME_VARS);
  const data = useMemo<uPlot.AlignedData>(() => [spec.time, ...spec.lines.map((l) => l.values)], [spec]);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const u = new uPlot(chartOptions(spec, colors, el.clientWidth || 300, (self) => placeLine(self, line.current, cursor.current)), data, el);
    plot.current = u;
    line.current = document.createElement('div');
    line.current.className = 'sim-chart-cursor';
    u.over.appendChild(line.current);
    placeLine(u, line.current, cursor.current);
    const resize = new ResizeObserver(() => u.setSize({ width: el.clientWidth || 300, height: HEIGHT }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      u.destroy();
      plot.current = null;
      line.current = null;
    };
  }, [spec, data, colors]);

  useEffect(() => {
    cursor.current = cursorTime;
    if (plot.current) placeLine(plot.current, line.current, cursorTime);
  }, [cursorTime]);

  return (
    <figure className="sim-chart">
      <figcaption>{spec.title}</figcaption>
      <div ref={host} role="img" aria-label={spec.summary} className="sim-chart-plot" />
      <p className="sim-chart-readout">{chartReadout(spec, index)}</p>
    </figure>
  );
}

/** Put the playback line at `time` (CSS pixels within the plot area). */
function placeLine(u: uPlot, line: HTMLDivElement | null, time: number) {
  if (!line) return;
  const x = u.valToPos(time, 'x');
  line.style.display = Number.isFinite(x) ? '' : 'none';
  line.style.transform = `translateX(${x}px)`;
}

function chartOptions(spec: ChartSpec, colors: Record<ThemeVar, string>, width: number, onResize: (self: uPlot) => void): uPlot.Options {
  const units = [...new Set(spec.lines.map((l) => l.unit))];
  const axis = { stroke: colors['--muted'], grid: { stroke: colors['--border'], width: 1 }, ticks: { stroke: colors['--border'], width: 1 } };
  return {
    width,
    height: HEIGHT,
    // Every value scale starts at zero (zeroBasedRange); uPlot would start at the lowest value.
    scales: { x: { time: false }, ...Object.fromEntries(units.map((unit) => [unit, { range: (_u: uPlot, min: number | null, max: number | null) => zeroBasedRange(min, max) }])) },
    legend: { show: true, live: false },
    cursor: { drag: { x: false, y: false } },
    axes: [
      { ...axis, incrs: TIME_STEPS, space: 60, values: (_u, splits) => splits.map((s) => formatDuration(s)) },
      ...units.map((unit, i) => ({ ...axis, scale: unit, side: i === 0 ? 3 : 1, grid: { ...axis.grid, show: i === 0 }, values: axisValues(unit), size: valueAxisSize })),
    ],
    series: [
      { label: 'time' },
      ...spec.lines.map((l) => ({
        label: l.label,
        scale: l.unit,
        stroke: colors[l.colorVar as ThemeVar] ?? colors['--accent'],
        width: 1.5,
        dash: l.dashed ? [5, 3] : undefined,
        points: { show: false },
        value: (_u: uPlot, v: number | null) => (v === null ? '–' : formatValue(v, l.unit)),
      })),
    ],
    // The plot area moves when the chart is resized: keep the playback line on its time.
    hooks: { setSize: [onResize] },
  };
}

/** A value axis as wide as its longest label ("1 h 6 min" needs more than uPlot's default 50 px). */
function valueAxisSize(_u: uPlot, values: string[] | null): number {
  const longest = values ? Math.max(0, ...values.map((v) => (v ?? '').length)) : 0;
  return Math.max(40, Math.ceil(longest * 7 + 18));
}

function axisValues(unit: ChartUnit) {
  return (_u: uPlot, splits: number[]) => splits.map((s) => formatValue(s, unit));
}
