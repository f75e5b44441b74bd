/**
 * EventBridge / Glue schedule expressions: `rate(5 minutes)` and `cron(0/15 * * * ? *)`.
 * We parse them for real (fields, ranges, steps, names) so the interval check is exact
 * rather than a regex guess.
 */
import { parseScheduleExpression } from '../../model/schedule-expression';

export type ScheduleParse =
  | { ok: true; kind: 'rate' | 'cron'; /** Shortest gap between two runs, in minutes. */ minIntervalMinutes: number }
  | { ok: false; reason: string };

/** The shortest gap between runs of an expression the shared parser has read. */
function interval(parsed: ReturnType<typeof parseScheduleExpression>): ScheduleParse {
  if (!parsed.ok) return parsed;
  if (parsed.kind === 'rate') return { ok: true, kind: 'rate', minIntervalMinutes: parsed.seconds / 60 };
  const { parts, fields } = parsed;
  const minutes = fields[0] ?? [0];
  const hours = fields[1] ?? [0];
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
  return interval(parseScheduleExpression(expression));
}
