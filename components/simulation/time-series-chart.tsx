'use client';
import { useEffect, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { type ChartSpec, type ChartUnit, formatValue } from './chart-data';
import { formatDuration } from './format';
import { useThemeColors } from './use-theme-colors';

const THEME_VARS = ['--text', '--muted', '--border', '--accent', '--sim-line-1', '--sim-line-2', '--sim-line-3', '--sim-line-4', '--sim-line-5'] as const;
type ThemeVar = (typeof THEME_VARS)[number];
const HEIGHT = 150;

/**
 * One uPlot chart of a run, with a line at the playback time. Rebuilt when its data or the
 * theme changes; the playback line only redraws (cheap) as the time moves.
 */
export function TimeSeriesChart({ spec, cursorTime }: { spec: ChartSpec; cursorTime: number }) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const cursor = useRef(cursorTime);
  const colors = useThemeColors(THEME_VARS);
  const data = useMemo<uPlot.AlignedData>(() => [spec.time, ...spec.lines.map((l) => l.values)], [spec]);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const u = new uPlot(chartOptions(spec, colors, el.clientWidth || 300, cursor), data, el);
    plot.current = u;
    const resize = new ResizeObserver(() => u.setSize({ width: el.clientWidth || 300, height: HEIGHT }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      u.destroy();
      plot.current = null;
    };
  }, [spec, data, colors]);

  useEffect(() => {
    cursor.current = cursorTime;
    plot.current?.redraw(false, false);
  }, [cursorTime]);

  return (
    <figure className="sim-chart">
      <figcaption>{spec.title}</figcaption>
      <div ref={host} role="img" aria-label={spec.summary} className="sim-chart-plot" />
    </figure>
  );
}

function chartOptions(spec: ChartSpec, colors: Record<ThemeVar, string>, width: number, cursor: { current: number }): uPlot.Options {
  const units = [...new Set(spec.lines.map((l) => l.unit))];
  const axis = { stroke: colors['--muted'], grid: { stroke: colors['--border'], width: 1 }, ticks: { stroke: colors['--border'], width: 1 } };
  return {
    width,
    height: HEIGHT,
    scales: { x: { time: false } },
    legend: { show: true, live: false },
    cursor: { drag: { x: false, y: false } },
    axes: [
      { ...axis, values: (_u, splits) => splits.map((s) => formatDuration(s)) },
      ...units.map((unit, i) => ({ ...axis, scale: unit, side: i === 0 ? 3 : 1, grid: { ...axis.grid, show: i === 0 }, values: axisValues(unit) })),
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
    hooks: {
      draw: [
        (u) => {
          // The playback time, drawn over the lines.
          const x = u.valToPos(cursor.current, 'x', true);
          if (!Number.isFinite(x)) return;
          const { ctx, bbox } = u;
          ctx.save();
          ctx.strokeStyle = colors['--text'];
          ctx.lineWidth = Math.max(1, devicePixelRatio);
          ctx.beginPath();
          ctx.moveTo(x, bbox.top);
          ctx.lineTo(x, bbox.top + bbox.height);
          ctx.stroke();
          ctx.restore();
        },
      ],
    },
  };
}

function axisValues(unit: ChartUnit) {
  return (_u: uPlot, splits: number[]) => splits.map((s) => formatValue(s, unit));
}
