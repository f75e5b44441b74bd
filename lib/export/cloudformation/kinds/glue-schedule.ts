/**
 * Glue triggers and crawlers take cron() only; EventBridge schedules may say rate(). A rate
 * becomes the cron that fires at exactly the same cadence from the top of the hour or day,
 * when there is one: every n minutes for n dividing 60, every n hours for n dividing 24, every
 * day. Any other rate (rate(7 minutes), rate(2 days)) has no such cron: its cron would restart
 * at each hour or month and leave a shorter gap there, so this returns undefined and the
 * caller starts Glue from an EventBridge rule instead (glue-starter.ts).
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html
 */
export function glueCron(expression: string): string | undefined {
  const m = /^rate\(\s*(\d+)\s+(minute|minutes|hour|hours|day|days)\s*\)$/.exec(expression.trim());
  if (!m) return expression;
  const n = Number(m[1]);
  const minutes = m[2].startsWith('minute') ? n : m[2].startsWith('hour') ? n * 60 : n * 1440;
  if (minutes < 60 && 60 % minutes === 0) return `cron(0/${minutes} * * * ? *)`;
  if (minutes % 60 === 0 && minutes < 1440 && 24 % (minutes / 60) === 0) return `cron(0 0/${minutes / 60} * * ? *)`;
  if (minutes === 1440) return 'cron(0 0 * * ? *)';
  return undefined;
}
