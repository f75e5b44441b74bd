/**
 * Numbers and times as people read them on a busy canvas: 12.4k, 3.1M, 1 h 5 min.
 */

const UNITS: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/** 12,400 → "12.4k"; 950 → "950"; 0.25 → "0.25"; three significant figures at most. */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '-∞' : '–';
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  for (const [size, suffix] of UNITS) {
    // Round first so 999,950 reads "1M", not "1000k".
    if (roundSignificant(abs / size, 3) >= 1) {
      return `${sign}${trimZeros(roundSignificant(abs / size, 3))}${suffix}`;
    }
  }
  if (abs === 0) return '0';
  if (abs >= 1) return `${sign}${trimZeros(roundSignificant(abs, 3))}`;
  return `${sign}${Number(abs.toPrecision(2))}`;
}

/** A rate per second: "1.2k/s". */
export function formatRate(perSecond: number): string {
  return `${formatCount(perSecond)}/s`;
}

/** 0 → "0 s", 95 → "1 min 35 s", 3600 → "1 h", 90061 → "1 d 1 h". Two units at most. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '–';
  if (seconds < 60) return `${trimZeros(seconds < 10 ? Math.round(seconds * 10) / 10 : Math.round(seconds))} s`;
  const parts: [number, string][] = [
    [86400, 'd'],
    [3600, 'h'],
    [60, 'min'],
    [1, 's'],
  ];
  let left = Math.round(seconds);
  const out: string[] = [];
  for (const [size, unit] of parts) {
    if (out.length === 2) break;
    const n = Math.floor(left / size);
    left -= n * size;
    if (n > 0) out.push(`${n} ${unit}`);
    else if (out.length) break;
  }
  return out.join(' ');
}

/** A playback position: "00:12:05" (or "1d 02:00:00" past a day). */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const days = Math.floor(total / 86400);
  const h = Math.floor((total % 86400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const clock = [h, m, s].map((n) => String(n).padStart(2, '0')).join(':');
  return days ? `${days}d ${clock}` : clock;
}

function roundSignificant(value: number, digits: number): number {
  if (value === 0) return 0;
  const magnitude = Math.floor(Math.log10(value));
  const factor = 10 ** (digits - 1 - magnitude);
  return Math.round(value * factor) / factor;
}

function trimZeros(value: number): string {
  return String(Number(value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2)));
}
