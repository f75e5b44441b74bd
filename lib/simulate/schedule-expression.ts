/**
 * EventBridge and Glue schedule expressions: `rate(5 minutes)` and
 * `cron(Minutes Hours Day-of-month Month Day-of-week Year)` in UTC
 * (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html).
 * Supported in cron fields: `*`, `?`, numbers, names (JAN-DEC, SUN-SAT), lists, ranges and
 * `/` steps. Not supported: `L`, `W` and `#`; such an expression never fires in a simulation.
 * The simulation's second 0 is 2026-01-01T00:00:00Z, a Thursday.
 */
import { parseScheduleExpression } from '../model/schedule-expression';

export type Schedule =
  | { kind: 'rate'; seconds: number }
  | { kind: 'cron'; minutes: Set<number>; hours: Set<number>; days: Set<number> | 'any'; months: Set<number>; weekdays: Set<number> | 'any'; years: Set<number> | 'any' };

export type ScheduleParse = { ok: true; schedule: Schedule } | { ok: false; reason: string };

/** Days from 1970-01-01 to 2026-01-01. */
const START_DAY = 20454;

/** The simulator's view of an expression the shared parser (lib/model) has read. */
export function parseSchedule(expression: string): ScheduleParse {
  const parsed = parseScheduleExpression(expression);
  if (!parsed.ok) return parsed;
  if (parsed.kind === 'rate') return { ok: true, schedule: { kind: 'rate', seconds: parsed.seconds } };
  const { parts, fields } = parsed;
  const special = fields.some((f, i) => f === undefined && parts[i] !== '?');
  if (special) return { ok: false, reason: `L, W and # are not simulated, in "${expression.trim()}"` };
  const set = (i: number) => new Set(fields[i] ?? []);
  const any = (i: number) => (parts[i] === '?' || parts[i] === '*' ? 'any' : set(i));
  return {
    ok: true,
    schedule: { kind: 'cron', minutes: set(0), hours: set(1), days: any(2), months: set(3), weekdays: any(4), years: any(5) },
  };
}

/** Year, month (1-12) and day (1-31) of a day number counted from 1970-01-01 (H. Hinnant's civil_from_days). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function cronMatches(s: Extract<Schedule, { kind: 'cron' }>, minuteIndex: number): boolean {
  const minute = minuteIndex % 60;
  const hour = Math.floor(minuteIndex / 60) % 24;
  if (!s.minutes.has(minute) || !s.hours.has(hour)) return false;
  const dayNumber = START_DAY + Math.floor(minuteIndex / 1440);
  const { year, month, day } = civilFromDays(dayNumber);
  if (!s.months.has(month)) return false;
  if (s.years !== 'any' && !s.years.has(year)) return false;
  if (s.days !== 'any' && !s.days.has(day)) return false;
  // 1970-01-01 was a Thursday; AWS numbers weekdays 1 (SUN) to 7 (SAT).
  const weekday = ((dayNumber + 4) % 7) + 1;
  if (s.weekdays !== 'any' && !s.weekdays.has(weekday)) return false;
  return true;
}

/** How many times the schedule fires in [from, to). A rate fires first one period after the start. */
export function firingsBetween(s: Schedule, from: number, to: number): number {
  if (to <= from) return 0;
  if (s.kind === 'rate') {
    const p = s.seconds;
    const first = Math.max(1, Math.ceil(from / p - 1e-9));
    const last = Math.ceil(to / p - 1e-9) - 1;
    return last >= first ? last - first + 1 : 0;
  }
  let n = 0;
  for (let m = Math.ceil(from / 60 - 1e-9); m * 60 < to; m++) if (cronMatches(s, m)) n++;
  return n;
}
