/**
 * The fields of EventBridge / Glue cron expressions, `cron(minutes hours day-of-month month
 * day-of-week year)`, shared by the validator (interval checks) and the simulator (firing
 * times), so both read an expression the same way.
 */

export const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
export const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

export interface CronFieldSpec {
  name: string;
  min: number;
  max: number;
  names?: string[];
  /** Extra tokens AWS allows in this field besides numbers, ranges, lists and steps. */
  special?: RegExp;
}

export const CRON_FIELDS: CronFieldSpec[] = [
  { name: 'minutes', min: 0, max: 59 },
  { name: 'hours', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31, special: /^(\?|L|LW|\d{1,2}W)$/ },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day-of-week', min: 1, max: 7, names: WEEKDAYS, special: /^(\?|L|[1-7]L|[A-Z]{3}L|[1-7]#[1-5]|[A-Z]{3}#[1-5])$/ },
  { name: 'year', min: 1970, max: 2199 },
];

function value(token: string, spec: CronFieldSpec): number | undefined {
  if (/^\d+$/.test(token)) return Number(token);
  const i = spec.names?.indexOf(token.toUpperCase()) ?? -1;
  return i >= 0 ? i + spec.min : undefined;
}

/** The values a cron field allows, or a reason it is malformed. `undefined` set = a special token (?, L, W, #). */
export function expandCronField(text: string, spec: CronFieldSpec): { values?: number[] } | { error: string } {
  if (spec.special?.test(text.toUpperCase())) return {};
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const [range, stepText, extra] = part.split('/');
    if (extra !== undefined) return { error: `"${part}" has more than one /` };
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) return { error: `step "${stepText}" must be a whole number of at least 1` };
    let from: number | undefined;
    let to: number | undefined;
    if (range === '*') [from, to] = [spec.min, spec.max];
    else if (range.includes('-')) {
      const [a, b] = range.split('-');
      [from, to] = [value(a, spec), value(b, spec)];
    } else {
      from = value(range, spec);
      to = stepText === undefined ? from : spec.max;
    }
    if (from === undefined || to === undefined) return { error: `"${part}" is not a valid ${spec.name} value` };
    if (from < spec.min || to > spec.max || from > to) return { error: `"${part}" is outside ${spec.name} ${spec.min}-${spec.max}` };
    for (let v = from; v <= to; v += step) out.add(v);
  }
  return { values: [...out].sort((a, b) => a - b) };
}

/**
 * A schedule expression read once for everyone: the validator works out intervals from it, the
 * simulator firing times. `rate(value unit)` with minute(s), hour(s) or day(s), singular for 1
 * and plural otherwise (`rate(1 minutes)` is refused, as EventBridge refuses it); `cron(...)`
 * with 6 fields and "?" in exactly one of day-of-month and day-of-week
 * (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html, checked 2026-12-06).
 * In `fields`, `undefined` is a special token (?, L, W, #).
 */
export type ParsedSchedule =
  | { ok: true; kind: 'rate'; seconds: number }
  | { ok: true; kind: 'cron'; parts: string[]; fields: (number[] | undefined)[] }
  | { ok: false; reason: string };

const RATE_SECONDS: Record<string, number> = { minute: 60, hour: 3600, day: 86400 };

function parseRate(body: string): ParsedSchedule {
  const m = /^(\d+)\s+([a-z]+)$/.exec(body.trim());
  if (!m) return { ok: false, reason: `rate(${body}) must be "rate(value unit)", e.g. rate(5 minutes)` };
  const n = Number(m[1]);
  const unit = m[2];
  const singular = unit.replace(/s$/, '');
  if (!(singular in RATE_SECONDS)) return { ok: false, reason: `rate unit "${unit}" is not minute(s), hour(s) or day(s): the smallest rate is 1 minute` };
  if (n < 1) return { ok: false, reason: `rate value ${n} must be at least 1 (the smallest rate is 1 minute)` };
  if (n === 1 && unit !== singular) return { ok: false, reason: `rate(1 ${unit}) must use the singular: rate(1 ${singular})` };
  if (n > 1 && unit === singular) return { ok: false, reason: `rate(${n} ${unit}) must use the plural: rate(${n} ${unit}s)` };
  return { ok: true, kind: 'rate', seconds: n * RATE_SECONDS[singular] };
}

function parseCron(body: string): ParsedSchedule {
  const parts = body.trim().split(/\s+/);
  if (parts.length !== 6) return { ok: false, reason: `cron(${body}) has ${parts.length} fields; it needs 6: minutes hours day-of-month month day-of-week year` };
  const fields: (number[] | undefined)[] = [];
  for (const [i, p] of parts.entries()) {
    const r = expandCronField(p, CRON_FIELDS[i]);
    if ('error' in r) return { ok: false, reason: `cron ${CRON_FIELDS[i].name}: ${r.error}` };
    fields.push(r.values);
  }
  if ((parts[2] === '?') === (parts[4] === '?')) return { ok: false, reason: 'cron needs "?" in exactly one of day-of-month and day-of-week' };
  return { ok: true, kind: 'cron', parts, fields };
}

export function parseScheduleExpression(expression: string): ParsedSchedule {
  const m = /^\s*(rate|cron)\((.*)\)\s*$/.exec(expression);
  if (!m) return { ok: false, reason: `"${expression}" is neither rate(...) nor cron(...)` };
  return m[1] === 'rate' ? parseRate(m[2]) : parseCron(m[2]);
}
