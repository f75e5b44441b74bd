/**
 * EventBridge / Glue schedule expressions: `rate(5 minutes)` and `cron(0/15 * * * ? *)`.
 * We parse them for real (fields, ranges, steps, names) so the interval check is exact
 * rather than a regex guess.
 */
import { CRON_FIELDS, expandCronField } from '../../model/schedule-expression';

export type ScheduleParse =
  | { ok: true; kind: 'rate' | 'cron'; /** Shortest gap between two runs, in minutes. */ minIntervalMinutes: number }
  | { ok: false; reason: string };

const MINUTES_PER: Record<string, number> = { minute: 1, hour: 60, day: 1440 };

function parseRate(body: string): ScheduleParse {
  const m = /^(\d+)\s+([a-z]+)$/.exec(body.trim());
  if (!m) return { ok: false, reason: `rate(${body}) must be "rate(value unit)", e.g. rate(5 minutes)` };
  const n = Number(m[1]);
  const unit = m[2];
  const singular = unit.replace(/s$/, '');
  if (!(singular in MINUTES_PER)) {
    return { ok: false, reason: `rate unit "${unit}" is not minute(s), hour(s) or day(s): the smallest rate is 1 minute` };
  }
  if (n < 1) return { ok: false, reason: `rate value ${n} must be at least 1 (the smallest rate is 1 minute)` };
  if (n === 1 && unit !== singular) return { ok: false, reason: `rate(1 ${unit}) must use the singular: rate(1 ${singular})` };
  if (n > 1 && unit === singular) return { ok: false, reason: `rate(${n} ${unit}) must use the plural: rate(${n} ${unit}s)` };
  return { ok: true, kind: 'rate', minIntervalMinutes: n * MINUTES_PER[singular] };
}

function parseCron(body: string): ScheduleParse {
  const parts = body.trim().split(/\s+/);
  if (parts.length !== 6) {
    return { ok: false, reason: `cron(${body}) has ${parts.length} fields; it needs 6: minutes hours day-of-month month day-of-week year` };
  }
  const expanded = parts.map((p, i) => ({ p, r: expandCronField(p, CRON_FIELDS[i]) }));
  for (const [i, { r }] of expanded.entries()) if ('error' in r) return { ok: false, reason: `cron ${CRON_FIELDS[i].name}: ${r.error}` };
  if ((parts[2] === '?') === (parts[4] === '?')) {
    return { ok: false, reason: 'cron needs "?" in exactly one of day-of-month and day-of-week' };
  }
  const values = (i: number) => (expanded[i].r as { values?: number[] }).values;
  const minutes = values(0) ?? [0];
  const hours = values(1) ?? [0];
  const times = hours.flatMap((h) => minutes.map((m) => h * 60 + m));
  let gap = Infinity;
  for (let i = 1; i < times.length; i++) gap = Math.min(gap, times[i] - times[i - 1]);
  // Runs on consecutive days when no day field restricts them: the last run of a day and the first of the next.
  const everyDay = ['*', '?'].includes(parts[2]) && ['*', '?'].includes(parts[4]);
  if (everyDay && times.length > 0) gap = Math.min(gap, times[0] + 1440 - times[times.length - 1]);
  return { ok: true, kind: 'cron', minIntervalMinutes: Number.isFinite(gap) ? gap : 1440 };
}

/** Parsing is pure and the same few expressions recur on every keystroke: remember them (bounded). */
const cache = new Map<string, ScheduleParse>();
const CACHE_LIMIT = 500;

export function parseSchedule(expression: string): ScheduleParse {
  const known = cache.get(expression);
  if (known) return known;
  const parsed = parseUncached(expression);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(expression, parsed);
  return parsed;
}

function parseUncached(expression: string): ScheduleParse {
  const m = /^\s*(rate|cron)\((.*)\)\s*$/.exec(expression);
  if (!m) return { ok: false, reason: `"${expression}" is neither rate(...) nor cron(...)` };
  return m[1] === 'rate' ? parseRate(m[2]) : parseCron(m[2]);
}
