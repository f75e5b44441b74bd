/**
 * Glue triggers and crawlers take cron() only; EventBridge schedules may say rate().
 * A rate becomes the cron that fires at the same cadence from the top of the hour/day.
 */
export function glueCron(expression: string): string {
  const m = /^rate\(\s*(\d+)\s+(minute|minutes|hour|hours|day|days)\s*\)$/.exec(expression.trim());
  if (!m) return expression;
  const n = Number(m[1]);
  if (m[2].startsWith('minute')) return n >= 60 ? `cron(0 0/${Math.max(1, Math.round(n / 60))} * * ? *)` : `cron(0/${n} * * * ? *)`;
  if (m[2].startsWith('hour')) return n >= 24 ? `cron(0 0 1/${Math.max(1, Math.round(n / 24))} * ? *)` : `cron(0 0/${n} * * ? *)`;
  return `cron(0 0 1/${n} * ? *)`;
}
