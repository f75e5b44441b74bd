import { KIB, MIB } from '../model/units';
// One formatter for all messages: toLocaleString builds a new one per call, which is slow.
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** Numbers as people read them in messages: 10,000 and 1.5, never 1.5000000000000002. */
export function num(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
  return NUMBER_FORMAT.format(rounded);
}

/** Bytes as MB/KB with one decimal where it helps. */
export function bytes(value: number): string {
  if (value >= MIB) return `${num(value / MIB)} MB`;
  if (value >= KIB) return `${num(value / KIB)} KB`;
  return `${num(value)} bytes`;
}

/** "1 minute", "5 minutes". */
export function plural(count: number, unit: string): string {
  return `${num(count)} ${unit}${count === 1 ? '' : 's'}`;
}

/** A duration in the largest unit that keeps it readable. */
export function duration(seconds: number): string {
  if (seconds >= 86400 && seconds % 86400 === 0) return plural(seconds / 86400, 'day');
  if (seconds >= 3600 && seconds % 3600 === 0) return plural(seconds / 3600, 'hour');
  if (seconds >= 60 && seconds % 60 === 0) return plural(seconds / 60, 'minute');
  return `${num(seconds)} s`;
}
